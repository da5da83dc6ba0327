/**
 * Many connections in one step: a reviewed list, reconciled with one listing. How a list is read and refused is
 * proven by manifest.test.ts and settings.test.ts, how it is planned by plan.test.ts and apply.test.ts; every case
 * of a list through the bundle is in idempotency.test.ts.
 */
import { ROOT } from '../../scripts/runner.js'
import { inputsFor, runBundle, SINK, SINK_ORGS, useStandIn, ME, LIST, POST } from './harness.js'
import { SOURCE_ORG } from '../../scripts/stand-in.js'

const standIn = useStandIn()

const OTHER = SINK_ORGS[1].id
const THIRD = 'e2e2e2e2-0000-4000-8000-000000000003'

/** The step's inputs for a list: no sink-org and no connection-types at the step. */
function listInputs(extra: Record<string, string>): Record<string, string> {
  const inputs = inputsFor(standIn.current, extra)
  delete inputs['sink-org']
  delete inputs['connection-types']
  return inputs
}
const inWorkspace = { GITHUB_WORKSPACE: ROOT }

describe('dist/index.js with connections-file', () => {
  it('creates every entry of the repository example, then a re-run reads twice and writes nothing', async () => {
    const inputs = listInputs({ 'connections-file': '.github/datadog-org-connections.yml' })
    const first = await runBundle(inputs, inWorkspace)
    expect(first.code).toBe(0)
    expect(standIn.current.calls()).toEqual([ME, LIST, POST, POST])
    expect(standIn.current.requests[1].query).toMatchObject({ source_org_id: SOURCE_ORG.id })
    const results = JSON.parse(first.outputs.results) as {
      'sink-org': string
      result: string
      'connection-types': string[]
    }[]
    expect(results.map(r => [r['sink-org'], r.result, r['connection-types']])).toEqual([
      [SINK, 'created', ['logs', 'audit']],
      [OTHER, 'created', ['metrics']]
    ])
    expect(first.outputs).toMatchObject({
      changed: 'true',
      'connection-id': '',
      result: '',
      connection: '',
      'source-org-id': SOURCE_ORG.id,
      'source-org-name': SOURCE_ORG.name
    })
    expect(first.summary).toContain('2 created.')
    expect(first.summary).toContain('- **List**: `.github/datadog-org-connections.yml`')
    expect(first.stdout.split('\n').filter(line => line.startsWith('created: '))).toHaveLength(2)

    const again = await runBundle(inputs, inWorkspace)
    expect(standIn.current.calls().slice(4)).toEqual([ME, LIST])
    expect(again.outputs.changed).toBe('false')
    expect(again.outputs['plan-digest']).not.toBe(first.outputs['plan-digest'])
    expect(again.summary).toContain('2 unchanged.')
  })
})

describe('dist/index.js with connections inline', () => {
  const list = `- sink-org: ${SINK}\n  connection-types: logs\n- sink-org: ${OTHER}\n  connection-types: [metrics]`

  it('prunes what the list does not name, after the list, and never touches connections made to this org', async () => {
    const stray = standIn.current.seed({ sinkOrgId: THIRD, types: ['logs'] })
    const incoming = standIn.current.seed({ sourceOrgId: THIRD, types: ['logs'] })
    const kept = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    const run = await runBundle(listInputs({ connections: list, prune: 'true' }))
    expect(run.code).toBe(0)
    expect(standIn.current.calls()).toEqual([ME, LIST, POST, `DELETE /api/v2/org_connections/${stray.id}`])
    expect(JSON.parse(run.outputs.results).map((r: { result: string }) => r.result)).toEqual([
      'unchanged',
      'created',
      'deleted'
    ])
    expect(standIn.current.connections.has(stray.id)).toBe(false)
    expect(standIn.current.connections.get(kept.id)?.types).toEqual(['logs'])
    expect(standIn.current.connections.has(incoming.id)).toBe(true)
    expect(run.summary).toContain('1 created, 1 deleted, 1 unchanged.')
  })

  it('goes on after a failed entry, then fails with one line per failed entry', async () => {
    standIn.current.fault({ method: 'POST', status: 403, body: { errors: ['Forbidden'] } })
    const run = await runBundle(listInputs({ connections: list, 'max-retries': '0' }))
    expect(run.code).toBe(1)
    expect(standIn.current.calls()).toEqual([ME, LIST, POST, POST])
    const error = run.stdout.split('\n').find(line => line.startsWith('::error::')) ?? ''
    expect(error).toMatch(
      new RegExp(
        `^::error::1 of 2 connections failed; the others were applied \\(see results\\)\\.%0Asink org ${SINK}: Datadog answered 403`
      )
    )
    const results = JSON.parse(run.outputs.results) as { result: string; error?: string }[]
    expect(results.map(r => r.result)).toEqual(['failed', 'created'])
    expect(results[0].error).toMatch(/^Datadog answered 403 Forbidden/)
    expect(run.summary).toContain('### Datadog org connections: failed')
  })
})
