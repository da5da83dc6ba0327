/**
 * The bundle leaves out undici and Octokit (see src/bundling/). These checks fail if an upgrade of the toolkit
 * makes that unsafe: if http-client starts using undici outside getAgentDispatcher(), or the Context module
 * starts importing more than node's own modules.
 */
import { readFileSync } from 'node:fs'

const httpClient = readFileSync('node_modules/@actions/http-client/lib/index.js', 'utf8')

describe('what the bundle leaves out', () => {
  it('http-client uses undici only to build the fetch dispatcher', () => {
    const uses = httpClient.split('\n').filter(line => /\bProxyAgent\b|undici/.test(line))
    expect(uses).toEqual([
      "import { ProxyAgent } from 'undici';",
      expect.stringMatching(/^\s+proxyAgent = new ProxyAgent\(/)
    ])
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
    expect(bundle).toContain('undici is not bundled with this action')
  })
})
