import { readConnectionTypes, readSettings, rawSecrets, type Env } from '../src/settings.js'

const API = '0123456789abcdef0123456789abcdef'
const APP = 'fedcba9876543210fedcba9876543210fedcba98'
const SINK = '83999dcd-7f97-11f0-8de1-1ecf66f1aa85'

/** Behaves like core.getInput: trims, '' when unset. */
function reader(inputs: Record<string, string>) {
  return (name: string) => (inputs[name] ?? '').trim()
}
const valid = { 'api-key': API, 'app-key': APP, 'sink-org': SINK, 'connection-types': 'logs' }
const read = (inputs: Record<string, string>, env: Env = {}) => readSettings(reader(inputs), env)

describe('readSettings', () => {
  it('reads a minimal step with every default', () => {
    expect(read(valid)).toEqual({
      apiKey: API,
      appKey: APP,
      baseUrl: 'https://api.datadoghq.com',
      siteLabel: 'datadoghq.com',
      sinkOrgId: SINK,
      connectionTypes: ['logs'],
      ifExists: 'update',
      state: 'present',
      dryRun: false,
      maxRetries: 5,
      timeoutMs: 30_000,
      warnings: []
    })
  })

  it('takes keys and site from DD_API_KEY, DD_APP_KEY and DD_SITE when the inputs are empty', () => {
    const s = read(
      { 'sink-org': SINK, 'connection-types': 'logs' },
      { DD_API_KEY: API, DD_APP_KEY: APP, DD_SITE: 'datadoghq.eu' }
    )
    expect([s.apiKey, s.appKey, s.baseUrl]).toEqual([API, APP, 'https://api.datadoghq.eu'])
  })

  it('prefers the inputs over the environment', () => {
    const s = read({ ...valid, site: 'us5.datadoghq.com' }, { DD_API_KEY: 'x'.repeat(32), DD_SITE: 'datadoghq.eu' })
    expect([s.apiKey, s.baseUrl]).toEqual([API, 'https://api.us5.datadoghq.com'])
  })

  it('lets api-url override the site, labels the target by its host, and warns that the site is unused', () => {
    const s = read({ ...valid, site: 'datadoghq.eu', 'api-url': 'http://127.0.0.1:8126/' })
    expect([s.baseUrl, s.siteLabel]).toEqual(['http://127.0.0.1:8126', '127.0.0.1:8126'])
    expect(s.warnings).toEqual([
      expect.stringMatching(
        /^Both site and api-url are set: requests go to api-url \(127\.0\.0\.1:8126\), and site 'datadoghq\.eu' is not used/
      )
    ])
  })

  it('ignores DD_SITE when api-url is set, but still checks a site input', () => {
    expect(read({ ...valid, 'api-url': 'https://gw.example.com' }, { DD_SITE: 'whatever' }).baseUrl).toBe(
      'https://gw.example.com'
    )
    expect(() => read({ ...valid, 'api-url': 'https://gw.example.com', site: 'datadoghq.co' })).toThrow(/Invalid site/)
  })

  it('lower-cases the sink org', () => {
    expect(read({ ...valid, 'sink-org': ` ${SINK.toUpperCase()} ` }).sinkOrgId).toBe(SINK)
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
  ])('refuses %j', (override, message) => {
    expect(() => read({ ...valid, ...override })).toThrow(message)
  })

  it.each([
    ['a space', 'abc def0123456789abcdef0123456789'],
    ['a line break', `${API}\nX-Injected: 1`],
    ['a non-ASCII character', `${API.slice(0, 31)}é`],
    ['a control character', `${API}\u0007`]
  ])('refuses a key with %s without echoing it', (_, key) => {
    let message = ''
    try {
      read({ ...valid, 'app-key': key })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(
      /^Input app-key is not a valid key: expected printable ASCII characters without spaces or line breaks/
    )
    expect(message).not.toContain(key.trim())
  })

  it('names the environment variable when the bad key came from there', () => {
    expect(() => read({ ...valid, 'api-key': '' }, { DD_API_KEY: 'a b' })).toThrow(
      /^Environment variable DD_API_KEY is not a valid key/
    )
  })

  it('warns when the keys look swapped, and only then', () => {
    expect(read({ ...valid, 'api-key': APP, 'app-key': API }).warnings).toEqual([
      expect.stringMatching(/may be swapped/)
    ])
    expect(read(valid).warnings).toEqual([])
  })

  it('needs no connection-types to remove a connection', () => {
    const s = read({ ...valid, 'connection-types': '', state: 'absent' })
    expect([s.state, s.connectionTypes]).toEqual(['absent', []])
  })

  it('reads booleans as the YAML core schema writes them, and fractional timeouts', () => {
    expect(read({ ...valid, 'dry-run': 'TRUE' }).dryRun).toBe(true)
    expect(read({ ...valid, 'dry-run': 'False' }).dryRun).toBe(false)
    expect(read({ ...valid, 'timeout-seconds': '2.5', 'max-retries': '0' })).toMatchObject({
      timeoutMs: 2500,
      maxRetries: 0
    })
  })
})

describe('readConnectionTypes', () => {
  it('splits on commas, spaces and new lines, lower-cases and collapses duplicates in order', () => {
    expect(readConnectionTypes('Metrics, logs\nlogs  audit,,metrics')).toEqual(['metrics', 'logs', 'audit'])
  })
})

describe('rawSecrets', () => {
  it('returns both keys, from inputs or environment, and each line of a multi-line value', () => {
    expect(rawSecrets(reader({ 'api-key': API }), { DD_APP_KEY: APP })).toEqual([API, APP])
    expect(rawSecrets(reader({ 'api-key': 'line-one\nline-two' }), {})).toEqual([
      'line-one\nline-two',
      'line-one',
      'line-two'
    ])
    expect(rawSecrets(reader({}), {})).toEqual([])
  })
})
