import { readSettings, rawSecrets, type Env } from '../src/settings.js'
import { readConnectionTypes } from '../src/wish.js'

import { words } from '../src/message.js'
import { KEYS, SINK, OTHER_SINK } from './fixtures/index.js'

const API = KEYS.api
const APP = KEYS.app

/** Behaves like core.getInput: trims, '' when unset. */
function reader(inputs: Record<string, string>) {
  return (name: string) => (inputs[name] ?? '').trim()
}
const valid = { 'api-key': API, 'app-key': APP, 'sink-org': SINK, 'connection-types': 'logs' }
const read = (inputs: Record<string, string>, env: Env = {}) => readSettings(reader(inputs), env)

describe('readSettings', () => {
  it('reads a minimal step with every default', async () => {
    await expect(read(valid)).resolves.toEqual({
      apiKey: API,
      appKey: APP,
      baseUrl: 'https://api.datadoghq.com',
      siteLabel: 'datadoghq.com',
      target: {
        kind: 'single',
        wish: { sinkOrgId: SINK, connectionTypes: ['logs'], ifExists: 'update', state: 'present' }
      },
      dryRun: false,
      maxRetries: 5,
      timeoutMs: 30_000,
      expectedPlanDigest: undefined,
      failOnDrift: false,
      sourceOrgId: undefined,
      commentOnPr: false,
      githubToken: '',
      warnings: []
    })
  })

  it('takes keys and site from DD_API_KEY, DD_APP_KEY and DD_SITE when the inputs are empty', async () => {
    const s = await read(
      { 'sink-org': SINK, 'connection-types': 'logs' },
      { DD_API_KEY: API, DD_APP_KEY: APP, DD_SITE: 'datadoghq.eu' }
    )
    expect([s.apiKey, s.appKey, s.baseUrl]).toEqual([API, APP, 'https://api.datadoghq.eu'])
  })

  it('prefers the inputs over the environment', async () => {
    const s = await read(
      { ...valid, site: 'us5.datadoghq.com' },
      { DD_API_KEY: 'x'.repeat(32), DD_SITE: 'datadoghq.eu' }
    )
    expect([s.apiKey, s.baseUrl]).toEqual([API, 'https://api.us5.datadoghq.com'])
  })

  it('lets api-url override the site, labels the target by its host, and warns that the site is unused', async () => {
    const s = await read({ ...valid, site: 'datadoghq.eu', 'api-url': 'http://127.0.0.1:8126/' })
    expect([s.baseUrl, s.siteLabel]).toEqual(['http://127.0.0.1:8126', '127.0.0.1:8126'])
    expect(s.warnings.map(w => w.text())).toEqual([
      expect.stringMatching(
        /^Both site and api-url are set: requests go to api-url \(127\.0\.0\.1:8126\), and site 'datadoghq\.eu' is not used/
      )
    ])
  })

  it('ignores DD_SITE when api-url is set, but still checks a site input', async () => {
    expect((await read({ ...valid, 'api-url': 'https://gw.example.com' }, { DD_SITE: 'whatever' })).baseUrl).toBe(
      'https://gw.example.com'
    )
    await expect(read({ ...valid, 'api-url': 'https://gw.example.com', site: 'datadoghq.co' })).rejects.toThrow(
      /Invalid site/
    )
  })

  it('lower-cases the sink org', async () => {
    expect((await read({ ...valid, 'sink-org': ` ${SINK.toUpperCase()} ` })).target).toMatchObject({
      wish: { sinkOrgId: SINK }
    })
  })

  it.each([
    [{ 'sink-org': '' }, /Input sink-org is required/],
    [{ 'sink-org': '1234567' }, /Invalid sink-org '1234567'. Expected the org's UUID/],
    [{ 'sink-org': `${SINK}x` }, /Invalid sink-org/],
    [{ 'connection-types': '' }, /Input connection-types is required. Expected one or more of logs, metrics, audit/],
    [
      { 'connection-types': 'logs,traces' },
      /Invalid connection-types: unknown 'traces'. Expected one or more of logs, metrics, audit/
    ],
    [{ 'if-exists': 'replace' }, /Invalid if-exists 'replace'. Expected one of: update, keep, fail/],
    [{ state: 'gone' }, /Invalid state 'gone'. Expected one of: present, absent/],
    [{ 'dry-run': 'yes' }, /Invalid dry-run 'yes'. Expected true or false/],
    [{ 'max-retries': '-1' }, /Invalid max-retries '-1'. Expected a whole number from 0 to 10/],
    [{ 'max-retries': '2.5' }, /Invalid max-retries/],
    [{ 'max-retries': '11' }, /Invalid max-retries/],
    [{ 'timeout-seconds': '0' }, /Invalid timeout-seconds '0'. Expected a number of seconds from 0.1 to 300/],
    [{ 'timeout-seconds': '1e3' }, /Invalid timeout-seconds/],
    [{ site: 'datadoghq.co' }, /Invalid site 'datadoghq.co'/],
    [{ 'api-url': 'http://example.com' }, /Invalid api-url/],
    [
      { 'api-key': '' },
      /Input api-key is required. Pass it from a secret .* or set the environment variable DD_API_KEY/
    ],
    [{ 'app-key': '' }, /Input app-key is required/]
  ])('refuses %j', async (override, message) => {
    await expect(read({ ...valid, ...override })).rejects.toThrow(message)
  })

  it.each([
    ['a space', 'abc def0123456789abcdef0123456789'],
    ['a line break', `${API}\nX-Injected: 1`],
    ['a non-ASCII character', `${API.slice(0, 31)}é`],
    ['a control character', `${API}\u0007`]
  ])('refuses a key with %s without echoing it', async (_, key) => {
    const message = await read({ ...valid, 'app-key': key }).then(
      () => '',
      (error: Error) => error.message
    )
    expect(message).toMatch(
      /^Input app-key is not a valid key: expected printable ASCII characters without spaces or line breaks/
    )
    expect(message).not.toContain(key.trim())
  })

  it('names the environment variable when the bad key came from there', async () => {
    await expect(read({ ...valid, 'api-key': '' }, { DD_API_KEY: 'a b' })).rejects.toThrow(
      /^Environment variable DD_API_KEY is not a valid key/
    )
  })

  it('warns when the keys look swapped, and only then', async () => {
    const { warnings } = await read({ ...valid, 'api-key': APP, 'app-key': API })
    expect(warnings.map(w => w.text())).toEqual([expect.stringMatching(/may be swapped/)])
    expect((await read(valid)).warnings).toEqual([])
  })

  it('needs no connection-types to remove a connection', async () => {
    const s = await read({ ...valid, 'connection-types': '', state: 'absent' })
    expect(s.target).toMatchObject({ wish: { state: 'absent', connectionTypes: [] } })
  })

  it('reads booleans as the YAML core schema writes them, and fractional timeouts', async () => {
    expect((await read({ ...valid, 'dry-run': 'TRUE' })).dryRun).toBe(true)
    expect((await read({ ...valid, 'dry-run': 'False' })).dryRun).toBe(false)
    expect(await read({ ...valid, 'timeout-seconds': '2.5', 'max-retries': '0' })).toMatchObject({
      timeoutMs: 2500,
      maxRetries: 0
    })
  })
})

describe('readConnectionTypes', () => {
  it('splits on commas, spaces and new lines, lower-cases and collapses duplicates in order', async () => {
    expect(readConnectionTypes('Metrics, logs\nlogs  audit,,metrics', words('connection-types'))).toEqual([
      'metrics',
      'logs',
      'audit'
    ])
  })
})

describe('rawSecrets', () => {
  it('returns both keys, from inputs or environment, and each line of a multi-line value', async () => {
    expect(rawSecrets(reader({ 'api-key': API }), { DD_APP_KEY: APP })).toEqual([API, APP])
    expect(rawSecrets(reader({ 'api-key': 'line-one\nline-two' }), {})).toEqual([
      'line-one\nline-two',
      'line-one',
      'line-two'
    ])
    expect(rawSecrets(reader({}), {})).toEqual([])
  })
})

describe('readSettings: one connection or a list, and the approval inputs', () => {
  const list = `- sink-org: ${SINK}\n  connection-types: logs\n- sink-org: ${OTHER_SINK}\n  state: absent`
  const keys = { 'api-key': valid['api-key'], 'app-key': valid['app-key'] }

  it('reads an inline list, its entries taking the step state and if-exists as defaults', async () => {
    const s = await read({ ...keys, connections: list, 'if-exists': 'keep', prune: 'true' })
    expect(s.target).toEqual({
      kind: 'list',
      origin: 'inline',
      prune: true,
      wishes: [
        { sinkOrgId: SINK, state: 'present', ifExists: 'keep', connectionTypes: ['logs'] },
        { sinkOrgId: OTHER_SINK, state: 'absent', ifExists: 'keep', connectionTypes: [] }
      ]
    })
  })

  it('reads the approval inputs', async () => {
    const digest = `sha256:${'AB'.repeat(32)}`
    const s = await read({
      ...valid,
      'dry-run': 'true',
      'fail-on-drift': 'true',
      'expected-plan-digest': digest,
      'source-org': SINK.toUpperCase(),
      'comment-on-pr': 'true',
      'github-token': 'ghs_x'
    })
    expect(s).toMatchObject({
      failOnDrift: true,
      expectedPlanDigest: digest.toLowerCase(),
      sourceOrgId: SINK,
      commentOnPr: true,
      githubToken: 'ghs_x'
    })
  })

  it.each([
    { name: 'none of sink-org, connections, connections-file', inputs: keys, error: /^Input sink-org is required/ },
    {
      name: 'two of them',
      inputs: { ...valid, connections: list },
      error: /^Inputs sink-org, connections are all set; expected exactly one of/
    },
    {
      name: 'connection-types beside a list',
      inputs: { ...keys, connections: list, 'connection-types': 'logs' },
      error: /^Input connection-types is set beside connections/
    },
    { name: 'prune without a list', inputs: { ...valid, prune: 'true' }, error: /^Input prune works with a list only/ },
    {
      name: 'fail-on-drift without dry-run',
      inputs: { ...valid, 'fail-on-drift': 'true' },
      error: /^Input fail-on-drift is true but dry-run is not/
    },
    {
      name: 'a digest of another form',
      inputs: { ...valid, 'expected-plan-digest': 'abc' },
      error: /^Invalid expected-plan-digest 'abc'/
    },
    {
      name: 'a source-org that is not a UUID',
      inputs: { ...valid, 'source-org': 'prod' },
      error: /^Invalid source-org 'prod'/
    }
  ])('refuses $name', async ({ inputs, error }) => {
    await expect(read(inputs)).rejects.toThrow(error)
  })

  it('quotes a refused input cut short', async () => {
    const error = await read({ ...valid, state: 'x'.repeat(100_000) }).catch((e: Error) => e)
    expect((error as Error).message).toMatch(/^Invalid state 'x+\.\.\. \[cut: 100000 characters in all\]'/)
    expect((error as Error).message.length).toBeLessThan(300)
  })

  it('masks the GitHub token with the keys', () => {
    expect(rawSecrets(reader({ 'api-key': API, 'app-key': APP, 'github-token': 'ghs_x' }), {})).toEqual([
      API,
      APP,
      'ghs_x'
    ])
  })
})
