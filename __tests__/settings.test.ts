import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readSettings, rawSecrets, type Env } from '../src/settings.js'
import { KEYS, SINK, OTHER_SINK, SOURCE_ORG } from './fixtures/index.js'

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
      approval: { required: false },
      failOnDrift: false,
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
      { 'connection-types': 'logs,metric' },
      /^Invalid connection-types: 'metric' \(did you mean 'metrics'\?\)\. Expected one or more of logs, metrics, audit/
    ],
    [{ 'connection-types': 'logs APM!' }, /^Invalid connection-types: 'APM!' \(not a type name/],
    [{ 'connection-types': '["logs",' }, /^Invalid connection-types '\["logs",': not a JSON array of names/],
    [{ 'if-exists': 'replace' }, /Invalid if-exists 'replace'. Expected one of: update, keep, fail \(default update\)/],
    [{ state: 'gone' }, /Invalid state 'gone'. Expected one of: present, absent \(default present\)/],
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
        {
          sinkOrgId: SINK,
          state: 'present',
          ifExists: 'keep',
          connectionTypes: ['logs'],
          where: 'connections, entry 1 (line 1)'
        },
        {
          sinkOrgId: OTHER_SINK,
          state: 'absent',
          ifExists: 'keep',
          connectionTypes: [],
          where: 'connections, entry 2 (line 3)'
        }
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
      approval: { expectedDigest: digest.toLowerCase(), required: false },
      sourceOrg: { id: SINK },
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
      name: 'a source-org that is not a UUID, without an account file',
      inputs: { ...valid, 'source-org': 'prod' },
      error: /^Invalid source-org 'prod': not a UUID; an org alias is read only with an account file/
    },
    {
      name: 'export beside a sink-org',
      inputs: { ...valid, export: 'true' },
      error: /^Input export is true beside sink-org: an export only reads/
    },
    {
      name: 'export beside a list and prune',
      inputs: { ...keys, connections: list, prune: 'true', export: 'true' },
      error: /^Input export is true beside connections, prune:/
    },
    { name: 'export that is not a boolean', inputs: { ...keys, export: 'yes' }, error: /^Invalid export 'yes'/ }
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

describe('readSettings: connection types', () => {
  it('passes a type this version does not know, in lower case, with a warning naming it', async () => {
    const s = await read({ ...valid, 'connection-types': 'logs apm' })
    expect(s.target).toMatchObject({ wish: { connectionTypes: ['logs', 'apm'] } })
    expect(s.warnings.map(w => w.text())).toEqual([
      'connection-types: this version does not know the connection type apm (it knows logs, metrics, audit). ' +
        'Sent to Datadog as written: Datadog decides whether it exists.'
    ])
  })

  it("takes the connection-types output's JSON array back as the input", async () => {
    const s = await read({ ...valid, 'connection-types': '["logs","metrics"]' })
    expect(s.target).toMatchObject({ wish: { connectionTypes: ['logs', 'metrics'] } })
    expect(s.warnings).toEqual([])
  })

  it('warns once for a list, naming each unknown type once', async () => {
    const list = `- sink-org: ${SINK}\n  connection-types: [logs, apm]\n- sink-org: ${OTHER_SINK}\n  connection-types: apm rum`
    const s = await read({ 'api-key': KEYS.api, 'app-key': KEYS.app, connections: list })
    expect(s.warnings.map(w => w.text())).toEqual([
      expect.stringMatching(/^connections: this version does not know the connection types apm, rum \(it knows/)
    ])
  })
})

describe('readSettings: export', () => {
  const keys = { 'api-key': KEYS.api, 'app-key': KEYS.app }

  it('reads export alone, with the runner-set defaults of state, if-exists and prune', async () => {
    const s = await read({ ...keys, export: 'true', state: 'present', 'if-exists': 'update', prune: 'false' })
    expect(s.target).toEqual({ kind: 'export' })
  })

  it('is off by default', async () => {
    expect((await read({ ...keys, export: 'false', 'sink-org': SINK, 'connection-types': 'logs' })).target.kind).toBe(
      'single'
    )
  })
})

describe('readSettings: approval', () => {
  const plan = JSON.stringify({
    site: 'https://api.datadoghq.com',
    org: SOURCE_ORG.id,
    changes: [{ 'sink-org': SINK, action: 'create', 'connection-id': null, from: null, to: ['logs'] }]
  })

  it('reads approved-plan into its document, and require-approval', async () => {
    const s = await read({ ...valid, 'approved-plan': plan, 'require-approval': 'true' })
    expect(s.approval).toEqual({ approvedPlan: JSON.parse(plan) as unknown, required: true })
  })

  it.each([
    ['approved-plan', { 'approved-plan': plan }],
    ['expected-plan-digest', { 'expected-plan-digest': `sha256:${'0'.repeat(64)}` }]
  ])('lets require-approval pass with %s alone', async (_, inputs) => {
    await expect(read({ ...valid, ...inputs, 'require-approval': 'true' })).resolves.toMatchObject({
      approval: { required: true }
    })
  })

  it('fails closed when require-approval is true and both approval inputs are empty, saying how to wire them', async () => {
    const error = await read({ ...valid, 'require-approval': 'true', 'expected-plan-digest': '' }).catch(
      (e: Error) => e
    )
    expect((error as Error).message).toMatch(
      /^Input require-approval is true but approved-plan and expected-plan-digest are both empty: the gate fails closed/
    )
    expect((error as Error).message).toContain('approved-plan: ${{ needs.plan.outputs.plan }}')
  })

  it('refuses a require-approval that is not a boolean', async () => {
    await expect(read({ ...valid, 'require-approval': 'yes' })).rejects.toThrow(/^Invalid require-approval 'yes'/)
  })
})

describe('readSettings: account files and source-org', () => {
  const PROD = SOURCE_ORG.id
  const STAGING = '3ad549bf-eba0-11e9-a77a-0705486660d0'
  const account = [
    'orgs:',
    `  prod: ${PROD}`,
    `  staging: ${STAGING}`,
    `  security: ${SINK}`,
    'connections:',
    '  - source-org: [prod, staging]',
    '    sink-org: security',
    '    connection-types: [logs]'
  ].join('\n')
  const keys = { 'api-key': KEYS.api, 'app-key': KEYS.app }
  const workspace = mkdtempSync(join(tmpdir(), 'account-'))
  writeFileSync(join(workspace, 'account.yml'), account)

  it('reads an account file from connections-file, its aliases and governed orgs', async () => {
    const s = await read({ ...keys, 'connections-file': 'account.yml' }, { GITHUB_WORKSPACE: workspace })
    expect(s.target).toMatchObject({
      kind: 'list',
      origin: 'account.yml',
      prune: false,
      account: { aliases: { prod: PROD, staging: STAGING, security: SINK }, governed: [PROD, STAGING].sort() }
    })
    expect(s.target.kind === 'list' && s.target.wishes.map(w => [w.sourceAlias, w.sinkAlias])).toEqual([
      ['prod', 'security'],
      ['staging', 'security']
    ])
  })

  it.each([
    ['an org alias', 'staging', { id: STAGING, alias: 'staging' }],
    ['a UUID that has an org alias', PROD.toUpperCase(), { id: PROD, alias: 'prod' }]
  ])('resolves source-org given as %s', async (_, sourceOrg, expected) => {
    const s = await read({ ...keys, connections: account, 'source-org': sourceOrg })
    expect(s.sourceOrg).toEqual(expected)
  })

  it.each([
    [
      'an unknown org alias',
      'finops',
      /^Invalid source-org 'finops': not a UUID, nor an org alias of the account file \(its orgs: prod, staging, security\)/
    ],
    [
      'an org that is only a sink',
      'security',
      /^Invalid source-org security \(83999dcd-[0-9a-f-]+\): the account file has no entry with it as source-org/
    ],
    [
      'an org the file does not name',
      OTHER_SINK,
      /^Invalid source-org c1a5e0f2-[0-9a-f-]+: the account file has no entry/
    ],
    [
      'an alias that is a prototype name',
      'constructor',
      /^Invalid source-org 'constructor': not a UUID, nor an org alias/
    ]
  ])('refuses source-org given as %s', async (_, sourceOrg, error) => {
    await expect(read({ ...keys, connections: account, 'source-org': sourceOrg })).rejects.toThrow(error)
  })

  it('keeps a plain list as it was: no account, wishes without a source org', async () => {
    const s = await read({ ...keys, connections: `- sink-org: ${SINK}\n  connection-types: logs`, 'source-org': PROD })
    expect(s.target).not.toHaveProperty('account')
    expect(s.target.kind === 'list' && s.target.wishes[0]).not.toHaveProperty('sourceOrgId')
    expect(s.sourceOrg).toEqual({ id: PROD })
  })

  it('refuses connection-types beside an account file, as beside a list', async () => {
    await expect(read({ ...keys, connections: account, 'connection-types': 'logs' })).rejects.toThrow(
      /^Input connection-types is set beside connections/
    )
  })
})
