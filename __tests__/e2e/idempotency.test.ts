import { expectFailure, inputsFor, runBundle, SINK, useStandIn } from './harness.js'

const standIn = useStandIn()

const LIST = 'GET /api/v2/org_connections'
const POST = 'POST /api/v2/org_connections'
const ME = 'GET /api/v2/current_user'

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
    expect(run.summary).toContain('| `logs` -> `audit`, `logs` | **updated** |')
  })

  it('if-exists keep: leaves it, warns which types differ', async () => {
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    const run = await runBundle(inputsFor(standIn.current, { 'connection-types': 'metrics', 'if-exists': 'keep' }))
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      result: 'unchanged',
      'connection-types': '["logs"]',
      'connection-id': existing.id
    })
    expect(run.stdout).toContain(
      `::warning::Connection ${existing.id} to sink org ${SINK} has types logs, not the wanted metrics; it was left as it is because if-exists is 'keep'.`
    )
    expect(standIn.current.calls()).toEqual([POST, LIST])
    expect(existing.types).toEqual(['logs'])
  })

  it('if-exists fail: fails naming the existing connection, writes nothing', async () => {
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    const run = await runBundle(inputsFor(standIn.current, { 'connection-types': 'metrics', 'if-exists': 'fail' }))
    expectFailure(
      run,
      new RegExp(`exists already \\(${existing.id}\\) with types logs, not metrics, and if-exists is 'fail'`)
    )
    expect(standIn.current.calls()).toEqual([POST, LIST])
    expect(run.outputs).toMatchObject({ result: 'failed', 'connection-id': existing.id, changed: 'false' })
  })

  it('if-exists fail with the same types: unchanged, not a failure', async () => {
    standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    const run = await runBundle(inputsFor(standIn.current, { 'if-exists': 'fail' }))
    expect(run.outputs.result).toBe('unchanged')
  })

  it('several matches: fails listing their ids, never guesses', async () => {
    const a = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    const b = standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    standIn.current.fault({ method: 'POST', status: 409, body: { errors: ['already exists'] } })
    const run = await runBundle(inputsFor(standIn.current))
    expectFailure(run, new RegExp(`Found 2 connections to sink org ${SINK} \\(${a.id}, ${b.id}\\)`))
    expect(standIn.current.calls()).toEqual([POST, LIST])
  })

  it('reads every page to find the connection', async () => {
    await standIn.restart({ pageSize: 2 })
    for (let i = 0; i < 5; i++)
      standIn.current.seed({ sinkOrgId: `aaaaaaaa-0000-4000-8000-00000000000${i}`, types: ['logs'] })
    // The list filter is applied by the stand-in, so make the sink's connection the last of a filtered set of three.
    standIn.current.seed({ sinkOrgId: SINK, types: ['audit'] })
    standIn.current.seed({ sinkOrgId: SINK, types: ['audit'] })
    const mine = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    const run = await runBundle(inputsFor(standIn.current, { state: 'absent' }))
    expectFailure(run, new RegExp(`Found 3 connections .*${mine.id}`))
    expect(standIn.current.requests.filter(r => r.path === '/api/v2/org_connections').map(r => r.query.offset)).toEqual(
      ['0', '2']
    )
  })
})

describe('dist/index.js with state: absent', () => {
  it('deletes the connection: deleted, outputs describe what was removed', async () => {
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    const run = await runBundle(inputsFor(standIn.current, { state: 'absent', 'connection-types': '' }))
    expect(run.outputs).toMatchObject({ result: 'deleted', 'connection-id': existing.id })
    expect(standIn.current.calls()).toEqual([ME, LIST, `DELETE /api/v2/org_connections/${existing.id}`])
    expect(standIn.current.connections.size).toBe(0)
  })

  it('nothing there: absent, not an error; and a re-run after a delete is absent too', async () => {
    const run = await runBundle(inputsFor(standIn.current, { state: 'absent' }))
    expect(run.outputs).toMatchObject({ result: 'absent', 'connection-id': '' })
    expect(standIn.current.calls()).toEqual([ME, LIST])
  })

  it('a 404 on DELETE: someone else removed it first, which is fine', async () => {
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    standIn.current.fault({
      method: 'DELETE',
      status: 404,
      body: { errors: [`org connection with id:${existing.id} not found not found`] }
    })
    const run = await runBundle(inputsFor(standIn.current, { state: 'absent' }))
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('absent')
  })
})

describe('dist/index.js dry-run: read-only, and never an applied result', () => {
  /**
   * `existingTypes`: the types of a connection seeded first (none when undefined); `inputs`: added to dry-run;
   * `result`, `types`: the outputs expected; `reportsId`: whether connection-id names the seeded connection.
   */
  const rows: {
    name: string
    existingTypes?: string[]
    inputs: Record<string, string>
    result: string
    reportsId: boolean
    types: string
  }[] = [
    { name: 'nothing exists', inputs: {}, result: 'would-create', reportsId: false, types: '["logs"]' },
    {
      name: 'same types',
      existingTypes: ['logs'],
      inputs: {},
      result: 'unchanged',
      reportsId: true,
      types: '["logs"]'
    },
    {
      name: 'other types, update',
      existingTypes: ['metrics'],
      inputs: {},
      result: 'would-update',
      reportsId: true,
      types: '["logs"]'
    },
    {
      name: 'other types, keep',
      existingTypes: ['metrics'],
      inputs: { 'if-exists': 'keep' },
      result: 'unchanged',
      reportsId: true,
      types: '["metrics"]'
    },
    {
      name: 'exists, absent',
      existingTypes: ['logs'],
      inputs: { state: 'absent' },
      result: 'would-delete',
      reportsId: true,
      types: '["logs"]'
    },
    { name: 'nothing, absent', inputs: { state: 'absent' }, result: 'absent', reportsId: false, types: '[]' }
  ]
  it.each(rows)('$name', async ({ existingTypes, inputs: extra, result, reportsId: id, types }) => {
    const existing = existingTypes ? standIn.current.seed({ sinkOrgId: SINK, types: existingTypes }) : undefined
    const run = await runBundle(inputsFor(standIn.current, { 'dry-run': 'true', ...extra }))
    expect(run.outputs).toMatchObject({
      result,
      'connection-id': id && existing ? existing.id : '',
      'connection-types': types
    })
    expect(standIn.current.calls()).toEqual([ME, LIST])
    expect(existing?.types ?? []).toEqual(existingTypes ?? [])
    expect(standIn.current.connections.size).toBe(existing ? 1 : 0)
    expect(run.summary).toContain('### Datadog org connection: plan (dry run)')
  })

  it('with if-exists fail and other types: fails as the applied run would', async () => {
    standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    const run = await runBundle(inputsFor(standIn.current, { 'dry-run': 'true', 'if-exists': 'fail' }))
    expectFailure(run, /if-exists is 'fail'/)
    expect(standIn.current.calls()).toEqual([ME, LIST])
  })

  it('shows the types before -> after in the summary', async () => {
    standIn.current.seed({ sinkOrgId: SINK, types: ['logs', 'metrics'] })
    const run = await runBundle(inputsFor(standIn.current, { 'dry-run': 'true', 'connection-types': 'logs audit' }))
    expect(run.summary).toContain('| `logs`, `metrics` -> `audit`, `logs` | **would-update** |')
    expect(run.stdout).toMatch(
      /would-update: Would update connection [0-9a-f-]+ to sink org .*: types logs, metrics -> logs, audit \(\+audit, -metrics\)\./
    )
  })
})
