/**
 * The network edge of a self-hosted runner: the action resolves `site: datadoghq.eu` to https://api.datadoghq.eu and
 * reaches it through HTTPS_PROXY (a CONNECT proxy on 127.0.0.1 that leads to the stand-in served over TLS), or skips
 * the proxy for hosts in NO_PROXY. Hermetic: every connection ends on 127.0.0.1, whatever the machine's network.
 */
import { createServer, type IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import { readFileSync } from 'node:fs'
import { startTestProxy, type TestProxy } from '../fixtures/proxy.js'
import { expectFailure, inputsFor, runBundle, startStandIn, type StandIn } from './harness.js'

const tls = {
  key: readFileSync('__tests__/fixtures/stand-in-tls.key', 'utf8'),
  cert: readFileSync('__tests__/fixtures/stand-in-tls.crt', 'utf8')
}

let standIn: StandIn
let proxy: TestProxy
let authProxy: TestProxy
const PROXY_USER = 'runner'
const PROXY_PASSWORD = 'pr0xy-p@ss:w/rd'
/** Every CONNECT asked of either proxy, in order. */
const tunnels = () => [...proxy.tunnels, ...authProxy.tunnels]

beforeAll(async () => {
  standIn = await startStandIn({ tls })
  proxy = await startTestProxy(() => standIn.port)
  authProxy = await startTestProxy(() => standIn.port, `${PROXY_USER}:${PROXY_PASSWORD}`)
})
afterAll(async () => {
  await Promise.all([proxy.close(), authProxy.close()])
  await standIn.close()
})
beforeEach(() => {
  proxy.clear()
  authProxy.clear()
  standIn.requests.length = 0
  standIn.connections.clear()
})

const eu = () => ({ ...inputsFor(standIn), 'api-url': '', site: 'app.datadoghq.eu' })
const trust = { NODE_EXTRA_CA_CERTS: '__tests__/fixtures/stand-in-tls.crt' }

describe('dist/index.js behind a proxy', () => {
  it('reaches api.<site> through HTTPS_PROXY, over TLS, with the keys only inside the tunnel', async () => {
    const run = await runBundle(eu(), { ...trust, HTTPS_PROXY: proxy.url })
    expect(run.outputs.result).toBe('created')
    expect(tunnels()).toEqual(['api.datadoghq.eu:443'])
    expect(standIn.requests.map(r => `${r.method} ${r.headers.host} ${r.path}`)).toEqual([
      'POST api.datadoghq.eu /api/v2/org_connections'
    ])
    expect(run.summary).toContain('- **Site**: `datadoghq.eu`')
  })

  it('honours the lower-case https_proxy too', async () => {
    const run = await runBundle(eu(), { ...trust, https_proxy: proxy.url })
    expect(run.outputs.result).toBe('created')
    expect(tunnels()).toEqual(['api.datadoghq.eu:443'])
  })

  it('skips the proxy for a host in NO_PROXY', async () => {
    // api.datadoghq.eu resolves to the stand-in in the bundle's process only (no DNS query, whatever the network):
    // the request goes there directly, on the stand-in's port, and the proxy is never asked.
    const run = await runBundle(
      { ...eu(), 'api-url': `https://api.datadoghq.eu:${standIn.port}`, site: '' },
      { ...trust, HTTPS_PROXY: proxy.url, NO_PROXY: '.datadoghq.eu' },
      { 'api.datadoghq.eu': '127.0.0.1' }
    )
    expect(run.outputs.result).toBe('created')
    expect(tunnels()).toEqual([])
    expect(standIn.requests.map(r => `${r.method} ${r.headers.host} ${r.path}`)).toEqual([
      `POST api.datadoghq.eu:${standIn.port} /api/v2/org_connections`
    ])
  })

  it('refuses a certificate it does not trust, without retrying', async () => {
    const run = await runBundle(eu(), { HTTPS_PROXY: proxy.url })
    expectFailure(
      run,
      /Could not reach the Datadog API: the TLS connection failed \((SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT): .*NODE_EXTRA_CA_CERTS/
    )
    expect(tunnels()).toEqual(['api.datadoghq.eu:443'])
    expect(standIn.requests).toHaveLength(0)
  })

  it('ends an attempt that hangs inside the tunnel at its timeout, and the process with it', async () => {
    standIn.fault({ hang: true })
    const run = await runBundle(
      { ...eu(), 'max-retries': '0', 'timeout-seconds': '1' },
      { ...trust, HTTPS_PROXY: proxy.url }
    )
    expectFailure(run, /Could not reach the Datadog API: no complete answer within 1 s/)
    expect(run.wallMs).toBeLessThan(10_000)
  })

  it('ends an attempt whose CONNECT the proxy never answers at its timeout', async () => {
    const held = new Set<Socket>()
    const silent = createServer()
    silent.on('connect', (_req: IncomingMessage, client: Socket) => held.add(client))
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    try {
      const run = await runBundle(
        { ...eu(), 'max-retries': '0', 'timeout-seconds': '1' },
        { ...trust, HTTPS_PROXY: `http://127.0.0.1:${(silent.address() as { port: number }).port}` }
      )
      expectFailure(run, /Could not reach the Datadog API: no complete answer within 1 s/)
      expect(run.wallMs).toBeLessThan(10_000)
    } finally {
      for (const s of held) s.destroy()
      await new Promise(resolve => silent.close(resolve))
    }
  })

  describe('with credentials in HTTPS_PROXY (user:password@proxy, as corporate proxies ask)', () => {
    const secretForms = [
      PROXY_PASSWORD,
      encodeURIComponent(PROXY_PASSWORD),
      Buffer.from(`${PROXY_USER}:${PROXY_PASSWORD}`).toString('base64')
    ]
    const withPassword = (password: string) => authProxy.urlWith(`${PROXY_USER}:${encodeURIComponent(password)}`)

    it('authenticates to the proxy, without a deprecation warning and without printing the credentials', async () => {
      // runBundle fails on any stderr output: Node's DEP0005 (Buffer()) was printed here by the `tunnel` package.
      const run = await runBundle(eu(), { ...trust, HTTPS_PROXY: withPassword(PROXY_PASSWORD) })
      expect(run.outputs.result).toBe('created')
      expect(tunnels()).toEqual(['api.datadoghq.eu:443'])
      expect(authProxy.authorizations).toEqual([`Basic ${secretForms[2]}`])
      expect(standIn.requests.map(r => r.headers['proxy-authorization'])).toEqual([undefined])
      for (const secret of secretForms) expect(JSON.stringify(run)).not.toContain(secret)
    })

    it('fails clearly when the proxy refuses them, and names no credential', async () => {
      const run = await runBundle({ ...eu(), 'max-retries': '0' }, { ...trust, HTTPS_PROXY: withPassword('wrong') })
      expectFailure(run, /Could not reach the Datadog API: .*407/)
      expect(standIn.requests).toHaveLength(0)
      for (const secret of [...secretForms, 'wrong']) expect(JSON.stringify(run)).not.toContain(secret)
    })
  })
})
