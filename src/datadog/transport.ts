/**
 * One request to the Datadog API, attempted as often as the retry policy allows.
 *
 * Built on @actions/http-client for its proxy support (HTTPS_PROXY, NO_PROXY), with four guards of our own:
 * redirects are never followed (the client would forward DD-API-KEY to the new host), every attempt is bounded by
 * a timer that really tears the socket down, the body is read with a size cap, and the two keys are blanked in
 * everything that comes back (body, header values, error texts) before anything else sees it, so that no later
 * excerpt can cut through a key that a gateway echoed.
 */
import { HttpClient, type HttpClientResponse } from '@actions/http-client'
import { join, msg, type Message } from '../message.js'
import { redactor, type Redact } from '../redact.js'
import { DatadogError } from '../errors.js'
import { unreachable } from './errors.js'
import { proxyHandlers } from '../http/proxy.js'
import { AbortOnSignal, readBody } from '../http/request.js'
import {
  type AttemptOutcome,
  type HttpHeaders,
  type RetryPolicy,
  decideRetry,
  formatSeconds,
  header,
  mayHaveLanded
} from './retry.js'

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
    // A multi-line key is sent whole but may come back line by line.
    const keys = [options.apiKey, options.appKey]
    this.redact = redactor([...keys, ...keys.flatMap(key => key.split('\n').map(line => line.trim()))])
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
      const of = policy.maxRetries + 1
      const ended =
        outcome.kind === 'response' ? msg`${String(outcome.status)}` : msg`${outcome.code} (${outcome.message})`
      const waiting = decision.kind === 'retry' ? `; waiting ${formatSeconds(decision.delayMs)} (${decision.why})` : ''
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
        throw new DatadogError(unreachable(outcome.message, outcome.code, attempt, elapsedMs, stoppedBecause), method)
      }
      return {
        status: outcome.status,
        headers: outcome.headers,
        body: outcome.body,
        attempts: attempt,
        elapsedMs,
        stoppedBecause,
        earlierAttemptMayHaveLanded
      }
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
    const abort = new AbortController()
    const timer = setTimeout(() => abort.abort(), timeoutMs)
    const handlers = [new AbortOnSignal(abort.signal), ...proxyHandlers(`${baseUrl}${path}`, abort.signal)]
    const client = new HttpClient(userAgent, handlers, {
      allowRedirects: false,
      allowRetries: false,
      keepAlive: false,
      // Our own timer ends the attempt first; this is only the library's backstop.
      socketTimeout: timeoutMs + 5_000
    })
    const headers: Record<string, string> = {
      'DD-API-KEY': apiKey,
      'DD-APPLICATION-KEY': appKey,
      Accept: 'application/json'
    }
    if (payload !== undefined) headers['Content-Type'] = 'application/json'
    try {
      // http-client takes null for "no body" (its typing says string); '' would send Content-Length: 0 on a GET.
      const data = (payload ?? null) as string
      const response: HttpClientResponse = await client.request(method, `${baseUrl}${path}`, data, headers)
      const body = await readBody(response.message)
      return { kind: 'response', status: response.message.statusCode ?? 0, headers: response.message.headers, body }
    } catch (error) {
      if (abort.signal.aborted) {
        return {
          kind: 'error',
          code: 'TIMEOUT',
          message: `no complete answer within ${formatSeconds(timeoutMs)} (timeout-seconds)`
        }
      }
      const err = error as NodeJS.ErrnoException
      return { kind: 'error', code: err.code ?? 'ERROR', message: err.message || String(error) }
    } finally {
      clearTimeout(timer)
      client.dispose()
    }
  }
}

function rateLimitNote(outcome: AttemptOutcome): Message {
  if (outcome.kind !== 'response') return msg``
  const present = RATE_LIMIT_HEADERS.flatMap(name => {
    const value = header(outcome.headers, name)
    return value === undefined ? [] : [msg`${name}=${value}`]
  })
  return present.length ? msg`; ${join(present, ' ')}` : msg``
}
