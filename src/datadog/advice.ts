/**
 * What a failed exchange with Datadog says to people: Datadog's own words (both error shapes it uses), what was
 * being done, and what to do about it. Every failure is a DatadogError (src/errors.ts) built with the operation's
 * method, so a failed read and a failed write are told apart. Every value from the network goes through a Message.
 */
import { STATUS_CODES } from 'node:http'
import { DatadogError } from '../errors.js'
import { join, msg, words, type Message } from '../message.js'
import { isRecord } from './model.js'
import { attemptsNote, formatSeconds } from '../http/format.js'
import { header, type HttpHeaders } from '../http/request.js'
import { DEFAULT_POLICY, serverWait } from './retry.js'
import type { ApiResponse } from './transport.js'

export interface ErrorContext {
  /** `datadoghq.eu`, or the api-url's host. */
  siteLabel: string
  /** The longest wait the retry policy accepts from a server (DEFAULT_POLICY's when not given). */
  maxServerWaitMs?: number
}

/** An operation of the client, as errors describe it. */
export type Operation = { method: string; path: string } & (
  | { kind: 'list' }
  /** The sink org id is the input's, validated: the 404 advice names it. */
  | { kind: 'create'; sinkOrgId: string }
  | { kind: 'update' | 'delete'; id: string }
  | { kind: 'current-user' }
)

/** What advice reads of an HTTP answer: the transport's ApiResponse, but for what a retry may have done. */
export type FailedAnswer = Omit<ApiResponse, 'earlierAttemptMayHaveLanded'>

/** The most of a body that is ever looked at for an excerpt: the rest is not read at all. */
const EXCERPT_WINDOW = 16 * 1024
/** The longest excerpt quoted. */
const EXCERPT_CHARS = 200
/** Datadog's error texts quoted at most (each is capped by the message itself). */
const MAX_ERROR_TEXTS = 5

/** One entry of `errors`: a text, or a JSON:API error object (its detail, else its title). Never stringified. */
function errorEntry(entry: unknown): Message {
  if (typeof entry === 'string') return msg`${entry}`
  const text = isRecord(entry)
    ? [entry.detail, entry.title].find(v => typeof v === 'string' && v.trim() !== '')
    : undefined
  return typeof text === 'string' ? msg`${text}` : words('(not a text)')
}

/** Datadog's own error texts (`{"errors": ["text"]}` or `{"errors": [{"detail", "title"}]}`), else an excerpt. */
export function datadogErrorText(body: string): Message {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    // not JSON: an HTML page from a gateway, a proxy's text, ...
    return body.trim() ? msg`a non-JSON answer: ${excerpt(body)}` : words('no error text')
  }
  const errors = isRecord(parsed) ? parsed.errors : undefined
  if (!Array.isArray(errors) || errors.length === 0) return msg`an answer without an error text: ${excerpt(body)}`
  const texts = errors.slice(0, MAX_ERROR_TEXTS).map(errorEntry)
  const more = errors.length > MAX_ERROR_TEXTS ? words(` (and ${errors.length - MAX_ERROR_TEXTS} more)`) : words('')
  return msg`${join(texts, '; ')}${more}`
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
    if (!name) {
      i = gt + 1
      continue
    }
    const close = lower.indexOf(`</${name}`, gt + 1)
    const closeEnd = close < 0 ? -1 : html.indexOf('>', close)
    if (closeEnd < 0) break
    i = closeEnd + 1
  }
  return out.replace(/\s+/g, ' ').trim()
}

/** What the parts of an advice may read. */
interface Facts {
  site: string
  operation: Operation
  answer: FailedAnswer
  waitMs?: number
  capMs: number
}
type Part = string | ((facts: Facts) => Message)

const KEY_STATE = 'a key may also have been revoked or have expired.'
const permission = (name: string): Part[] => [
  ({ site }) =>
    msg`The application key may lack the ${words(name)} permission, or the keys belong to another site than ${site};`,
  KEY_STATE,
  'Use an application key of a service account whose role has org_connections_read and org_connections_write.'
]

const GONE: Part[] = [
  ({ operation }) => msg`Connection ${'id' in operation ? operation.id : ''} no longer exists:`,
  'it was probably deleted meanwhile. Re-run the step.'
]

/**
 * Status (and operation) -> what to do, as short parts joined by spaces. Looked up from the most specific key:
 * `<status> <kind>`, `<status>`, `<class>xx`, then `other`. `429 wait`: the server asked to wait longer than allowed.
 */
const ADVICE: Readonly<Record<string, readonly Part[]>> = {
  '3xx': [
    ({ answer }) => msg`It redirected${redirectHost(answer.headers)}; redirects are never followed,`,
    'so the keys cannot reach another host. Point site or api-url at the API itself.'
  ],
  '400 create': [
    'Both orgs must be in the same Datadog account and on the same site;',
    'an org without an Enterprise plan can connect to at most 5 orgs;',
    'HIPAA-enabled orgs cannot use cross-organization visibility.'
  ],
  '400': ['Check connection-types and re-run.'],
  '401': [
    'The keys were not accepted. Check api-key and app-key: not swapped, not revoked, not expired;',
    ({ site }) => msg`and that site ${site} is the source org's site.`
  ],
  '403 current-user': [
    ({ site }) => msg`The keys were refused: they may belong to another site than ${site},`,
    'the application key may be scoped too narrowly, or a key may have been revoked or have expired.'
  ],
  '403 list': permission('org_connections_read'),
  '403': permission('org_connections_write'),
  '404 create': [
    ({ operation, site }) =>
      msg`Sink org ${operation.kind === 'create' ? operation.sinkOrgId : ''} was not found on ${site}:`,
    'it does not exist there, or it is not in the same account as the source org.',
    'Check sink-org: it must be the org UUID, not its public id.'
  ],
  '404 update': GONE,
  '404 delete': GONE,
  '404': [({ site }) => msg`Check site or api-url: ${site} does not serve this API path.`],
  '429 wait': [
    ({ waitMs = 0, capMs }) =>
      msg`Datadog asked to wait ${words(formatSeconds(waitMs))}, longer than the ${words(formatSeconds(capMs))} this action waits at most:`,
    're-run the step later.'
  ],
  '429': ['Datadog kept rate-limiting the requests. Re-run later, or raise max-retries.'],
  '5xx': [
    'Datadog, or a gateway or proxy on the way, kept failing.',
    'Check https://status.datadoghq.com and re-run the step.'
  ],
  other: ['Re-run the step; if it persists, check the inputs against the README.']
}

function redirectHost(headers: HttpHeaders): Message {
  const location = header(headers, 'location')
  try {
    return location ? msg` to ${new URL(location, 'https://invalid.invalid').host}` : words('')
  } catch {
    return words('')
  }
}

function advice(operation: Operation, answer: FailedAnswer, ctx: ErrorContext): Message {
  const { status } = answer
  const capMs = ctx.maxServerWaitMs ?? DEFAULT_POLICY.maxServerWaitMs
  const waitMs = status === 429 ? serverWait(answer.headers, Date.now())?.ms : undefined
  const facts: Facts = { site: ctx.siteLabel, operation, answer, waitMs, capMs }
  const keys = [`${status} ${operation.kind}`, `${status}`, `${Math.floor(status / 100)}xx`, 'other']
  if (waitMs !== undefined && waitMs > capMs) keys.unshift('429 wait')
  const parts = keys.map(key => ADVICE[key]).find(found => found !== undefined) ?? []
  return join(
    parts.map(part => (typeof part === 'string' ? words(part) : part(facts))),
    ' '
  )
}

const DOING: Readonly<Record<Operation['kind'], (operation: Operation) => Message>> = {
  list: () => words('listing the connections'),
  create: () => words('creating the connection'),
  'current-user': () => words('reading which org the keys belong to'),
  update: operation => msg`updating connection ${'id' in operation ? operation.id : ''}`,
  delete: operation => msg`deleting connection ${'id' in operation ? operation.id : ''}`
}

function describeOperation(operation: Operation): Message {
  return msg`${DOING[operation.kind](operation)} (${operation.method} ${operation.path.split('?')[0] ?? ''})`
}

/** An HTTP answer with an error status: Datadog's words (never for current_user: they may name a person) and advice. */
export function apiError(operation: Operation, answer: FailedAnswer, ctx: ErrorContext): DatadogError {
  const status = words(`${answer.status} ${STATUS_CODES[answer.status] ?? 'Unknown'}`)
  const text =
    operation.kind === 'current-user'
      ? words('(its text is not shown: it may name a person)')
      : datadogErrorText(answer.body)
  const note = words(attemptsNote(answer.attempts, answer.elapsedMs, answer.stoppedBecause))
  const said = msg`Datadog answered ${status} when ${describeOperation(operation)}: ${text}.${note}`
  return new DatadogError(msg`${said} ${advice(operation, answer, ctx)}`, operation.method, answer.status)
}

const NOT_DATADOG = 'A proxy or gateway may have answered instead of Datadog: check api-url and the proxy settings.'

/**
 * A 2xx body as quoted after a failure: a page that is not JSON (a captive portal, a gateway) as a short excerpt;
 * JSON never, since a JSON:API answer may carry `included` personal data (users' emails); the problem names the field.
 */
function quotedBody(body: string): Message {
  if (!body.trim()) return words(' Its answer was empty.')
  try {
    JSON.parse(body)
    return words('')
  } catch {
    return msg` Its answer: ${excerpt(body)}.`
  }
}

/**
 * A 2xx answer that is not what the operation needed. `what` says what was wrong with it (our words, with values);
 * a body that is not JSON is quoted unless `quoteBody` is false (a listing's page is too big to be worth quoting).
 */
export function unexpectedAnswer(
  operation: Operation,
  answer: Pick<FailedAnswer, 'status' | 'body'>,
  what: Message,
  { quoteBody = true }: { quoteBody?: boolean } = {}
): DatadogError {
  const quoted = quoteBody ? quotedBody(answer.body) : words('')
  const said = msg`Datadog answered ${answer.status} when ${describeOperation(operation)}, but ${what}.${quoted}`
  return new DatadogError(msg`${said} ${words(NOT_DATADOG)}`, operation.method, answer.status)
}

/**
 * A 2xx to a create whose answer names no usable connection id: the write may have happened, but nothing can be
 * reported as the connection. A re-run meets 409, lists the connection and adopts it.
 */
export function createdWithoutId(
  operation: Operation,
  answer: Pick<FailedAnswer, 'status' | 'body'>,
  problem: Message
): DatadogError {
  const what = msg`named no usable connection (${problem})`
  const said = msg`Datadog answered ${answer.status} when ${describeOperation(operation)}, but ${what}.${quotedBody(answer.body)}`
  const exists = 'The connection may exist now: re-run the step, which finds it and adopts it.'
  const repeats =
    'If this repeats, a proxy or gateway may be answering instead of Datadog: check api-url and the proxy settings.'
  return new DatadogError(msg`${said} ${words(exists)} ${words(repeats)}`, operation.method, answer.status)
}
