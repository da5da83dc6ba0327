/**
 * One request to the Datadog API, attempted as often as the retry policy allows, each attempt through the shared
 * bounded request (src/http/request.ts). The two keys are blanked in everything that comes back (body, header
 * values, error texts) before anything else sees it, so that no later excerpt can cut through a key that a gateway
 * echoed.
 */
import { DatadogError } from '../errors.js'
import { attemptsNote, formatSeconds } from '../http/format.js'
import { boundedRequest, header, type HttpHeaders } from '../http/request.js'
import { secretForms } from '../http/secrets.js'
import { join, msg, words, type Message } from '../message.js'
import { redactor, type Redact } from '../redact.js'
import { type AttemptOutcome, type RetryPolicy, decideRetry, isTlsFailure, mayHaveLanded } from './retry.js'

export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
}

export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
  random(): number
}

const systemClock: Clock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  random: () => Math.random()
}

export interface TransportOptions {
  baseUrl: string
  apiKey: string
  appKey: string
  userAgent: string
  timeoutMs: number
  policy: RetryPolicy
  log: Logger
  clock?: Clock
  /** The run's redactor (main.ts builds it once); by default one for the two keys. */
  redact?: Redact
}

/** An HTTP answer, with both keys already blanked (`***`) in its body and header values. */
export interface ApiResponse {
  status: number
  headers: HttpHeaders
  body: string
  attempts: number
  elapsedMs: number
  /** Set when the status was retryable but no retry was made: why not. */
  stoppedBecause?: string
  /**
   * An earlier attempt may have been carried out although its answer was lost (a timeout, a reset, a 5xx).
   * A 429 or a refused connection was not: those attempts never reached the API's write.
   */
  earlierAttemptMayHaveLanded: boolean
}

const RATE_LIMIT_HEADERS = [
  'x-ratelimit-limit',
  'x-ratelimit-period',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'x-ratelimit-name',
  'retry-after'
]

export class DatadogTransport {
  private readonly clock: Clock
  private readonly redact: Redact

  constructor(private readonly options: TransportOptions) {
    this.clock = options.clock ?? systemClock
    this.redact = options.redact ?? redactor(secretForms([options.apiKey, options.appKey]))
  }

  /** Sends `method path` until it gets a final answer; returns the last HTTP answer, whatever its status. */
  async request(method: string, path: string, body?: unknown): Promise<ApiResponse> {
    const { policy, log } = this.options
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const started = this.clock.now()
    let earlierAttemptMayHaveLanded = false
    for (let attempt = 1; ; attempt++) {
      const attemptStarted = this.clock.now()
      const outcome = this.redacted(await this.attempt(method, path, payload))
      const took = this.clock.now() - attemptStarted
      const decision = decideRetry(outcome, attempt, policy, this.clock.now(), this.clock.random())
      const ended =
        outcome.kind === 'response' ? msg`${String(outcome.status)}` : msg`${outcome.code} (${outcome.message})`
      const waiting = decision.kind === 'retry' ? `; waiting ${formatSeconds(decision.delayMs)} (${decision.why})` : ''
      const of = policy.maxRetries + 1
      log.debug(
        msg`${method} ${path} -> ${ended} in ${took} ms, attempt ${attempt} of ${of}${rateLimitNote(outcome)}`.text() +
          waiting
      )
      if (decision.kind === 'retry') {
        earlierAttemptMayHaveLanded ||= mayHaveLanded(outcome)
        await this.clock.sleep(decision.delayMs)
        continue
      }
      const elapsedMs = this.clock.now() - started
      const stoppedBecause = decision.kind === 'give-up' ? decision.why : undefined
      if (outcome.kind === 'error') {
        // A write whose answer was lost may have been carried out all the same: say so, and that a re-run finds it.
        const landed = method !== 'GET' && (earlierAttemptMayHaveLanded || mayHaveLanded(outcome))
        const detail = unreachable(outcome, attempt, elapsedMs, stoppedBecause)
        throw new DatadogError(landed ? msg`${detail} ${words(MAY_HAVE_LANDED)}` : detail, method)
      }
      const { status, headers, body: text } = outcome
      return { status, headers, body: text, attempts: attempt, elapsedMs, stoppedBecause, earlierAttemptMayHaveLanded }
    }
  }

  /** Both keys blanked in everything the attempt brought back, before anything reads, cuts or logs it. */
  private redacted(outcome: AttemptOutcome): AttemptOutcome {
    const redact = this.redact
    if (outcome.kind === 'error') return { ...outcome, message: redact(outcome.message) }
    const headers: HttpHeaders = {}
    for (const [name, value] of Object.entries(outcome.headers)) {
      headers[redact(name)] = Array.isArray(value) ? value.map(redact) : value === undefined ? value : redact(value)
    }
    return { ...outcome, headers, body: redact(outcome.body) }
  }

  private async attempt(method: string, path: string, payload: string | undefined): Promise<AttemptOutcome> {
    const { baseUrl, apiKey, appKey, userAgent, timeoutMs } = this.options
    const headers: Record<string, string> = {
      'DD-API-KEY': apiKey,
      'DD-APPLICATION-KEY': appKey,
      Accept: 'application/json'
    }
    if (payload !== undefined) headers['Content-Type'] = 'application/json'
    const outcome = await boundedRequest({
      method,
      url: `${baseUrl}${path}`,
      headers,
      body: payload,
      userAgent,
      timeoutMs
    })
    return outcome.kind === 'error' && outcome.code === 'TIMEOUT'
      ? { ...outcome, message: `${outcome.message} (timeout-seconds)` }
      : outcome
  }
}

/** Why no answer came, and what to do: the detail of a DatadogError without a status. */
export function unreachable(
  outcome: { code: string; message: string },
  attempts: number,
  elapsedMs: number,
  stoppedBecause?: string
): Message {
  const { code, message } = outcome
  if (isTlsFailure(code)) {
    return msg`Could not reach the Datadog API: the TLS connection failed (${code}: ${message}). ${words(TLS_ADVICE)}`
  }
  const note = attemptsNote(attempts, elapsedMs, stoppedBecause)
  return msg`Could not reach the Datadog API: ${message}.${words(note)} ${words(NETWORK_ADVICE)}`
}

const MAY_HAVE_LANDED =
  'The write may have been carried out although no answer came back: a re-run finds the connection as it now is ' +
  'and reports it.'
const TLS_ADVICE =
  'If a proxy on the way inspects TLS, give Node its CA certificate with the NODE_EXTRA_CA_CERTS environment ' +
  'variable; otherwise check site or api-url.'
const NETWORK_ADVICE =
  "Check site or api-url, the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY), then re-run; " +
  'raise max-retries or timeout-seconds for a slow network.'

function rateLimitNote(outcome: AttemptOutcome): Message {
  if (outcome.kind !== 'response') return msg``
  const present = RATE_LIMIT_HEADERS.flatMap(name => {
    const value = header(outcome.headers, name)
    return value === undefined ? [] : [msg`${name}=${value}`]
  })
  return present.length ? msg`; ${join(present, ' ')}` : msg``
}
