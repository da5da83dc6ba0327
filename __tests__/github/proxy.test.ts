/**
 * The comment goes through the proxy the runner names, decided for the API URL the comment is written to, as the
 * Datadog requests do (one bounded request for both). The proxy is the shared test proxy: every tunnel leads to the
 * GitHub stand-in, nothing leaves the machine.
 */
import { CommentError } from '../../src/errors.js'
import { commentMarker, upsertPlanComment } from '../../src/github/comment.js'
import { GITHUB_TOKEN, PULL_REQUEST, startGitHubStandIn } from '../../scripts/github-stand-in.js'
import { startTestProxy, type TestProxy } from '../fixtures/proxy.js'

const VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']
const saved = Object.fromEntries(VARIABLES.map(name => [name, process.env[name]]))
const clearProxyVariables = () => VARIABLES.forEach(name => delete process.env[name])

let gh: Awaited<ReturnType<typeof startGitHubStandIn>>
let proxy: TestProxy

beforeAll(async () => {
  clearProxyVariables()
  gh = await startGitHubStandIn()
  proxy = await startTestProxy(() => gh.port)
})
afterAll(async () => {
  await proxy.close()
  await gh.close()
  clearProxyVariables()
  for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value
})
beforeEach(() => {
  clearProxyVariables()
  gh.reset()
  proxy.clear()
  proxy.refuse = false
})

const marker = commentMarker({ workflow: 'w', job: 'j', step: 's', target: 'inline', org: 'datadoghq.eu' })
const upsert = (apiUrl: string) =>
  upsertPlanComment({ token: GITHUB_TOKEN, apiUrl, pr: PULL_REQUEST, marker, body: 'plan', timeoutMs: 5000 })

describe('the pull-request comment behind a proxy', () => {
  it('tunnels every request, every page included, through the proxy for the API host', async () => {
    process.env.HTTP_PROXY = proxy.url
    process.env.HTTPS_PROXY = proxy.url
    gh.seed(150)
    const result = await upsert('http://github.example.test/api/v3')
    expect(result.action).toBe('created')
    expect(proxy.tunnels).toEqual(['github.example.test:80', 'github.example.test:80', 'github.example.test:80'])
    expect(gh.requests.map(r => `${r.method} ${r.headers.host?.replace(/:80$/, '')} ${r.prefix}`)).toEqual([
      'GET github.example.test /api/v3',
      'GET github.example.test /api/v3',
      'POST github.example.test /api/v3'
    ])
  })

  it('uses HTTPS_PROXY for an https API URL', async () => {
    process.env.HTTPS_PROXY = proxy.url
    proxy.refuse = true // the stand-in speaks no TLS: that the tunnel was asked for the right host is the point
    const error = await upsert('https://ghe.example.test/api/v3').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CommentError)
    expect((error as Error).message).toMatch(/^could not reach GitHub at https:\/\/ghe\.example\.test\/api\/v3 .*403/)
    expect(proxy.tunnels).toEqual(['ghe.example.test:443'])
  })

  it('goes straight to a host in NO_PROXY and to loopback', async () => {
    process.env.HTTP_PROXY = proxy.url
    process.env.HTTPS_PROXY = proxy.url
    process.env.NO_PROXY = 'github.localhost'
    await upsert('http://github.localhost:9/api/v3').catch(() => undefined)
    expect((await upsert(gh.url)).action).toBe('created')
    expect(proxy.tunnels).toEqual([])
  })
})
