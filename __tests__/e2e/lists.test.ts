/** Many connections in one step: a reviewed list, reconciled with one listing. */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../../scripts/runner.js'
import { expectFailure, inputsFor, runBundle, SINK, SINK_ORGS, useStandIn } from './harness.js'
import { SOURCE_ORG } from '../../scripts/stand-in.js'

const standIn = useStandIn()

const ME = 'GET /api/v2/current_user'
const LIST = 'GET /api/v2/org_connections'
const POST = 'POST /api/v2/org_connections'
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
    expect(first.summary).toContain('| List | `.github/datadog-org-connections.yml` |')
    expect(first.stdout.split('\n').filter(line => line.startsWith('created: '))).toHaveLength(2)

    const again = await runBundle(inputs, inWorkspace)
    expect(standIn.current.calls().slice(4)).toEqual([ME, LIST])
    expect(again.outputs.changed).toBe('false')
    expect(again.outputs['plan-digest']).not.toBe(first.outputs['plan-digest'])
    expect(again.summary).toContain('2 unchanged.')
  })

  it('refuses a path out of the workspace before any request', async () => {
    const run = await runBundle(listInputs({ 'connections-file': '../../etc/passwd' }), inWorkspace)
    expectFailure(run, /^::error::Invalid connections-file \.\.\/\.\.\/etc\/passwd: it resolves outside the workspace/)
    expect(standIn.current.requests).toHaveLength(0)
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

  it('plans a dry run with prune, and writes nothing', async () => {
    standIn.current.seed({ sinkOrgId: THIRD, types: ['logs'] })
    const run = await runBundle(listInputs({ connections: list, prune: 'true', 'dry-run': 'true' }))
    expect(run.code).toBe(0)
    expect(standIn.current.calls()).toEqual([ME, LIST])
    expect(run.summary).toContain('2 to create, 1 to delete.')
    expect(JSON.parse(run.outputs.plan).changes.map((c: { action: string }) => c.action)).toEqual([
      'create',
      'create',
      'delete'
    ])
  })

  it('names every refused entry and writes nothing', async () => {
    standIn.current.seed({ sinkOrgId: SINK, types: ['audit'] })
    standIn.current.seed({ sinkOrgId: OTHER, types: ['logs'] })
    standIn.current.seed({ sinkOrgId: OTHER, types: ['logs'] })
    const run = await runBundle(listInputs({ connections: list, 'if-exists': 'fail' }))
    expectFailure(
      run,
      new RegExp(
        `^::error::2 entries were refused, so nothing was written: .*${SINK}.*Found 2 connections to sink org ${OTHER}`
      )
    )
    expect(standIn.current.calls()).toEqual([ME, LIST])
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
    expect(run.summary).toContain('### Datadog org connection: failed')
  })

  it('refuses an unknown key, naming the entry and the key, before any request', async () => {
    const run = await runBundle(listInputs({ connections: `- sink-org: ${SINK}\n  conection-types: logs` }))
    expectFailure(run, /^::error::Invalid connections, entry 1: unknown key conection-types/)
    expect(standIn.current.requests).toHaveLength(0)
  })

  it('refuses connection-types at the step beside a list, and prune without one', async () => {
    const both = await runBundle({ ...listInputs({ connections: list }), 'connection-types': 'logs' })
    expectFailure(both, /^::error::Input connection-types is set beside connections/)
    const prune = await runBundle(inputsFor(standIn.current, { prune: 'true' }))
    expectFailure(prune, /^::error::Input prune works with a list only/)
    expect(standIn.current.requests).toHaveLength(0)
  })

  it('reads a list from a file it wrote into a workspace of its own', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'workspace-'))
    writeFileSync(join(workspace, 'orgs.json'), JSON.stringify([{ 'sink-org': SINK, 'connection-types': ['audit'] }]))
    const run = await runBundle(listInputs({ 'connections-file': 'orgs.json' }), { GITHUB_WORKSPACE: workspace })
    expect(JSON.parse(run.outputs.results)[0]).toMatchObject({ result: 'created', 'connection-types': ['audit'] })
  })
})
