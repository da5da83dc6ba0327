/**
 * The bundle's main chunk holds neither undici nor Octokit (src/bundling/). These checks fail if an upgrade of the
 * toolkit makes that unsafe, and prove that Octokit, loaded through loadGitHub() in chunks of its own, gets the real
 * undici: its requests honour HTTPS_PROXY.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { connect, type Socket } from 'node:net'
import { join } from 'node:path'
import { runAction } from '../scripts/runner.js'

/** Every module the bundle may hold that names undici, with what it imports from it. */
function undiciImports(): Record<string, string[]> {
  const files = [
    'node_modules/@actions/http-client/lib/index.js',
    'node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js',
    'node_modules/@actions/github/lib/internal/utils.js'
  ]
  return Object.fromEntries(
    files.map(file => {
      const text = readFileSync(file, 'utf8')
      const esm = [...text.matchAll(/^import \{([^}]+)\} from 'undici';$/gm)].flatMap(m => m[1].split(','))
      const cjs = [...text.matchAll(/\bundici_1\.(\w+)/g)].map(m => m[1])
      return [file, [...new Set([...esm, ...cjs].map(name => name.trim()))].sort()]
    })
  )
}

describe('what the bundle leaves out', () => {
  it('the toolkit imports from undici only what src/bundling/undici.ts forwards', () => {
    expect(undiciImports()).toEqual({
      'node_modules/@actions/http-client/lib/index.js': ['ProxyAgent'],
      'node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js': ['ProxyAgent'],
      'node_modules/@actions/github/lib/internal/utils.js': ['fetch']
    })
    // ...and the main chunk's http-client builds a ProxyAgent only for fetch-style clients, never at load.
    const httpClient = readFileSync('node_modules/@actions/http-client/lib/index.js', 'utf8')
    const uses = httpClient.split('\n').filter(line => /\bnew ProxyAgent\(/.test(line))
    expect(uses).toHaveLength(1)
    const method = httpClient.slice(
      httpClient.indexOf('    _getProxyAgentDispatcher('),
      httpClient.indexOf('    _getUserAgentWithOrchestrationId(')
    )
    expect(method).toContain('new ProxyAgent(')
  })

  it('@actions/core and the Context module import nothing that needs undici', () => {
    const imports = (file: string) =>
      [...readFileSync(file, 'utf8').matchAll(/^import .* from '([^']+)';$/gm)].map(m => m[1])
    expect(imports('node_modules/@actions/github/lib/context.js')).toEqual(['fs', 'os'])
    expect(
      imports('node_modules/@actions/core/lib/core.js').filter(m => !m.startsWith('.') && !['os', 'path'].includes(m))
    ).toEqual([])
  })

  it('the committed bundle holds neither undici nor Octokit', () => {
    const bundle = readFileSync('dist/index.js', 'utf8')
    expect(bundle).not.toMatch(/UND_ERR|class WebSocket|@octokit/)
    expect(bundle).toContain('undici is not loaded')
  })
})

describe('Octokit from a bundle, through loadGitHub()', () => {
  const tls = {
    key: readFileSync('__tests__/fixtures/stand-in-tls.key', 'utf8'),
    cert: readFileSync('__tests__/fixtures/stand-in-tls.crt', 'utf8')
  }
  let out: string
  let api: HttpsServer
  let proxy: Server
  const tunnels: string[] = []
  const requests: { url?: string; authorization?: string }[] = []
  const sockets = new Set<Socket>()

  beforeAll(async () => {
    out = mkdtempSync(join('node_modules', '.cache-octokit-probe-'))
    execFileSync(
      process.execPath,
      ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', '__tests__/setup/octokit-probe.ts', '-o', out, '--quiet'],
      { stdio: 'pipe' }
    )
    // A stand-in for api.github.com, over TLS with the fixture's certificate (valid for api.datadoghq.com).
    api = createHttpsServer(tls, (req, res) => {
      requests.push({ url: req.url, authorization: req.headers.authorization })
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"full_name":"acme/platform"}')
    })
    await new Promise<void>(resolve => api.listen(0, '127.0.0.1', resolve))
    proxy = createServer((_, res) => res.writeHead(405).end())
    proxy.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
      tunnels.push(req.url ?? '')
      const upstream = connect((api.address() as { port: number }).port, '127.0.0.1', () => {
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
  }, 120_000)
  afterAll(async () => {
    for (const s of sockets) s.destroy()
    await Promise.all([api, proxy].map(server => new Promise(resolve => server.close(resolve))))
    rmSync(out, { recursive: true, force: true })
  })

  it('is built into chunks of its own, undici included, and leaves the entry free of both', () => {
    const files = readdirSync(out).filter(f => f.endsWith('.js'))
    expect(files.length).toBeGreaterThanOrEqual(3)
    const entry = readFileSync(join(out, 'index.js'), 'utf8')
    expect(entry).not.toMatch(/UND_ERR|@octokit/)
    const chunks = files.filter(f => f !== 'index.js').map(f => readFileSync(join(out, f), 'utf8'))
    expect(chunks.some(chunk => chunk.includes('UND_ERR'))).toBe(true)
  })

  it('requests through HTTPS_PROXY with the real undici', async () => {
    const run = await runAction({
      inputs: {},
      defaults: false,
      bundle: join(out, 'index.js'),
      env: {
        GITHUB_API_URL: 'https://api.datadoghq.com',
        HTTPS_PROXY: `http://127.0.0.1:${(proxy.address() as { port: number }).port}`,
        NODE_EXTRA_CA_CERTS: '__tests__/fixtures/stand-in-tls.crt'
      }
    })
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual({ status: 200, data: { full_name: 'acme/platform' } })
    expect(tunnels).toEqual(['api.datadoghq.com:443'])
    expect(requests).toEqual([{ url: '/repos/acme/platform', authorization: 'token probe-token' }])
  })
})
