import { manyOrgs } from '../../scripts/stand-in.js'
import { inputsFor, type Run, runBundle, SINK, useStandIn, ME, LIST, POST } from './harness.js'

type StandInConnection = ReturnType<ReturnType<typeof useStandIn>['current']['seed']>

const standIn = useStandIn()

describe('dist/index.js converges to what the step says', () => {
  it('re-run after a create: unchanged, same connection-id, no write', async () => {
    const first = await runBundle(inputsFor(standIn.current, { 'connection-types': 'logs metrics' }))
    const second = await runBundle(inputsFor(standIn.current, { 'connection-types': 'metrics,logs' }))
    expect([first.outputs.result, second.outputs.result]).toEqual(['created', 'unchanged'])
    expect(second.outputs['connection-id']).toBe(first.outputs['connection-id'])
    expect(second.outputs['created-at']).toBe(first.outputs['created-at'])
    expect(standIn.current.calls()).toEqual([POST, POST, LIST])
    expect(standIn.current.connections.size).toBe(1)
    expect(second.stdout).toContain('as wanted: nothing to change.')
    expect(second.outputs.changed).toBe('false')
  })

  it('if-exists update (default): one PATCH to the wanted types, names kept from the list', async () => {
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    const run = await runBundle(inputsFor(standIn.current, { 'connection-types': 'logs, audit' }))
    expect(run.outputs).toMatchObject({
      result: 'updated',
      'connection-id': existing.id,
      'connection-types': '["logs","audit"]',
      'sink-org-name': 'Acme Security',
      'source-org-name': 'Acme Production'
    })
    expect(JSON.parse(run.outputs.connection).relationships.sink_org.data.name).toBe('Acme Security')
    expect(standIn.current.calls()).toEqual([POST, LIST, `PATCH /api/v2/org_connections/${existing.id}`])
    expect(standIn.current.requests[2].body).toEqual({
      data: { type: 'org_connection', id: existing.id, attributes: { connection_types: ['logs', 'audit'] } }
    })
    expect(existing.types).toEqual(['logs', 'audit'])
    expect(run.stdout).toContain(
      `updated: Updated connection ${existing.id} to sink org Acme Security (${SINK}): types logs -> logs, audit (+audit).`
    )
    expect(run.summary).toContain(
      `| update | \`Acme Security\` (\`${SINK}\`) | \`${existing.id}\` | \`+audit\` | **updated** |`
    )
  })
})

describe('dist/index.js with state: absent', () => {
  it('deletes the connection: deleted, outputs describe what was removed; a re-run finds it absent', async () => {
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    const run = await runBundle(inputsFor(standIn.current, { state: 'absent', 'connection-types': '' }))
    expect(run.outputs).toMatchObject({ result: 'deleted', 'connection-id': existing.id })
    expect(standIn.current.calls()).toEqual([ME, LIST, `DELETE /api/v2/org_connections/${existing.id}`])
    expect(standIn.current.connections.size).toBe(0)

    const again = await runBundle(inputsFor(standIn.current, { state: 'absent' }))
    expect(again.outputs).toMatchObject({ result: 'absent', 'connection-id': '', changed: 'false' })
    expect(standIn.current.calls().slice(3)).toEqual([ME, LIST])
  })
})

/** Sink orgs of a list that holds every case of the plan, named by their case. */
const [update, keep, fail, create, remove, nothing, stray] = manyOrgs(7)
const list = [
  `- sink-org: ${update.id}\n  connection-types: logs, audit`,
  `- sink-org: ${keep.id}\n  connection-types: metrics\n  if-exists: keep`,
  `- sink-org: ${fail.id}\n  connection-types: logs\n  if-exists: fail`,
  `- sink-org: ${create.id}\n  connection-types: audit`,
  `- sink-org: ${remove.id}\n  state: absent`,
  `- sink-org: ${nothing.id}\n  state: absent`
].join('\n')

/** Each org known to the stand-in, and a connection with logs to each that is meant to exist (stray: undeclared). */
function seedAll(): Record<string, StandInConnection> {
  for (const org of [update, keep, fail, create, remove, nothing, stray]) standIn.current.orgs.set(org.id, org)
  return Object.fromEntries(
    [update, keep, fail, remove, stray].map(org => [
      org.id,
      standIn.current.seed({ sinkOrgId: org.id, types: ['logs'] })
    ])
  )
}

/** The step's inputs for the list: no sink-org and no connection-types at the step. */
function listInputs(extra: Record<string, string>): Record<string, string> {
  const inputs = inputsFor(standIn.current, { connections: list, ...extra })
  delete inputs['sink-org']
  delete inputs['connection-types']
  return inputs
}

const resultsOf = (run: Run) =>
  (JSON.parse(run.outputs.results) as { 'sink-org': string; result: string; 'connection-types': string[] }[]).map(r => [
    r['sink-org'],
    r.result,
    r['connection-types']
  ])

/**
 * Every case of the plan (planConnection's whole table is proven in plan.test.ts, the outputs of one connection in
 * report.test.ts), carried through the bundle in one run each: applied, then as a dry run with prune.
 */
describe('dist/index.js decides each case as declared', () => {
  it('applied: update, keep, same types with if-exists fail, create, delete, nothing to delete', async () => {
    const seeded = seedAll()
    const run = await runBundle(listInputs({}))
    expect(run.code).toBe(0)
    expect(resultsOf(run)).toEqual([
      [update.id, 'updated', ['logs', 'audit']],
      [keep.id, 'unchanged', ['logs']],
      [fail.id, 'unchanged', ['logs']],
      [create.id, 'created', ['audit']],
      [remove.id, 'deleted', ['logs']],
      [nothing.id, 'absent', []]
    ])
    expect(standIn.current.calls()).toEqual([
      ME,
      LIST,
      `PATCH /api/v2/org_connections/${seeded[update.id].id}`,
      POST,
      `DELETE /api/v2/org_connections/${seeded[remove.id].id}`
    ])
    expect(standIn.current.requests[2].body).toEqual({
      data: { type: 'org_connection', id: seeded[update.id].id, attributes: { connection_types: ['logs', 'audit'] } }
    })
    expect(run.stdout).toContain(
      `::warning::Connection ${seeded[keep.id].id} to sink org ${keep.id} has types logs, not the wanted metrics; ` +
        "it was left as it is because if-exists is 'keep'."
    )
    expect(run.summary).toContain('1 created, 1 updated, 1 deleted, 2 unchanged, 1 absent (nothing to delete).')
    // Prune is off: the connection the list does not name is kept.
    expect(standIn.current.connections.has(seeded[stray.id].id)).toBe(true)
  })

  it('a dry run with prune: every would- result, the types before -> after, and nothing written', async () => {
    const seeded = seedAll()
    const before = [...standIn.current.connections.values()].map(c => [c.id, [...c.types]])
    const run = await runBundle(listInputs({ 'dry-run': 'true', prune: 'true' }))
    expect(run.code).toBe(0)
    expect(resultsOf(run)).toEqual([
      [update.id, 'would-update', ['logs', 'audit']],
      [keep.id, 'unchanged', ['logs']],
      [fail.id, 'unchanged', ['logs']],
      [create.id, 'would-create', ['audit']],
      [remove.id, 'would-delete', ['logs']],
      [nothing.id, 'absent', []],
      [stray.id, 'would-delete', ['logs']]
    ])
    expect(standIn.current.calls()).toEqual([ME, LIST])
    expect([...standIn.current.connections.values()].map(c => [c.id, c.types])).toEqual(before)
    expect(run.summary).toContain('### Datadog org connections: plan (dry run)')
    // Changes first, prune deletions labelled, what stays collapsed.
    const rows = run.summary.split('\n').filter(line => /^\| (update|create|\*\*delete)/.test(line))
    expect(rows.map(row => row.split(' | ')[0])).toEqual([
      '| update',
      '| create',
      '| **delete**',
      '| **delete** (prune)'
    ])
    expect(rows[0]).toContain('| `+audit` | **would-update** |')
    expect(run.summary).toContain('<details><summary>3 with nothing to change</summary>')
    expect(run.stdout).toContain(
      `would-update: Would update connection ${seeded[update.id].id} to sink org ${update.name} (${update.id}): types logs -> logs, audit (+audit).`
    )
  })
})
