/**
 * Adopting what exists and governing a whole account from one file, through the bundle: export then re-import, one
 * account file applied with the keys of two orgs, keys of an org the file does not govern, aliases where people read
 * and UUIDs where machines do, and every problem of a file reported at once. How the file is read and its aliases
 * resolved is proven by the unit tests of the inputs (inputs/*.test.ts), export's format by export.test.ts.
 */
import { keyPair, SOURCE_ORG } from '../../scripts/stand-in.js'
import {
  expectFailure,
  inputsFor,
  KEYS,
  type Run,
  runBundle,
  SINK,
  SINK_ORGS,
  type StandIn,
  useStandIn,
  ME,
  LIST,
  POST
} from './harness.js'

const STAGING = { id: '0c1e5a3e-7f97-11f0-8de1-1ecf66f1aa85', name: 'Acme Staging' }
const OTHER = SINK_ORGS[1].id
const THIRD = 'e2e2e2e2-0000-4000-8000-000000000003'
/** Keys of the staging org, and of the security org (which account files name only as a sink). */
const STAGING_KEYS = { ...keyPair(1), orgId: STAGING.id }
const SINK_KEYS = { ...keyPair(2), orgId: SINK }

const standIn = useStandIn({ orgs: [STAGING], keys: [KEYS, STAGING_KEYS, SINK_KEYS] })

const writes = (s: StandIn): string[] => s.calls().filter(call => !call.startsWith('GET '))

interface ResultObject {
  'sink-org': string
  'sink-org-alias'?: string
  'source-org-alias'?: string
  result: string
}
const results = (run: Run) => JSON.parse(run.outputs.results) as ResultObject[]

/** The step's inputs for a list, with `keys` (the prod org's by default): no sink-org and no connection-types. */
function listInputs(extra: Record<string, string>, keys: { api: string; app: string } = KEYS): Record<string, string> {
  const inputs = inputsFor(standIn.current, { 'api-key': keys.api, 'app-key': keys.app, ...extra })
  delete inputs['sink-org']
  delete inputs['connection-types']
  return inputs
}

describe('dist/index.js with export, then the exported list re-imported', () => {
  it('exports only the org’s own connections, sorted and named, writes nothing; a dry run with prune changes nothing', async () => {
    const s = standIn.current
    // A name chosen by another org's admin that tries to end its comment and add an entry.
    s.orgs.set(OTHER, { id: OTHER, name: `Acme Analytics\n- sink-org: ${THIRD}\n  connection-types: [logs]` })
    s.seed({ sinkOrgId: OTHER, types: ['metrics'] })
    s.seed({ sinkOrgId: SINK, types: ['logs', 'audit'] })
    // Made TO this org by another org, and one between two other orgs: never exported, never pruned. The listing
    // ignores its filter, so it is the action that must leave them out.
    s.seed({ sourceOrgId: THIRD, types: ['logs'] })
    s.seed({ sourceOrgId: STAGING.id, sinkOrgId: SINK, types: ['logs'] })
    s.listing.ignoreFilter = true

    const exported = await runBundle(listInputs({ export: 'true' }))
    expect(exported.code).toBe(0)
    expect(s.calls()).toEqual([ME, LIST])
    expect(s.requests[1].query).toMatchObject({ source_org_id: SOURCE_ORG.id })
    const yaml = exported.outputs['connections-yaml']
    const lines = yaml.split('\n')
    expect(lines.filter(line => !line.startsWith('#'))).toEqual([
      `- sink-org: ${SINK} # Acme Security`,
      '  connection-types: [audit, logs]',
      `- sink-org: ${OTHER} # Acme Analytics - sink-org: ${THIRD}   connection-types: [logs]`,
      '  connection-types: [metrics]',
      ''
    ])
    expect(lines[0]).toContain(`Acme Production (${SOURCE_ORG.id})`)
    expect(exported.outputs).toMatchObject({ changed: 'false', results: '[]', 'failure-reason': '' })
    expect(exported.summary).toContain('### Datadog org connections: export')
    expect(exported.summary).toContain(
      `2 connection(s), in the format of connections-file:\n\n\`\`\`yaml\n${yaml.trimEnd()}\n\`\`\``
    )
    expect(writes(s)).toEqual([])

    const planned = await runBundle(listInputs({ connections: yaml, prune: 'true', 'dry-run': 'true' }))
    expect(planned.code).toBe(0)
    expect(s.calls().slice(2)).toEqual([ME, LIST])
    expect(planned.outputs.changed).toBe('false')
    expect(results(planned).map(r => [r['sink-org'], r.result])).toEqual([
      [SINK, 'unchanged'],
      [OTHER, 'unchanged']
    ])
    expect(planned.summary).toContain('**2 unchanged.**')
    expect(writes(s)).toEqual([])
  })
})

/** Two source orgs (prod, staging) sharing with two sink orgs, and an entry that removes one (finops). */
const ACCOUNT = [
  'orgs:',
  `  prod: ${SOURCE_ORG.id}`,
  `  staging: ${STAGING.id}`,
  `  security: ${SINK}`,
  `  analytics: ${OTHER}`,
  `  finops: ${THIRD}`,
  'connections:',
  '  - source-org: prod',
  '    sink-org: security',
  '    connection-types: [logs, audit]',
  '  - source-org: [prod, staging]',
  '    sink-org: analytics',
  '    connection-types: [metrics]',
  '  - source-org: prod',
  '    sink-org: finops',
  '    state: absent',
  '  - source-org: staging',
  '    sink-org: security',
  '    connection-types: logs'
].join('\n')

describe('dist/index.js with an account file', () => {
  it('applied with the keys of prod, then of staging: each run reads and writes only its own entries, in aliases', async () => {
    const s = standIn.current
    const staged = s.seed({ sourceOrgId: STAGING.id, sinkOrgId: SINK, types: ['logs'] })

    const prod = await runBundle(listInputs({ connections: ACCOUNT, prune: 'true' }))
    expect(prod.code).toBe(0)
    expect(s.calls()).toEqual([ME, LIST, POST, POST])
    expect(s.requests[1].query).toMatchObject({ source_org_id: SOURCE_ORG.id })
    expect(s.requests.slice(2).map(r => (r.body as { data: { relationships: unknown } }).data.relationships)).toEqual([
      { sink_org: { data: { type: 'orgs', id: SINK } } },
      { sink_org: { data: { type: 'orgs', id: OTHER } } }
    ])
    expect(results(prod).map(r => [r['sink-org-alias'], r['sink-org'], r.result])).toEqual([
      ['security', SINK, 'created'],
      ['analytics', OTHER, 'created'],
      ['finops', THIRD, 'absent']
    ])
    // What a connection made here names as its source (the entry without a connection: see the dry run below).
    expect(
      results(prod)
        .slice(0, 2)
        .map(r => r['source-org-alias'])
    ).toEqual(['prod', 'prod'])
    expect(prod.summary).toContain('- **Entries of other source orgs (neither read nor written)**: 2')
    expect(prod.summary).toContain(`| create | \`security\`: \`Acme Security\` (\`${SINK}\`) |`)
    expect(prod.stdout).toContain(`created: Created a connection to sink org security: Acme Security (${SINK})`)
    // The plan and its digest stay in UUIDs: an alias renamed in review does not change what was approved.
    const plan = JSON.parse(prod.outputs.plan) as { org: string; changes: { 'sink-org': string }[] }
    expect(plan.org).toBe(SOURCE_ORG.id)
    expect(plan.changes.map(c => c['sink-org'])).toEqual([SINK, OTHER, THIRD])
    expect(prod.outputs.plan).not.toMatch(/prod|staging|security|analytics|finops/)
    expect(s.connections.get(staged.id)?.types).toEqual(['logs'])

    const staging = await runBundle(
      listInputs({ connections: ACCOUNT, prune: 'true', 'source-org': 'staging' }, STAGING_KEYS)
    )
    expect(staging.code).toBe(0)
    expect(s.calls().slice(4)).toEqual([ME, LIST, POST])
    expect(s.requests[5].query).toMatchObject({ source_org_id: STAGING.id })
    expect(results(staging).map(r => [r['source-org-alias'], r['sink-org-alias'], r.result])).toEqual([
      ['staging', 'analytics', 'created'],
      ['staging', 'security', 'unchanged']
    ])
    expect(staging.outputs['source-org-id']).toBe(STAGING.id)
    expect(staging.summary).toContain('- **Entries of other source orgs (neither read nor written)**: 3')
    const bySource = [...s.connections.values()].map(c => `${c.sourceOrg.id} ${c.sinkOrg.id} ${c.types.join(',')}`)
    expect(bySource.sort()).toEqual(
      [
        `${SOURCE_ORG.id} ${SINK} logs,audit`,
        `${SOURCE_ORG.id} ${OTHER} metrics`,
        `${STAGING.id} ${SINK} logs`,
        `${STAGING.id} ${OTHER} metrics`
      ].sort()
    )
  })

  it('a dry run: the alias of the source org in every results object and in the summary; the plan in UUIDs', async () => {
    const run = await runBundle(listInputs({ connections: ACCOUNT, 'dry-run': 'true' }))
    expect(run.code).toBe(0)
    expect(standIn.current.calls()).toEqual([ME, LIST])
    expect(run.summary).toContain(
      `| create | \`security\` (\`${SINK}\`) | (new) | \`+logs\`, \`+audit\` | **would-create** |`
    )
    expect(run.outputs.plan).not.toMatch(/prod|security|analytics|finops/)
    // Every entry planned here is prod's (the keys' org, the source of each): each object and the summary say so,
    // whether a connection exists yet or not.
    const sourceLine = run.summary.split('\n').find(line => line.startsWith('- **Source org**'))
    expect({
      results: results(run).map(r => [r['source-org-alias'], r['sink-org-alias'], r.result]),
      sourceLine
    }).toEqual({
      results: [
        ['prod', 'security', 'would-create'],
        ['prod', 'analytics', 'would-create'],
        ['prod', 'finops', 'absent']
      ],
      sourceLine: `- **Source org**: \`prod\`: \`Acme Production\` (\`${SOURCE_ORG.id}\`)`
    })
  })

  it('refuses the keys of an org it names only as a sink, naming the org, before any write', async () => {
    standIn.current.seed({ sinkOrgId: OTHER, types: ['logs'] })
    const run = await runBundle(listInputs({ connections: ACCOUNT, prune: 'true' }, SINK_KEYS))
    expectFailure(
      run,
      new RegExp(
        `^::error::The keys belong to org ${SINK} \\(Acme Security\\), which is the source of no entry of inline`
      )
    )
    expect(run.outputs['failure-reason']).toBe('wrong-org')
    expect(standIn.current.calls()).toEqual([ME])
    expect(standIn.current.connections.size).toBe(1)
  })

  it('reports an unknown org alias and a source that is its own sink at once, naming entry and key, sending nothing', async () => {
    const file = [
      'orgs:',
      `  prod: ${SOURCE_ORG.id}`,
      `  security: ${SINK}`,
      'connections:',
      '  - source-org: prod',
      '    sink-org: secuirty',
      '    connection-types: logs',
      '  - source-org: security',
      '    sink-org: security',
      '    connection-types: logs'
    ].join('\n')
    const run = await runBundle(listInputs({ connections: file }))
    expectFailure(run, /^::error::Invalid connections: 2 problems, each to fix:/)
    const error = run.stdout.split('\n').find(line => line.startsWith('::error::')) ?? ''
    expect(error.split('%0A').slice(1)).toEqual([
      expect.stringMatching(/^ {2}Invalid connections, entry 1 \(line 5\): sink-org: unknown org alias 'secuirty' /),
      expect.stringMatching(
        new RegExp(
          `^ {2}Invalid connections, entry 2 \\(line 8\\): sink-org security \\(${SINK}\\) is also its source-org`
        )
      )
    ])
    expect(run.outputs).toEqual({ 'failure-reason': 'invalid-input' })
    expect(standIn.current.requests).toEqual([])
  })
})
