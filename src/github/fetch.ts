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
import type { IncomingMessage } from 'node:http'
import { proxyHandlers } from '../http/proxy.js'
import { AbortOnSignal, readBody } from '../http/request.js'

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

/** Statuses whose Response may carry no body (the constructor throws otherwise). */
const NULL_BODY = new Set([101, 103, 204, 205, 304])

/**
 * A fetch over @actions/http-client, for Octokit's `request.fetch`. Octokit's User-Agent header is kept. With `base`,
 * a request to any URL outside it is refused before it is sent: the token goes to GITHUB_API_URL only.
 */
export function httpClientFetch({
  timeoutMs = DEFAULT_TIMEOUT_MS,
  base
}: { timeoutMs?: number; base?: string } = {}): OctokitFetch {
  return async (url, init = {}) => {
    if (base !== undefined && !within(url, base)) {
      throw new Error(`refused to send the token outside GITHUB_API_URL (${new URL(url).origin})`)
    }
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
      // Never followed: http-client keeps Authorization on a redirect to another port of the same host. A renamed
      // repository's redirect fails the comment (a warning), which is better than a token sent elsewhere.
      allowRedirects: false,
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

/** Same origin, and under the base path (GHES: /api/v3). */
function within(url: string, base: string): boolean {
  const target = new URL(url)
  const root = new URL(base)
  const prefix = root.pathname.replace(/\/+$/, '')
  return target.origin === root.origin && (target.pathname === prefix || target.pathname.startsWith(`${prefix}/`))
}

function headersOf(message: IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
  }
  return headers
}
