/**
 * A `fetch` for Octokit that goes through @actions/http-client's node:http path, the one the Datadog requests take.
 *
 * Why not the fetch that @actions/github gives Octokit by default (undici's fetch with a ProxyAgent dispatcher)?
 * - That dispatcher is chosen once, when @actions/github is first imported, for `GITHUB_API_URL` (or
 *   https://api.github.com), not for the `baseUrl` the client is built with; here the proxy decision (HTTPS_PROXY,
 *   HTTP_PROXY, NO_PROXY, loopback) is made for each request's own URL, exactly as for Datadog.
 * - undici's fetch is not needed at run time at all, so the bundle may keep leaving undici's fetch out.
 * A timeout destroys the socket (not only a promise), and an answer is capped in size.
 */
import { HttpClient, type HttpClientResponse } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import type { IncomingMessage, RequestOptions } from 'node:http'
import { proxyHandlers } from '../datadog/proxy.js'

/** The part of `fetch` that Octokit calls: a URL string and method, headers, body and signal. */
export type OctokitFetch = (url: string, init?: FetchInit) => Promise<Response>

export interface FetchInit {
  method?: string
  headers?: Record<string, string>
  body?: string | null
  signal?: AbortSignal | null
  redirect?: string
}

export const DEFAULT_TIMEOUT_MS = 30_000
const MAX_ANSWER_BYTES = 16 * 1024 * 1024

/** Statuses whose Response may carry no body (the constructor throws otherwise). */
const NULL_BODY = new Set([101, 103, 204, 205, 304])

/** A fetch over @actions/http-client, for Octokit's `request.fetch`. Octokit's User-Agent header is kept. */
export function httpClientFetch({ timeoutMs = DEFAULT_TIMEOUT_MS }: { timeoutMs?: number } = {}): OctokitFetch {
  return async (url, init = {}) => {
    const method = (init.method ?? 'GET').toUpperCase()
    const abort = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      abort.abort()
    }, timeoutMs)
    const onCallerAbort = () => abort.abort()
    init.signal?.addEventListener('abort', onCallerAbort, { once: true })
    const { 'user-agent': userAgent, ...headers } = init.headers ?? {}
    // http-client puts its own User-Agent over the header unless it is given one.
    const client = new HttpClient(userAgent, [new AbortOnSignal(abort.signal), ...proxyHandlers(url, abort.signal)], {
      // GitHub answers a renamed repository with a redirect; http-client drops Authorization on another host and
      // refuses https -> http.
      allowRedirects: init.redirect !== 'manual' && init.redirect !== 'error',
      maxRedirects: 5,
      allowRetries: false,
      keepAlive: false,
      socketTimeout: timeoutMs + 5_000
    })
    try {
      // http-client takes null for "no body" (its typing says string).
      const data = (init.body ?? null) as string
      const response: HttpClientResponse = await client.request(method, url, data, headers)
      const message = response.message
      const text = await readBody(message)
      const status = message.statusCode ?? 0
      const result = new Response(NULL_BODY.has(status) || method === 'HEAD' ? null : text, {
        status,
        statusText: message.statusMessage ?? '',
        headers: headersOf(message)
      })
      // Response's constructor cannot set `url`; Octokit reports it.
      Object.defineProperty(result, 'url', { value: url })
      return result
    } catch (error) {
      if (timedOut) throw new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)
      if (abort.signal.aborted) throw Object.assign(new Error('the request was aborted'), { name: 'AbortError' })
      throw error
    } finally {
      clearTimeout(timer)
      init.signal?.removeEventListener('abort', onCallerAbort)
      client.dispose()
    }
  }
}

function headersOf(message: IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
  }
  return headers
}

/** Hands the request's AbortSignal to node's http.request, so that a timeout destroys the socket itself. */
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
      if (size > MAX_ANSWER_BYTES) message.destroy(new Error('answer larger than 16 MiB'))
      else chunks.push(chunk)
    })
    message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    message.on('error', reject)
    message.on('close', () => {
      if (!message.complete) reject(new Error('the connection closed before the answer was complete'))
    })
  })
}
