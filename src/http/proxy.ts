/**
 * HTTPS through a proxy, with a CONNECT tunnel of our own.
 *
 * @actions/http-client decides whether a request goes through a proxy (HTTPS_PROXY or https_proxy, NO_PROXY,
 * loopback never) and then tunnels it with the `tunnel` package, which builds Proxy-Authorization with the deprecated
 * `new Buffer()`: with credentials in the proxy URL, Node prints DEP0005 in the user's log. http-client lets its
 * request handlers see the options after it chose the agent, so the handler below puts in its place an agent that
 * does the same CONNECT with node:http. The decision stays http-client's (`getProxyUrl`), so what HTTPS_PROXY and
 * NO_PROXY mean does not change. About 60 lines of ours rather than another package (https-proxy-agent would add
 * agent-base and debug to the bundle for the same CONNECT).
 *
 * The proxy's credentials go only into the Proxy-Authorization header of the CONNECT, never into a message.
 */
import { type ClientRequest, type IncomingMessage, type RequestOptions, request as httpRequest } from 'node:http'
import { Agent as HttpsAgent, type RequestOptions as HttpsRequestOptions, request as httpsRequest } from 'node:https'
import type { Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls'
import { getProxyUrl, type HttpClientResponse } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'

/**
 * The request handlers that send an https request to `target` through the proxy http-client chose for it: none
 * when it chose none (or for plain http, which this action sends only to loopback, never proxied).
 */
export function proxyHandlers(target: string, signal: AbortSignal): RequestHandler[] {
  if (new URL(target).protocol !== 'https:') return []
  const proxy = getProxyUrl(target)
  return proxy ? [new TunnelThroughProxy(new URL(proxy), signal)] : []
}

class TunnelThroughProxy implements RequestHandler {
  constructor(
    private readonly proxy: URL,
    private readonly signal: AbortSignal
  ) {}
  prepareRequest(options: RequestOptions): void {
    options.agent = new ConnectAgent(this.proxy, this.signal)
  }
  canHandleAuthentication(): boolean {
    return false
  }
  handleAuthentication(): Promise<HttpClientResponse> {
    return Promise.reject(new Error('not supported'))
  }
}

/** An https agent whose sockets are TLS inside a CONNECT tunnel; one per attempt, aborted with it. */
class ConnectAgent extends HttpsAgent {
  constructor(
    private readonly proxy: URL,
    private readonly signal: AbortSignal
  ) {
    super({ keepAlive: false })
  }

  // node's Agent passes a callback and waits for it when nothing is returned.
  override createConnection(
    options: HttpsRequestOptions,
    callback?: (error: Error | null, socket: Duplex) => void
  ): undefined {
    const host = options.host ?? 'localhost'
    const authority = `${host.includes(':') ? `[${host}]` : host}:${options.port ?? 443}`
    openTunnel(this.proxy, authority, this.signal).then(
      socket => callback?.(null, tlsConnect({ ...(options as ConnectionOptions), socket })),
      (error: Error) => callback?.(error, undefined as unknown as Duplex)
    )
    return undefined
  }
}

function openTunnel(proxy: URL, authority: string, signal: AbortSignal): Promise<Socket> {
  const headers: Record<string, string> = { host: authority }
  if (proxy.username || proxy.password) {
    const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`
    headers['proxy-authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`
  }
  const overTls = proxy.protocol === 'https:'
  return new Promise((resolve, reject) => {
    const connect: ClientRequest = (overTls ? httpsRequest : httpRequest)({
      host: proxy.hostname.replace(/^\[|\]$/g, ''),
      port: proxy.port || (overTls ? 443 : 80),
      method: 'CONNECT',
      path: authority,
      headers,
      agent: false,
      signal
    })
    connect.once('connect', (res: IncomingMessage, socket: Socket, head: Buffer) => {
      if (res.statusCode !== 200) {
        socket.destroy()
        // The status code only: the proxy's reason phrase is text from the network.
        const error = new Error(`the proxy answered ${res.statusCode ?? 0} to CONNECT ${authority}`)
        reject(Object.assign(error, { code: 'EPROXY' }))
        return
      }
      if (head.length > 0) socket.unshift(head)
      resolve(socket)
    })
    connect.once('error', reject)
    connect.end()
  })
}
