/**
 * One request to the Datadog API, attempted as often as the retry policy allows.
 *
 * Built on @actions/http-client for its proxy support (HTTPS_PROXY, NO_PROXY), with three guards of our own:
 * redirects are never followed (the client would forward DD-API-KEY to the new host), every attempt is bounded by
 * a timer that really tears the socket down, and the body is read with a size cap.
 */
import type { IncomingMessage, RequestOptions } from 'node:http'
import { HttpClient, type HttpClientResponse } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import { proxyHandlers } from './proxy.js'
import {
  type AttemptOutcome,
  type Headers,
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

export interface ApiResponse {
  status: number
  headers: Headers
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

/** No HTTP answer after every attempt allowed: refused, reset, timed out, ... */
export class TransportError extends Error {
  override name = 'TransportError'
  constructor(
    message: string,
    readonly code: string,
    readonly attempts: number,
    readonly elapsedMs: number,
    /** Why no further attempt was made, when one could have been. */
    readonly stoppedBecause?: string
  ) {
    super(message)
  }
}

const MAX_BODY_BYTES = 16 * 1024 * 1024
const RATE_LIMIT_HEADERS = [
  'x-ratelimit-limit',
  'x-ratelimit-period',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'x-ratelimit-name',
  'retry-after'
]

type Attempt =
  | { kind: 'response'; status: number; headers: Headers; body: string }
  | { kind: 'error'; code: string; message: string }

export class DatadogTransport {
  private readonly clock: Clock

  constructor(private readonly options: TransportOptions) {
    this.clock = options.clock ?? systemClock
  }

  /** Sends `method path` until it gets a final answer; returns the last HTTP answer, whatever its status. */
  async request(method: string, path: string, body?: unknown): Promise<ApiResponse> {
    const { policy, log } = this.options
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const started = this.clock.now()
    let earlierAttemptMayHaveLanded = false
    for (let attempt = 1; ; attempt++) {
      const attemptStarted = this.clock.now()
      const result = await this.attempt(method, path, payload)
      const took = this.clock.now() - attemptStarted
      const outcome: AttemptOutcome =
        result.kind === 'response' ? { kind: 'response', status: result.status, headers: result.headers } : result
      const decision = decideRetry(outcome, attempt, policy, this.clock.now(), this.clock.random())
      const of = policy.maxRetries + 1
      log.debug(
        `${method} ${path} -> ${result.kind === 'response' ? result.status : `${result.code} (${result.message})`} ` +
          `in ${took} ms, attempt ${attempt} of ${of}${rateLimitNote(result)}` +
          (decision.retry ? `; waiting ${formatSeconds(decision.delayMs)} (${decision.why})` : '')
      )
      if (decision.retry) {
        earlierAttemptMayHaveLanded ||= mayHaveLanded(outcome)
        await this.clock.sleep(decision.delayMs)
        continue
      }
      const elapsedMs = this.clock.now() - started
      const stoppedBecause = decision.why === 'not retryable' ? undefined : decision.why
      if (result.kind === 'error')
        throw new TransportError(result.message, result.code, attempt, elapsedMs, stoppedBecause)
      return {
        status: result.status,
        headers: result.headers,
        body: result.body,
        attempts: attempt,
        elapsedMs,
        stoppedBecause,
        earlierAttemptMayHaveLanded
      }
    }
  }

  private async attempt(method: string, path: string, payload: string | undefined): Promise<Attempt> {
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

/** Hands the attempt's AbortSignal to node's http.request, so that a timeout destroys the socket itself. */
class AbortOnSignal implements RequestHandler {
  constructor(private readonly signal: AbortSignal) {}
  prepareRequest(options: RequestOptions): void {
    options.signal = this.signal
  }
  canHandleAuthentication(): boolean {
    return false
  }
  handleAuthentication(): Promise<HttpClientResponse> {
    return Promise.reject(new Error('not supported'))
  }
}

function readBody(message: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    message.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES)
        message.destroy(Object.assign(new Error('answer larger than 16 MiB'), { code: 'EBODYTOOLARGE' }))
      else chunks.push(chunk)
    })
    message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    message.on('error', reject)
    message.on('close', () => {
      if (!message.complete) {
        reject(Object.assign(new Error('the connection closed before the answer was complete'), { code: 'ECONNRESET' }))
      }
    })
  })
}

function rateLimitNote(result: Attempt): string {
  if (result.kind !== 'response') return ''
  const present = RATE_LIMIT_HEADERS.map(name => [name, header(result.headers, name)] as const).filter(
    ([, v]) => v !== undefined
  )
  return present.length ? `; ${present.map(([k, v]) => `${k}=${v}`).join(' ')}` : ''
}
