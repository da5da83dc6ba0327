/** The one bounded request, on its own: what it sends, and every way an answer can fail to come whole. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { boundedRequest, header, type RequestSpec } from '../../src/http/request.js'

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']
const saved = Object.fromEntries(PROXY_VARIABLES.map(name => [name, process.env[name]]))
beforeAll(() => PROXY_VARIABLES.forEach(name => delete process.env[name]))
afterAll(() => {
  for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value
})

let server: Server
let url: string
let handler: (req: IncomingMessage, res: ServerResponse) => void
const received: IncomingMessage[] = []
beforeAll(async () => {
  server = createServer((req, res) => {
    received.push(req)
    handler(req, res)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})
beforeEach(() => {
  received.length = 0
})

const spec = (extra: Partial<RequestSpec> = {}): RequestSpec => ({
  method: 'GET',
  url: `${url}/x`,
  headers: { Accept: 'application/json' },
  userAgent: 'test-agent/1',
  timeoutMs: 2000,
  ...extra
})

describe('boundedRequest', () => {
  it('sends the headers and body given, asks for no kept-alive socket, and returns the whole answer', async () => {
    handler = (_, res) => res.writeHead(201, { 'x-one': ' a ' }).end('{"ok":true}')
    const outcome = await boundedRequest(
      spec({ method: 'POST', body: '{"a":1}', headers: { 'Content-Type': 'application/json' } })
    )
    expect(outcome).toMatchObject({ kind: 'response', status: 201, body: '{"ok":true}' })
    expect(outcome.kind === 'response' && header(outcome.headers, 'x-one')).toBe('a')
    const [request] = received
    expect(request.headers).toMatchObject({
      'user-agent': 'test-agent/1',
      'content-type': 'application/json',
      connection: 'close'
    })
  })

  it('sends no body, not even Content-Length: 0, on a GET', async () => {
    handler = (_, res) => res.end('[]')
    await boundedRequest(spec())
    expect(received[0].headers['content-length']).toBeUndefined()
  })

  it('returns a redirect as it is, without following it', async () => {
    handler = (req, res) => res.writeHead(req.url === '/x' ? 307 : 200, { location: `${url}/elsewhere` }).end()
    expect(await boundedRequest(spec())).toMatchObject({ kind: 'response', status: 307 })
    expect(received.map(r => r.url)).toEqual(['/x'])
  })

  it('fails an answer over the size cap, and does not keep reading it', async () => {
    handler = (_, res) => {
      res.writeHead(200)
      res.write('x'.repeat(64 * 1024))
      res.end('x'.repeat(64 * 1024))
    }
    expect(await boundedRequest(spec({ maxBytes: 1024 }))).toMatchObject({ kind: 'error', code: 'EBODYTOOLARGE' })
  })

  it('fails an answer cut short by the server', async () => {
    handler = (_, res) => {
      res.writeHead(200, { 'content-length': '1000' })
      res.write('{"data": [', () => res.socket?.destroy())
    }
    const outcome = await boundedRequest(spec())
    expect(outcome).toMatchObject({ kind: 'error', code: 'ECONNRESET' })
  })

  it('ends a request that gets no answer at its timeout, closing the socket', async () => {
    handler = () => undefined
    const outcome = await boundedRequest(spec({ timeoutMs: 100 }))
    expect(outcome).toEqual({ kind: 'error', code: 'TIMEOUT', message: 'no complete answer within 0.1 s' })
    // The server sees its socket close (the test would time out otherwise): nothing is left to keep the process alive.
    const { socket } = received[0]
    if (!socket.destroyed) await new Promise(resolve => socket.once('close', resolve))
    expect(socket.destroyed).toBe(true)
  })

  it('says why no connection could be made', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as { port: number }).port
    await new Promise(resolve => closed.close(resolve))
    expect(await boundedRequest(spec({ url: `http://127.0.0.1:${port}/` }))).toMatchObject({
      kind: 'error',
      code: 'ECONNREFUSED'
    })
  })
})
