/**
 * The one bounded request: every request of ours, to Datadog and to GitHub alike, goes through here.
 *
 * Built on @actions/http-client for its proxy decision (HTTPS_PROXY, NO_PROXY, loopback never proxied), with guards
 * of our own: redirects are never followed (the client would forward DD-API-KEY, or a token, to the new place), its
 * retries are off (the caller decides), no socket is kept alive, a timer aborts the attempt and really tears the
 * socket down (not only a promise), and the answer is read with a size cap. It never throws: how it ended is a value.
 */
import type { IncomingMessage, RequestOptions } from 'node:http'
import { HttpClient, type HttpClientResponse } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import { formatSeconds } from './format.js'
import { proxyHandlers } from './proxy.js'

/** Larger than any answer either API gives; a larger one is cut off and fails the attempt. */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024

/** Response headers as Node gives them (names in lower case). Not the global `Headers` of fetch. */
export type HttpHeaders = Record<string, string | string[] | undefined>

/** How one request ended. */
export type RequestOutcome =
  | { kind: 'response'; status: number; headers: HttpHeaders; body: string }
  /** No HTTP answer: `code` is Node's error code (ECONNRESET, ...) or TIMEOUT; `message` says it for people. */
  | { kind: 'error'; code: string; message: string }

export interface RequestSpec {
  method: string
  url: string
  headers: Record<string, string>
  /** JSON or other text; none for a GET */
  body?: string
  userAgent: string
  timeoutMs: number
  maxBytes?: number
}

export async function boundedRequest(spec: RequestSpec): Promise<RequestOutcome> {
  const { method, url, timeoutMs } = spec
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), timeoutMs)
  const handlers = [new AbortOnSignal(abort.signal), ...proxyHandlers(url, abort.signal)]
  const client = new HttpClient(spec.userAgent, handlers, {
    allowRedirects: false,
    allowRetries: false,
    keepAlive: false,
    // Our own timer ends the attempt first; this is only the library's backstop.
    socketTimeout: timeoutMs + 5_000
  })
  try {
    // http-client takes null for "no body" (its typing says string); '' would send Content-Length: 0 on a GET.
    const data = (spec.body ?? null) as string
    const response: HttpClientResponse = await client.request(method, url, data, spec.headers)
    const body = await readBody(response.message, spec.maxBytes)
    return { kind: 'response', status: response.message.statusCode ?? 0, headers: response.message.headers, body }
  } catch (error) {
    if (abort.signal.aborted) {
      return { kind: 'error', code: 'TIMEOUT', message: `no complete answer within ${formatSeconds(timeoutMs)}` }
    }
    const err = error as NodeJS.ErrnoException
    return { kind: 'error', code: err.code ?? 'ERROR', message: err.message || String(error) }
  } finally {
    clearTimeout(timer)
    client.dispose()
  }
}

/** The first value of a header, trimmed; undefined when absent or blank. */
export function header(headers: HttpHeaders, name: string): string | undefined {
  const value = headers[name]
  const first = Array.isArray(value) ? value[0] : value
  return first === undefined || first.trim() === '' ? undefined : first.trim()
}

/** Hands an AbortSignal to node's http.request, so that aborting destroys the socket itself. */
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

/** The whole answer as text; fails (EBODYTOOLARGE, ECONNRESET) past the cap or when the connection closes early. */
function readBody(message: IncomingMessage, maxBytes = MAX_ANSWER_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    message.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) {
        const mib = Math.round(maxBytes / 2 ** 20)
        message.destroy(Object.assign(new Error(`answer larger than ${mib} MiB`), { code: 'EBODYTOOLARGE' }))
      } else chunks.push(chunk)
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
