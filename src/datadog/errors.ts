/** What a failed exchange with Datadog means for the user, and what to do about it. */
import { STATUS_CODES } from 'node:http'
import type { ApiResponse } from './transport.js'
import { formatSeconds, header } from './retry.js'

export interface ErrorContext {
  /** `datadoghq.eu`, or the api-url's host. */
  siteLabel: string
  sinkOrgId: string
}

/** Datadog answered, but not with what the operation needed. */
export class DatadogApiError extends Error {
  override name = 'DatadogApiError'
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

/** Datadog's own error texts (`{"errors": [...]}`), or a readable excerpt of whatever else came back. */
export function datadogErrorText(body: string): string {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    // not JSON: an HTML page from a gateway, a proxy's text, ...
    const text = excerpt(body)
    return text ? `a non-JSON answer: ${text}` : 'no error text'
  }
  const errors = typeof parsed === 'object' && parsed !== null ? (parsed as { errors?: unknown }).errors : undefined
  if (Array.isArray(errors) && errors.length > 0) {
    return errors.map(e => (typeof e === 'string' ? e : JSON.stringify(e)).trim()).join('; ')
  }
  return `an answer without an error text: ${excerpt(body)}`
}

/** The text of a body, without markup, on one line, at most 200 characters. */
function excerpt(body: string): string {
  const text = body
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return text.length > 200 ? `${text.slice(0, 200)}...` : text
}

const SAME_ACCOUNT_RULES =
  'Both orgs must be in the same Datadog account and on the same site; an org without an Enterprise plan can connect to at most 5 orgs; HIPAA-enabled orgs cannot use cross-organization visibility.'

function advice(status: number, operation: Operation, response: ApiResponse, ctx: ErrorContext): string {
  if (status >= 300 && status < 400) {
    const location = header(response.headers, 'location')
    let where = ''
    try {
      where = location ? ` to ${new URL(location, 'https://invalid.invalid').host}` : ''
    } catch {
      where = ''
    }
    return `It redirected${where}; redirects are never followed, so the keys cannot reach another host. Point site or api-url at the API itself.`
  }
  switch (status) {
    case 400:
      return operation.kind === 'create' ? SAME_ACCOUNT_RULES : 'Check connection-types and re-run.'
    case 401:
      return `The keys were not accepted. Check api-key and app-key (not swapped, not revoked) and that site '${ctx.siteLabel}' is the source org's site.`
    case 403:
      return (
        `The application key may lack the ${operation.kind === 'list' ? 'org_connections_read' : 'org_connections_write'} permission, ` +
        `or the keys belong to another site than '${ctx.siteLabel}'. Use an application key of a service account whose role has org_connections_read and org_connections_write.`
      )
    case 404:
      if (operation.kind === 'create') {
        return (
          `Sink org ${ctx.sinkOrgId} was not found on ${ctx.siteLabel}: it does not exist there, or it is not in the same account as the source org. ` +
          'Check sink-org: it must be the org UUID, not its public id.'
        )
      }
      return `Connection ${operation.id ?? ''} no longer exists: it was probably deleted meanwhile. Re-run the step.`
    case 429:
      return 'Datadog kept rate-limiting the requests. Re-run later, or raise max-retries.'
    default:
      if (status >= 500)
        return 'Datadog, or a gateway or proxy on the way, kept failing. Check https://status.datadoghq.com and re-run the step.'
      return 'Re-run the step; if it persists, check the inputs against the README.'
  }
}

export interface Operation {
  kind: 'create' | 'list' | 'update' | 'delete'
  method: string
  path: string
  id?: string
}

export function describeOperation(operation: Operation): string {
  const what = {
    create: 'creating the connection',
    list: 'listing the connections',
    update: `updating connection ${operation.id}`,
    delete: `deleting connection ${operation.id}`
  }[operation.kind]
  return `${what} (${operation.method} ${operation.path.split('?')[0]})`
}

export function attemptsNote(attempts: number, elapsedMs: number, stoppedBecause?: string): string {
  if (attempts <= 1 && !stoppedBecause) return ''
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`
  return ` [${tries} over ${formatSeconds(elapsedMs)}${stoppedBecause ? `; ${stoppedBecause}` : ''}]`
}

export function apiError(operation: Operation, response: ApiResponse, ctx: ErrorContext): DatadogApiError {
  const status = response.status
  const reason = STATUS_CODES[status] ?? 'Unknown'
  return new DatadogApiError(
    `Datadog answered ${status} ${reason} when ${describeOperation(operation)}: ${datadogErrorText(response.body)}.` +
      `${attemptsNote(response.attempts, response.elapsedMs, response.stoppedBecause)} ${advice(status, operation, response, ctx)}`,
    status
  )
}

/** A 200 whose body is not the connection the contract promises. */
export function unusableAnswer(operation: Operation, response: ApiResponse): DatadogApiError {
  return new DatadogApiError(
    `Datadog answered ${response.status} when ${describeOperation(operation)}, but not with a usable org connection ` +
      `(${excerpt(response.body) || 'an empty body'}). ` +
      'A proxy or gateway may have answered instead of Datadog: check api-url and the proxy settings. No outputs were set.',
    response.status
  )
}
