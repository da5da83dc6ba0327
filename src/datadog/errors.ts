/**
 * What a failed exchange with Datadog means for the user, and what to do about it. Each error type means one thing:
 * - `DatadogApiError`: an HTTP answer with an error status (it has the status);
 * - `UnexpectedAnswerError`: a 2xx answer the action cannot use (not a connection, a bad id, broken paging);
 * - `TransportError` (transport.ts): no HTTP answer at all.
 * Each carries `detail`, a `Message` (message.ts) in which every value from the network is neutralised and capped.
 */
import { STATUS_CODES } from 'node:http'
import { DatadogError } from '../errors.js'
import { join, msg, words, type Message } from '../message.js'
import type { ApiResponse } from './transport.js'
import { formatSeconds, header, isTlsFailure } from './retry.js'

export interface ErrorContext {
  /** `datadoghq.eu`, or the api-url's host. */
  siteLabel: string
}

/** An operation of the client, as errors describe it. */
export type Operation = { method: string; path: string } & (
  | { kind: 'list' }
  /** The sink org id is the input's, validated: the 404 advice names it. */
  | { kind: 'create'; sinkOrgId: string }
  | { kind: 'update' | 'delete'; id: string }
  | { kind: 'current-user' }
)

/** Said once, wherever a 2xx answer cannot be Datadog's. */
const NOT_DATADOG_ADVICE =
  'A proxy or gateway may have answered instead of Datadog: check api-url and the proxy settings.'

/** The most of a body that is ever looked at for an excerpt: the rest is not read at all. */
const EXCERPT_WINDOW = 16 * 1024
/** The longest excerpt quoted. */
const EXCERPT_CHARS = 200
/** Datadog's error texts quoted at most (each is capped by the message itself). */
const MAX_ERROR_TEXTS = 5

/** Datadog's own error texts (`{"errors": [...]}`), or a readable excerpt of whatever else came back. */
export function datadogErrorText(body: string): Message {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    // not JSON: an HTML page from a gateway, a proxy's text, ...
    return body.trim() ? msg`a non-JSON answer: ${excerpt(body)}` : words('no error text')
  }
  const errors = typeof parsed === 'object' && parsed !== null ? (parsed as { errors?: unknown }).errors : undefined
  if (Array.isArray(errors) && errors.length > 0) {
    // Never stringify an entry: a crafted one may be nested deeper than the stack.
    const texts = errors.slice(0, MAX_ERROR_TEXTS).map(e => (typeof e === 'string' ? msg`${e}` : words('(not a text)')))
    const more = errors.length > MAX_ERROR_TEXTS ? words(` (and ${errors.length - MAX_ERROR_TEXTS} more)`) : words('')
    return msg`${join(texts, '; ')}${more}`
  }
  return msg`an answer without an error text: ${excerpt(body)}`
}

/**
 * The text of a body without markup, on one line, at most EXCERPT_CHARS characters, saying when it was cut.
 * Linear time: only the first EXCERPT_WINDOW characters are read, and they are scanned once (no backtracking regex).
 */
export function excerpt(body: string): Message {
  const window = body.slice(0, EXCERPT_WINDOW)
  const text = stripMarkup(window)
  if (text.length <= EXCERPT_CHARS && window.length === body.length) return msg`${text}`
  return msg`${text.slice(0, EXCERPT_CHARS).trimEnd()}${words(`... [cut: ${body.length} characters in all]`)}`
}

/** Tags dropped (script and style with their contents), white space collapsed: one pass over the text. */
function stripMarkup(html: string): string {
  const lower = html.toLowerCase()
  let out = ''
  let i = 0
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt < 0) {
      out += html.slice(i)
      break
    }
    out += `${html.slice(i, lt)} `
    const gt = html.indexOf('>', lt + 1)
    // An unclosed tag runs to the end of what was read.
    if (gt < 0) break
    const name = /^<(script|style)\b/.exec(lower.slice(lt, lt + 8))?.[1]
    if (name) {
      const close = lower.indexOf(`</${name}`, gt + 1)
      if (close < 0) break
      const closeEnd = html.indexOf('>', close)
      if (closeEnd < 0) break
      i = closeEnd + 1
    } else {
      i = gt + 1
    }
  }
  return out.replace(/\s+/g, ' ').trim()
}

const SAME_ACCOUNT_RULES =
  'Both orgs must be in the same Datadog account and on the same site; an org without an Enterprise plan can connect to at most 5 orgs; HIPAA-enabled orgs cannot use cross-organization visibility.'

function advice(operation: Operation, response: ApiResponse, ctx: ErrorContext): Message {
  const status = response.status
  const site = ctx.siteLabel
  if (status >= 300 && status < 400) {
    const location = header(response.headers, 'location')
    let host: string | undefined
    try {
      host = location ? new URL(location, 'https://invalid.invalid').host : undefined
    } catch {
      host = undefined
    }
    const where = host ? msg` to ${host}` : words('')
    return msg`It redirected${where}; redirects are never followed, so the keys cannot reach another host. Point site or api-url at the API itself.`
  }
  switch (status) {
    case 400:
      return words(operation.kind === 'create' ? SAME_ACCOUNT_RULES : 'Check connection-types and re-run.')
    case 401:
      return msg`The keys were not accepted. Check api-key and app-key (not swapped, not revoked) and that site ${site} is the source org's site.`
    case 403:
      if (operation.kind === 'current-user') {
        return msg`The keys were refused: they may belong to another site than ${site}, or the application key may be scoped too narrowly.`
      }
      return msg`The application key may lack the ${words(operation.kind === 'list' ? 'org_connections_read' : 'org_connections_write')} permission, or the keys belong to another site than ${site}. Use an application key of a service account whose role has org_connections_read and org_connections_write.`
    case 404:
      if (operation.kind === 'create') {
        return msg`Sink org ${operation.sinkOrgId} was not found on ${site}: it does not exist there, or it is not in the same account as the source org. Check sink-org: it must be the org UUID, not its public id.`
      }
      if (operation.kind === 'update' || operation.kind === 'delete') {
        return msg`Connection ${operation.id} no longer exists: it was probably deleted meanwhile. Re-run the step.`
      }
      return msg`Check site or api-url: ${site} does not serve this API path.`
    case 429:
      return words('Datadog kept rate-limiting the requests. Re-run later, or raise max-retries.')
    default:
      if (status >= 500)
        return words(
          'Datadog, or a gateway or proxy on the way, kept failing. Check https://status.datadoghq.com and re-run the step.'
        )
      return words('Re-run the step; if it persists, check the inputs against the README.')
  }
}

function describeOperation(operation: Operation): Message {
  const what =
    operation.kind === 'create'
      ? words('creating the connection')
      : operation.kind === 'list'
        ? words('listing the connections')
        : operation.kind === 'current-user'
          ? words('reading which org the keys belong to')
          : msg`${words(operation.kind === 'update' ? 'updating' : 'deleting')} connection ${operation.id}`
  return msg`${what} (${operation.method} ${operation.path.split('?')[0] ?? ''})`
}

export function attemptsNote(attempts: number, elapsedMs: number, stoppedBecause?: string): string {
  if (attempts <= 1 && !stoppedBecause) return ''
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`
  return ` [${tries} over ${formatSeconds(elapsedMs)}${stoppedBecause ? `; ${stoppedBecause}` : ''}]`
}

/** Why no answer came, and what to do: the detail of a TransportError. */
export function unreachable(
  reason: string,
  code: string,
  attempts: number,
  elapsedMs: number,
  stoppedBecause?: string
): Message {
  if (isTlsFailure(code)) {
    return msg`Could not reach the Datadog API: the TLS connection failed (${code}: ${reason}). If a proxy on the way inspects TLS, give Node its CA certificate with the NODE_EXTRA_CA_CERTS environment variable; otherwise check site or api-url.`
  }
  const note = attemptsNote(attempts, elapsedMs, stoppedBecause)
  return msg`Could not reach the Datadog API: ${reason}.${words(note)} Check site or api-url, the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY), then re-run; raise max-retries or timeout-seconds for a slow network.`
}

export function apiError(operation: Operation, response: ApiResponse, ctx: ErrorContext): DatadogError {
  const status = response.status
  const reason = STATUS_CODES[status] ?? 'Unknown'
  const note = attemptsNote(response.attempts, response.elapsedMs, response.stoppedBecause)
  // An answer about the user is never quoted, not even its error texts: it may name a person, and logs are public.
  const text =
    operation.kind === 'current-user'
      ? words('(its text is not shown: it may name a person)')
      : datadogErrorText(response.body)
  return new DatadogError(
    msg`Datadog answered ${words(`${status} ${reason}`)} when ${describeOperation(operation)}: ${text}.${words(note)} ${advice(operation, response, ctx)}`,
    operation.method,
    status
  )
}

/**
 * A 2xx answer that is not what the operation needed. `what` says what was wrong with it (our words, with values);
 * the body's excerpt is quoted unless `quoteBody` is false (a listing's page is too big to be worth quoting).
 */
export function unexpectedAnswer(
  operation: Operation,
  response: Pick<ApiResponse, 'status' | 'body'>,
  what: Message,
  { quoteBody = true }: { quoteBody?: boolean } = {}
): DatadogError {
  const quoted = !quoteBody
    ? words('')
    : response.body.trim()
      ? msg` Its answer: ${excerpt(response.body)}.`
      : words(' Its answer was empty.')
  // A write whose answer is unusable sets none of the connection's outputs.
  const outputs = operation.kind === 'create' || operation.kind === 'update' ? ' No outputs were set.' : ''
  return new DatadogError(
    msg`Datadog answered ${response.status} when ${describeOperation(operation)}, but ${what}.${quoted} ${words(NOT_DATADOG_ADVICE + outputs)}`,
    operation.method,
    response.status
  )
}
