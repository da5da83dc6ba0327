import { CommentError } from '../../src/errors.js'
/**
 * The comment goes through the proxy the runner names, decided for the API URL the comment is written to (not for
 * GITHUB_API_URL at import time), as the Datadog requests do. The proxy is a CONNECT proxy on 127.0.0.1 that records
 * which host each tunnel asked for and leads every tunnel to the GitHub stand-in: nothing leaves the machine.
 */
import { createServer, type Server } from 'node:http'
import { connect, type Socket } from 'node:net'
import { commentMarker, upsertPlanComment } from '../../src/github/comment.js'
import { GITHUB_TOKEN, PULL_REQUEST, startGitHubStandIn } from '../../scripts/github-stand-in.js'

const VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy', 'GITHUB_API_URL']
const saved = Object.fromEntries(VARIABLES.map(name => [name, process.env[name]]))
const clearProxyVariables = () => VARIABLES.forEach(name => delete process.env[name])

type StandIn = Awaited<ReturnType<typeof startGitHubStandIn>>
let gh: StandIn
let proxy: Server
let proxyUrl: string
/** What each CONNECT asked for; `refuse` makes the proxy answer 403 instead of opening the tunnel. */
const tunnels: string[] = []
let refuse = false
const sockets = new Set<Socket>()

beforeAll(async () => {
  clearProxyVariables()
  gh = await startGitHubStandIn()
  proxy = createServer((_, res) => res.writeHead(405).end())
  proxy.on('connect', (req, client: Socket, head: Buffer) => {
    tunnels.push(req.url ?? '')
    sockets.add(client)
    client.on('error', () => client.destroy())
    if (refuse) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    const upstream = connect(gh.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client).pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('error', () => upstream.destroy())
  })
  await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
  proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`
})
afterAll(async () => {
  for (const socket of sockets) socket.destroy()
  await new Promise(resolve => proxy.close(resolve))
  await gh.close()
  clearProxyVariables()
  for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value
})
beforeEach(() => {
  clearProxyVariables()
  gh.reset()
  tunnels.length = 0
  refuse = false
})

const marker = commentMarker({ workflow: 'w', job: 'j', step: 's', target: 'inline' })
const upsert = (apiUrl: string) =>
  upsertPlanComment({ token: GITHUB_TOKEN, apiUrl, pr: PULL_REQUEST, marker, body: 'plan', timeoutMs: 5000 })

describe('the pull-request comment behind a proxy', () => {
  // First in this file, so that @actions/github is imported with a proxy that applies to GITHUB_API_URL: the
  // ProxyAgent it builds at import must be real undici here (jest does not apply tsconfig's `paths` stub).
  it('tunnels every request, every page included, through the proxy for the API host', async () => {
    process.env.HTTP_PROXY = proxyUrl
    process.env.HTTPS_PROXY = proxyUrl
    process.env.GITHUB_API_URL = 'https://api.github.com'
    gh.seed(150)
    const result = await upsert('http://github.example.test/api/v3')
    expect(result.action).toBe('created')
    expect(tunnels).toEqual(['github.example.test:80', 'github.example.test:80', 'github.example.test:80'])
    expect(gh.requests.map(r => `${r.method} ${r.headers.host?.replace(/:80$/, '')} ${r.prefix}`)).toEqual([
      'GET github.example.test /api/v3',
      'GET github.example.test /api/v3',
      'POST github.example.test /api/v3'
    ])
  })

  it('uses HTTPS_PROXY for an https API URL, whatever GITHUB_API_URL said when Octokit was loaded', async () => {
    process.env.HTTPS_PROXY = proxyUrl
    refuse = true // the stand-in speaks no TLS: that the tunnel was asked for the right host is the point
    const error = await upsert('https://ghe.example.test/api/v3').then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(CommentError)
    expect((error as Error).message).toMatch(/^could not reach GitHub at https:\/\/ghe\.example\.test\/api\/v3/)
    expect(tunnels).toEqual(['ghe.example.test:443'])
  })

  it('goes straight to a host in NO_PROXY and to loopback', async () => {
    process.env.HTTP_PROXY = proxyUrl
    process.env.HTTPS_PROXY = proxyUrl
    process.env.NO_PROXY = 'github.localhost'
    await upsert('http://github.localhost:9/api/v3').catch(() => undefined)
    expect((await upsert(gh.url)).action).toBe('created')
    expect(tunnels).toEqual([])
  })
})
