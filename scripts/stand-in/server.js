/**
 * What every stand-in server needs, whatever API it plays: listen on 127.0.0.1 (http, or https with a test
 * certificate), read each request whole (path, query, headers, body parsed as JSON when it is JSON), track the open
 * sockets so that `close()` ends at once even with a client that keeps a connection alive or a request left hanging,
 * write answers, and serve from the command line until stopped.
 */
import { createServer } from 'node:http'
import { createServer as createTlsServer } from 'node:https'

/**
 * @typedef {object} ReceivedRequest a request, read whole
 * @property {string | undefined} method
 * @property {string} path
 * @property {Record<string, string>} query
 * @property {string | undefined} url path and query, as sent
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {any} body the parsed JSON, else the text, else undefined
 * @typedef {{ status: number, headers?: Record<string, string>, body?: unknown }} Answer what is sent: a string as
 *   it is (text/html unless a content-type says otherwise), anything else as JSON and a newline
 * @typedef {(request: ReceivedRequest, exchange: { req: import('node:http').IncomingMessage,
 *   res: import('node:http').ServerResponse }) => void} OnRequest
 * @typedef {object} Served
 * @property {string} url `http://127.0.0.1:<port>` (https with `tls`), without a trailing slash
 * @property {number} port
 * @property {import('node:http').Server} server
 * @property {() => Promise<void>} close destroys every open socket, then stops listening
 */

/**
 * Listens on 127.0.0.1 and hands every request, once its body is read, to `onRequest`.
 * @param {{ port?: number, tls?: { key: string, cert: string }, onRequest: OnRequest }} options port 0: any free port
 * @returns {Promise<Served>}
 */
export async function serve({ port = 0, tls = undefined, onRequest }) {
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set()
  const server = (tls ? createTlsServer.bind(null, tls) : createServer)((req, res) => {
    /** @type {Buffer[]} */
    const chunks = []
    req.on('data', chunk => chunks.push(chunk))
    req.on('end', () => onRequest(readRequest(req, Buffer.concat(chunks).toString('utf8')), { req, res }))
  })
  server.on(tls ? 'secureConnection' : 'connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await /** @type {Promise<void>} */ (
    new Promise((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', resolve)
    })
  )
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${actualPort}`,
    port: actualPort,
    server,
    close() {
      for (const socket of sockets) socket.destroy()
      return new Promise(resolve => server.close(() => resolve()))
    }
  }
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {string} text the body
 * @returns {ReceivedRequest}
 */
function readRequest(req, text) {
  const url = new URL(req.url ?? '/', 'http://stand-in')
  return {
    method: req.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    url: req.url,
    headers: req.headers,
    body: parseJson(text) ?? (text || undefined)
  }
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {Answer} answer
 */
export function send(res, { status, headers = {}, body }) {
  const text = typeof body === 'string' ? body : `${JSON.stringify(body)}\n`
  const type = typeof body === 'string' ? 'text/html' : 'application/json'
  res.writeHead(status, { 'content-type': type, ...headers, 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

/**
 * @param {string} text
 * @returns {unknown} the JSON value, or undefined when the text is not JSON
 */
export function parseJson(text) {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * Keeps a stand-in started from the command line serving until SIGINT or SIGTERM, then closes it and exits.
 * @param {{ close(): Promise<void> }} standIn
 */
export function serveUntilStopped(standIn) {
  const stop = () => standIn.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
