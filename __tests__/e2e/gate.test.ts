/**
 * The gate of a gated workflow, through the bundle: plan (dry run), then apply with `approved-plan` and
 * `require-approval`, as the README's "Gated production" does with a list of sink orgs. Only approved writes are made,
 * re-runs are safe, a broken wiring fails closed, every failure path names its `failure-reason` and still writes what
 * was decided, and the summary shows reviewers the changes first. The approval rule itself is proven by
 * approval.test.ts (unit) and the digest-only gate by e2e/approval.test.ts.
 */
import { SOURCE_ORG } from '../../scripts/stand-in.js'
import {
  expectFailure,
  inputsFor,
  runBundle,
  type Run,
  SINK,
  SINK_ORGS,
  type StandIn,
  useStandIn,
  ME,
  LIST,
  POST
} from './harness.js'

const standIn = useStandIn()

const OTHER = SINK_ORGS[1].id
/** An org of the account that no list names: prune removes its connection. */
const THIRD = 'e2e2e2e2-0000-4000-8000-0000000000b3'
/** A sink org the list adds. */
const FOURTH = 'e2e2e2e2-0000-4000-8000-0000000000b4'

const writes = (s: StandIn) => s.requests.filter(r => r.method !== 'GET')
const writeCalls = (s: StandIn) => writes(s).map(r => `${r.method} ${r.path}`)

interface PlanJson {
  site: string
  org: string | null
  changes: {
    'sink-org': string
    action: string
    'connection-id': string | null
    from: string[] | null
    to: string[] | null
  }[]
}
interface ResultJson {
  'sink-org': string
  result: string
  'connection-types': string[]
  'connection-id': string
}

const results = (run: Run) =>
  (JSON.parse(run.outputs.results) as ResultJson[]).map(r => [r['sink-org'], r.result, r['connection-types']])

/** The inputs of a step with an inline list (the `connections` input): no sink-org and no types at the step. */
function listInputs(entries: [string, string[], Record<string, string>?][], extra: Record<string, string> = {}) {
  const connections = entries
    .map(([sink, types, more = {}]) =>
      [
        `- sink-org: ${sink}`,
        `  connection-types: [${types.join(', ')}]`,
        ...Object.entries(more).map(([k, v]) => `  ${k}: ${v}`)
      ].join('\n')
    )
    .join('\n')
  const inputs = inputsFor(standIn.current, { connections, ...extra })
  delete inputs['sink-org']
  delete inputs['connection-types']
  return inputs
}

/** The failure path wrote what was decided: the plan, its digest, the results, and the reason. */
function expectDecisionOutputs(run: Run, reason: string): PlanJson {
  expect(run.outputs['failure-reason']).toBe(reason)
  expect(run.outputs['plan-digest']).toMatch(/^sha256:[0-9a-f]{64}$/)
  expect(() => JSON.parse(run.outputs.results) as unknown).not.toThrow()
  return JSON.parse(run.outputs.plan) as PlanJson
}

/** Lines of the summary that are a table row with only empty cells (an empty header). */
const emptyRows = (summary: string) => summary.split('\n').filter(line => /^\|(\s*\|)+\s*$/.test(line))

/** Approvals that do not fit this run: each refused with its reason, before any write, the plan still output. */
async function expectRefusals(
  approved: PlanJson,
  digest: string,
  gated: (approvedPlan: unknown, extra?: Record<string, string>) => Record<string, string>
): Promise<void> {
  // A change edited after approval (its types): the plan now holds a create nobody approved.
  const edited = structuredClone(approved)
  edited.changes[1].to = ['logs', 'metrics']
  const tampered = await runBundle(gated(edited))
  expectFailure(
    tampered,
    new RegExp(
      `^::error::1 change\\(s\\) of this run were not approved: create ${OTHER}: .*metrics.*Nothing was written`
    )
  )
  expect(expectDecisionOutputs(tampered, 'plan-changed')).toEqual(approved)
  expect(tampered.outputs['plan-digest']).toBe(digest)

  // The same plan, but approved for another org than the keys'.
  const elsewhere = await runBundle(gated({ ...approved, org: OTHER }))
  expectFailure(
    elsewhere,
    new RegExp(`^::error::The plan was approved for org ${OTHER}, but the keys belong to org ${SOURCE_ORG.id}`)
  )
  expectDecisionOutputs(elsewhere, 'wrong-org')

  // Both inputs, from different approvals.
  const mismatch = await runBundle(gated(approved, { 'expected-plan-digest': `sha256:${'a'.repeat(64)}` }))
  expectFailure(
    mismatch,
    /^::error::approved-plan has the digest sha256:[0-9a-f]{64}, not the sha256:a{64} of expected-plan-digest/
  )
  expectDecisionOutputs(mismatch, 'plan-changed')
}

describe('dist/index.js: apply only the approved plan', () => {
  const LIST_OF_TWO: [string, string[]][] = [
    [SINK, ['logs']],
    [OTHER, ['metrics']]
  ]

  it('writes exactly the approved plan, refuses a tampered one and another org, and a re-run writes nothing', async () => {
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['audit'] })
    const plan = await runBundle(listInputs(LIST_OF_TWO, { 'dry-run': 'true' }))
    expect(plan.code).toBe(0)
    const approved = JSON.parse(plan.outputs.plan) as PlanJson
    expect(approved).toEqual({
      site: standIn.current.url,
      org: SOURCE_ORG.id,
      changes: [
        { 'sink-org': SINK, action: 'update', 'connection-id': existing.id, from: ['audit'], to: ['logs'] },
        { 'sink-org': OTHER, action: 'create', 'connection-id': null, from: null, to: ['metrics'] }
      ]
    })
    const gated = (approvedPlan: unknown, extra: Record<string, string> = {}) =>
      listInputs(LIST_OF_TWO, { 'approved-plan': JSON.stringify(approvedPlan), 'require-approval': 'true', ...extra })

    await expectRefusals(approved, plan.outputs['plan-digest'], gated)
    expect(writes(standIn.current)).toEqual([])

    const applied = await runBundle(gated(approved))
    expect(applied.code).toBe(0)
    expect(applied.outputs['failure-reason']).toBe('')
    expect(writeCalls(standIn.current)).toEqual([`PATCH /api/v2/org_connections/${existing.id}`, POST])
    expect(JSON.stringify(writes(standIn.current).map(r => r.body))).toMatch(/"logs".*"metrics"/)
    expect(results(applied)).toEqual([
      [SINK, 'updated', ['logs']],
      [OTHER, 'created', ['metrics']]
    ])
    expect(applied.summary).toContain(
      `checked against the approved plan \`${plan.outputs['plan-digest']}\` (approved-plan)`
    )

    // A re-run of the apply job (the same approval): the work is done, so nothing is written and the step succeeds.
    const before = standIn.current.requests.length
    const again = await runBundle(gated(approved))
    expect(again.code).toBe(0)
    expect(standIn.current.calls().slice(before)).toEqual([ME, LIST])
    expect(results(again)).toEqual([
      [SINK, 'unchanged', ['logs']],
      [OTHER, 'unchanged', ['metrics']]
    ])
    // Nothing changes: the unchanged rows are not hidden, and the summary says prune is off.
    expect(again.summary).toContain('**2 unchanged.**')
    expect(again.summary).not.toContain('<details>')
    expect(again.summary).toMatch(/^Apply · prune off · commit `5f1d3c2` · checked against the approved plan/m)
    expect(emptyRows(again.summary)).toEqual([])
  })

  it('finishes the approved work on a re-run after one write failed', async () => {
    const plan = await runBundle(listInputs(LIST_OF_TWO, { 'dry-run': 'true' }))
    const gated = listInputs(LIST_OF_TWO, {
      'approved-plan': plan.outputs.plan,
      'require-approval': 'true',
      'max-retries': '0'
    })
    standIn.current.fault({ method: 'POST', status: 503 })
    const partial = await runBundle(gated)
    expectFailure(partial, /^::error::1 of 2 connections failed; the others were applied/)
    expect(expectDecisionOutputs(partial, 'write-failed')).toEqual(JSON.parse(plan.outputs.plan))
    expect(partial.outputs['plan-digest']).toBe(plan.outputs['plan-digest'])
    expect(results(partial)).toEqual([
      [SINK, 'failed', ['logs']],
      [OTHER, 'created', ['metrics']]
    ])
    // max-retries 0: the 503 was the only attempt.
    expect(writeCalls(standIn.current)).toEqual([POST, POST])

    const before = standIn.current.requests.length
    const rerun = await runBundle(gated)
    expect(rerun.code).toBe(0)
    expect(standIn.current.calls().slice(before)).toEqual([ME, LIST, POST])
    expect(standIn.current.requests.at(-1)?.body).toMatchObject({
      data: { relationships: { sink_org: { data: { id: SINK } } } }
    })
    expect(results(rerun)).toEqual([
      [SINK, 'created', ['logs']],
      [OTHER, 'unchanged', ['metrics']]
    ])
  })

  it('stops, without a PATCH, when a connection appears between the read and the POST (409)', async () => {
    // The approved plan, in the shape of the plan output: create [logs].
    const approved: PlanJson = {
      site: standIn.current.url,
      org: SOURCE_ORG.id,
      changes: [{ 'sink-org': SINK, action: 'create', 'connection-id': null, from: null, to: ['logs'] }]
    }
    let appeared = ''
    standIn.current.fault({
      method: 'POST',
      status: 409,
      body: () => {
        appeared = standIn.current.seed({ sinkOrgId: SINK, types: ['metrics', 'audit'] }).id
        return { errors: ['Org connection already exists'] }
      }
    })
    const run = await runBundle(
      inputsFor(standIn.current, { 'approved-plan': JSON.stringify(approved), 'require-approval': 'true' })
    )
    expectFailure(
      run,
      new RegExp(
        `^::error::1 change\\(s\\) of this run were not approved: update ${SINK} \\(connection ${appeared}\\): ` +
          'audit, metrics -> logs\\. .*The run stopped before it'
      )
    )
    expect(run.outputs['failure-reason']).toBe('plan-changed')
    expect(standIn.current.calls()).toEqual([ME, LIST, POST, LIST])
    expect(standIn.current.connections.get(appeared)?.types).toEqual(['metrics', 'audit'])
  })

  it('fails closed: require-approval with an empty expected-plan-digest sends nothing at all', async () => {
    const run = await runBundle(
      inputsFor(standIn.current, { 'require-approval': 'true', 'expected-plan-digest': '', 'approved-plan': '' })
    )
    expectFailure(run, /^::error::.*require-approval/)
    expect(run.outputs['failure-reason']).toBe('invalid-input')
    expect(standIn.current.requests).toEqual([])
  })
})

describe('dist/index.js: each failure names its reason and keeps what was decided', () => {
  it('refuses a plan with if-exists: fail on a connection of other types, writing nothing (plan-refused)', async () => {
    standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    const run = await runBundle(
      listInputs([
        [SINK, ['logs'], { 'if-exists': 'fail' }],
        [OTHER, ['logs']]
      ])
    )
    expectFailure(run, new RegExp(`^::error::.*${SINK}.*Nothing was written`))
    const plan = expectDecisionOutputs(run, 'plan-refused')
    expect(plan.changes).toContainEqual({
      'sink-org': OTHER,
      action: 'create',
      'connection-id': null,
      from: null,
      to: ['logs']
    })
    expect(standIn.current.calls()).toEqual([ME, LIST])
  })

  it('shows reviewers the changes first and the rest collapsed, and fails on drift (dry run)', async () => {
    standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    const updated = standIn.current.seed({ sinkOrgId: OTHER, types: ['logs', 'metrics'] })
    const pruned = standIn.current.seed({ sinkOrgId: THIRD, types: ['audit'] })
    const run = await runBundle(
      listInputs(
        [
          [SINK, ['logs']],
          [OTHER, ['logs', 'audit']],
          [FOURTH, ['logs']]
        ],
        { 'dry-run': 'true', prune: 'true', 'fail-on-drift': 'true' }
      )
    )
    expectFailure(run, /^::error::Drift: 3 connection\(s\) differ from what is declared and would change/)
    const plan = expectDecisionOutputs(run, 'drift')
    expect(plan.changes.map(c => [c['sink-org'], c.action])).toEqual([
      [SINK, 'none'],
      [OTHER, 'update'],
      [THIRD, 'delete'],
      [FOURTH, 'create']
    ])
    expect(results(run)).toEqual(
      expect.arrayContaining([
        [SINK, 'unchanged', ['logs']],
        [OTHER, 'would-update', ['logs', 'audit']],
        [FOURTH, 'would-create', ['logs']],
        [THIRD, 'would-delete', ['audit']]
      ])
    )
    expect(writes(standIn.current)).toEqual([])

    const summary = run.summary
    const at = (text: string) => {
      const index = summary.indexOf(text)
      expect(index).toBeGreaterThanOrEqual(0)
      return index
    }
    // Counts and the digest first, then how it ran, then the changes, then the unchanged row, collapsed.
    expect(summary.split('\n')[2]).toBe(
      `**1 to create, 1 to update, 1 to delete, 1 unchanged.** Plan digest: \`${run.outputs['plan-digest']}\``
    )
    expect(summary).toMatch(/^Dry run: nothing was written · prune on · commit `5f1d3c2`$/m)
    expect(summary).toContain('**Failed** (drift)')
    const changes = at('| Change | Sink org |')
    const collapsed = at('<details><summary>1 with nothing to change</summary>')
    expect(at('**Failed** (drift)')).toBeLessThan(changes)
    expect(changes).toBeLessThan(collapsed)
    const row = (id: string) => summary.split('\n').find(line => line.startsWith('|') && line.includes(id)) ?? ''
    for (const id of [updated.id, pruned.id, FOURTH]) expect(at(row(id))).toBeLessThan(collapsed)
    expect(at(row(SINK))).toBeGreaterThan(collapsed)
    expect(at('</details>')).toBeGreaterThan(at(row(SINK)))
    // A prune deletion is labelled; types are what is added and removed.
    expect(row(pruned.id)).toMatch(/^\| \*\*delete\*\* \(prune\) \|.*`-audit`/)
    expect(row(updated.id)).toMatch(/^\| update \|.*`\+audit`.*`-metrics`/)
    expect(row(FOURTH)).toMatch(/^\| create \|.*`\+logs`/)
    expect(emptyRows(summary)).toEqual([])
  })
})
