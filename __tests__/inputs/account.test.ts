import { InputError } from '../../src/errors.js'
import { type EntryDefaults, parseManifest } from '../../src/manifest.js'
import { msg } from '../../src/message.js'

// Org ids from the contract's examples (../shared/datadog/examples) and the account file.
const PROD = '4dee724d-00cc-11ea-a77b-570c9d03c6c5'
const SECURITY = '83999dcd-7f97-11f0-8de1-1ecf66f1aa85'
const STAGING = '0c1e5a3e-7f97-11f0-8de1-1ecf66f1aa85'
const FINOPS = 'c1a5e0f2-7f97-11f0-9a3b-2b7d1e4c5a6f'
const UNNAMED = '3ad549bf-eba0-11e9-a77a-0705486660d0'

const ORGS = ['orgs:', `  prod: ${PROD}`, `  staging: ${STAGING}`, `  security: ${SECURITY}`, `  finops: ${FINOPS}`]
const origin = msg`connections-file ${'.github/account.yml'}`
const parse = (lines: string[], defaults: EntryDefaults = { state: 'present', ifExists: 'update' }) =>
  parseManifest(lines.join('\n'), origin, defaults)
const refusal = (lines: string[]): Promise<string> =>
  parse(lines).then(
    () => 'accepted',
    (error: Error) => (error instanceof InputError ? error.message : `not an InputError: ${error.message}`)
  )
const file = (...connections: string[]) => [...ORGS, 'connections:', ...connections]

describe('parseManifest: an account file', () => {
  it("reads the issue's example: one wish per (source, sink) pair, with the aliases used", async () => {
    const manifest = await parse(
      file(
        '  - source-org: prod',
        '    sink-org: security',
        '    connection-types: [logs, audit]',
        '  - source-org: [prod, staging]   # one entry per source org',
        '    sink-org: finops',
        '    connection-types: [metrics]'
      )
    )
    const where = (entry: number, line: number) => `connections-file .github/account.yml, entry ${entry} (line ${line})`
    const base = { state: 'present', ifExists: 'update' }
    expect(manifest).toEqual({
      wishes: [
        {
          ...base,
          sinkOrgId: SECURITY,
          connectionTypes: ['logs', 'audit'],
          sourceOrgId: PROD,
          sinkAlias: 'security',
          sourceAlias: 'prod',
          where: where(1, 7)
        },
        {
          ...base,
          sinkOrgId: FINOPS,
          connectionTypes: ['metrics'],
          sourceOrgId: PROD,
          sinkAlias: 'finops',
          sourceAlias: 'prod',
          where: where(2, 10)
        },
        {
          ...base,
          sinkOrgId: FINOPS,
          connectionTypes: ['metrics'],
          sourceOrgId: STAGING,
          sinkAlias: 'finops',
          sourceAlias: 'staging',
          where: where(2, 10)
        }
      ],
      account: {
        aliases: { prod: PROD, staging: STAGING, security: SECURITY, finops: FINOPS },
        governed: [STAGING, PROD].sort()
      },
      warnings: []
    })
  })

  it('takes UUIDs in any case beside aliases, naming the alias a UUID has, and none for an org without one', async () => {
    const { wishes, account } = await parse(
      file(`  - source-org: ${PROD.toUpperCase()}`, `    sink-org: [security, ${UNNAMED}]`, '    state: absent')
    )
    expect(
      wishes.map(w => [w.sourceOrgId, w.sourceAlias, w.sinkOrgId, w.sinkAlias, w.state, w.connectionTypes])
    ).toEqual([
      [PROD, 'prod', SECURITY, 'security', 'absent', []],
      [PROD, 'prod', UNNAMED, undefined, 'absent', []]
    ])
    expect(wishes[1]).not.toHaveProperty('sinkAlias')
    expect(account?.governed).toEqual([PROD])
  })

  it('needs no orgs map when every org is a UUID, and takes the step state and if-exists as defaults', async () => {
    const { wishes, account } = await parse(
      ['connections:', `  - source-org: ${PROD}`, `    sink-org: ${SECURITY}`, '    connection-types: logs'],
      { state: 'present', ifExists: 'keep' }
    )
    expect(wishes).toMatchObject([
      { sourceOrgId: PROD, sinkOrgId: SECURITY, ifExists: 'keep', connectionTypes: ['logs'] }
    ])
    expect(account).toEqual({ aliases: {}, governed: [PROD] })
  })

  it('compares org aliases exactly: Prod is not prod', async () => {
    await expect(
      refusal(file('  - source-org: Prod', '    sink-org: security', '    connection-types: logs'))
    ).resolves.toContain("source-org: unknown org alias 'Prod'")
  })

  const entry = (source: string, sink: string) => [
    `  - source-org: ${source}`,
    `    sink-org: ${sink}`,
    '    connection-types: logs'
  ]
  const at = 'Invalid connections-file .github/account.yml'
  it.each([
    {
      name: 'an unknown org alias',
      lines: file(...entry('prod', 'secops')),
      error:
        `${at}, entry 1 (line 7): sink-org: unknown org alias 'secops' ` +
        '(the orgs map names prod, staging, security, finops). Expected an alias of orgs or a UUID.'
    },
    {
      name: 'a value that is neither an org alias nor a UUID',
      lines: file(...entry('prod', '"sec ops!"')),
      error: `${at}, entry 1 (line 7): sink-org 'sec ops!': neither an org alias nor a UUID. Expected an org alias (letters, digits, - and _) or an org UUID.`
    },
    {
      name: 'an org alias that is not a simple name',
      lines: ['orgs:', `  "prod org": ${PROD}`, `  security: ${SECURITY}`, 'connections:', ...entry('security', PROD)],
      error: `${at}: orgs: org alias 'prod org' is not a simple name. Expected a simple name (letters, digits, - and _), not a UUID.`
    },
    {
      name: 'an org alias that is a UUID',
      lines: ['orgs:', `  ${UNNAMED}: ${PROD}`, 'connections:', ...entry(PROD, SECURITY)],
      error: `${at}: orgs: org alias '${UNNAMED}' is not a simple name.`
    },
    {
      name: 'one UUID under two org aliases',
      lines: [...ORGS, `  production: ${PROD.toUpperCase()}`, 'connections:', ...entry('prod', 'security')],
      error: `${at}: orgs: org aliases prod and production both name org ${PROD}. Expected one alias per org.`
    },
    {
      name: 'an org alias whose value is not a UUID',
      lines: ['orgs:', '  prod: 12345', 'connections:', ...entry(PROD, SECURITY)],
      error: `${at}: orgs: org alias prod names '12345', not an org UUID.`
    },
    {
      name: 'orgs that is a list',
      lines: ['orgs: [prod]', 'connections:', ...entry(PROD, SECURITY)],
      error: `${at}: orgs: expected a map of org alias to org UUID`
    },
    {
      name: 'source and sink the same org',
      lines: file(...entry('prod', PROD)),
      error: `${at}, entry 1 (line 7): sink-org prod (${PROD}) is also its source-org.`
    },
    {
      name: 'the same pair twice in two entries',
      lines: file(...entry('prod', 'security'), ...entry('[staging, prod]', SECURITY)),
      error: `${at}: entry 1 (line 7) and entry 2 (line 10) both name source-org prod (${PROD}) with sink-org security (${SECURITY}). Expected each pair once.`
    },
    {
      name: 'the same pair twice in one entry',
      lines: file(...entry('[prod, prod]', 'security')),
      error: `${at}: entry 1 (line 7) names source-org prod (${PROD}) with sink-org security (${SECURITY}).`
    },
    {
      name: 'no source-org',
      lines: file('  - sink-org: security', '    connection-types: logs'),
      error: `${at}, entry 1 (line 7): source-org: required; expected an org alias of orgs or an org UUID, or a list of them.`
    },
    {
      name: 'an empty list of sink orgs',
      lines: file('  - source-org: prod', '    sink-org: []', '    connection-types: logs'),
      error: `${at}, entry 1 (line 7): sink-org: required`
    },
    {
      name: 'a number as an org',
      lines: file(...entry('prod', '[security, 42]')),
      error: `${at}, entry 1 (line 7): sink-org: '42', not an org alias or an org UUID.`
    },
    {
      name: 'an unknown key in an entry',
      lines: file(...entry('prod', 'security'), '    prune: true'),
      error: `${at}, entry 1 (line 7): unknown key prune. Expected only source-org, sink-org, connection-types, state, if-exists.`
    },
    {
      name: 'an unknown top-level key',
      lines: [...file(...entry('prod', 'security')), 'defaults: {}'],
      error: `${at}: unknown key defaults. Expected only orgs, connections.`
    },
    {
      name: 'no connections',
      lines: ORGS,
      error: `${at}: connections: expected a YAML list of connections, such as - source-org: prod.`
    },
    {
      name: 'a near miss of a type',
      lines: file('  - source-org: prod', '    sink-org: security', '    connection-types: [adit]'),
      error: `${at}, entry 1 (line 7): connection-types: 'adit' (did you mean 'audit'?).`
    },
    {
      name: 'a YAML alias, which is not an org alias',
      lines: file('  - source-org: &p prod', '    sink-org: *p', '    connection-types: logs'),
      error: `${at}: a YAML alias (*name) at line 8, column 15.`
    }
  ])('refuses $name, naming the entry and the key', async ({ lines, error }) => {
    const message = await refusal(lines)
    expect(message.startsWith(error) ? error : message).toBe(error)
  })

  it('reports every problem of the file at once', async () => {
    const message = await refusal([
      'orgs:',
      `  prod: ${PROD}`,
      `  prod2: ${PROD}`,
      'connections:',
      ...entry('prod', 'nowhere'),
      ...entry('prod', 'prod'),
      ...entry('staging', SECURITY)
    ])
    expect(message.split('\n')).toEqual([
      `${at}: 4 problems, each to fix:`,
      expect.stringMatching(/^ {2}.*: orgs: org aliases prod and prod2 both name org/),
      expect.stringMatching(/^ {2}.*, entry 1 \(line 5\): sink-org: unknown org alias 'nowhere'/),
      expect.stringMatching(/^ {2}.*, entry 2 \(line 8\): sink-org prod \(.*\) is also its source-org/),
      expect.stringMatching(/^ {2}.*, entry 3 \(line 11\): source-org: unknown org alias 'staging'/)
    ])
  })

  it('bounds what the file expands to: at most 1,000 (source, sink) pairs', async () => {
    const many = (n: number, offset: number) =>
      `[${Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(offset + i).padStart(12, '0')}`).join(', ')}]`
    const ok = await parse(['connections:', ...entry(many(10, 0), many(100, 100))])
    expect(ok.wishes).toHaveLength(1000)
    await expect(refusal(['connections:', ...entry(many(40, 0), many(40, 100))])).resolves.toBe(
      `${at}, entry 1 (line 2): the file expands to more than 1000 (source, sink) pairs.`
    )
  })
})
