/**
 * The network edge of a self-hosted runner: the action resolves `site: datadoghq.eu` to https://api.datadoghq.eu and
 * reaches it through HTTPS_PROXY (a CONNECT proxy on 127.0.0.1 that leads to the stand-in served over TLS), or skips
 * the proxy for hosts in NO_PROXY.
 */
import { createServer, type Server } from 'node:http'
import { connect, type Socket } from 'node:net'
import { readFileSync } from 'node:fs'
import { expectFailure, inputsFor, runBundle, startStandIn, type StandIn } from './harness.js'

const tls = {
  key: readFileSync('__tests__/fixtures/stand-in-tls.key', 'utf8'),
  cert: readFileSync('__tests__/fixtures/stand-in-tls.crt', 'utf8')
}

let standIn: StandIn
let proxy: Server
let proxyUrl: string
const tunnels: string[] = []
const sockets = new Set<Socket>()

beforeAll(async () => {
  standIn = await startStandIn({ tls })
  proxy = createServer((_, res) => res.writeHead(405).end())
  // Every CONNECT leads to the stand-in, whatever host was asked: the test records which one.
  proxy.on('connect', (req, client: Socket, head: Buffer) => {
    tunnels.push(req.url ?? '')
    const upstream = connect(standIn.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client).pipe(upstream)
    })
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('error', () => s.destroy())
    }
  })
  await new Promise<void>(resolve => proxy.listen(0, '127.0.0.1', resolve))
  proxyUrl = `http://127.0.0.1:${(proxy.address() as { port: number }).port}`
})
afterAll(async () => {
  for (const s of sockets) s.destroy()
  await new Promise(resolve => proxy.close(resolve))
  await standIn.close()
})
beforeEach(() => {
  tunnels.length = 0
  standIn.requests.length = 0
  standIn.connections.clear()
})

const eu = () => ({ ...inputsFor(standIn), 'api-url': '', site: 'app.datadoghq.eu' })
const trust = { NODE_EXTRA_CA_CERTS: '__tests__/fixtures/stand-in-tls.crt' }

describe('dist/index.js behind a proxy', () => {
  it('reaches api.<site> through HTTPS_PROXY, over TLS, with the keys only inside the tunnel', async () => {
    const run = await runBundle(eu(), { ...trust, HTTPS_PROXY: proxyUrl })
    expect(run.outputs.result).toBe('created')
    expect(tunnels).toEqual(['api.datadoghq.eu:443'])
    expect(standIn.requests.map(r => `${r.method} ${r.headers.host} ${r.path}`)).toEqual([
      'POST api.datadoghq.eu /api/v2/org_connections'
    ])
    expect(run.summary).toContain('| Site | `datadoghq.eu` |')
  })

  it('honours the lower-case https_proxy too', async () => {
    const run = await runBundle(eu(), { ...trust, https_proxy: proxyUrl })
    expect(run.outputs.result).toBe('created')
    expect(tunnels).toEqual(['api.datadoghq.eu:443'])
  })

  it('skips the proxy for a host in NO_PROXY', async () => {
    const run = await runBundle(
      { ...eu(), 'max-retries': '0', 'timeout-seconds': '3' },
      { ...trust, HTTPS_PROXY: proxyUrl, NO_PROXY: '.datadoghq.eu' }
    )
    // The sandbox has no route to the real host: what matters is that the proxy was not asked.
    expectFailure(run, /Could not reach the Datadog API/)
    expect(tunnels).toEqual([])
  })

  it('refuses a certificate it does not trust, without retrying', async () => {
    const run = await runBundle(eu(), { HTTPS_PROXY: proxyUrl })
    expectFailure(
      run,
      /Could not reach the Datadog API: the TLS connection failed \((SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT): .*NODE_EXTRA_CA_CERTS/
    )
    expect(tunnels).toEqual(['api.datadoghq.eu:443'])
    expect(standIn.requests).toHaveLength(0)
  })
})
