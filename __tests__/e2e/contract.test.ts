/**
 * The answers Datadog's published contract allows, through the bundle: the API reference's own create answer, creator
 * ids that are not UUIDs on every path that reads, a listed connection without its sink org, a type Datadog adds
 * later, and the bounds on what an input expands to and on what an output holds. How each answer is read is proven
 * by the client's and the model's unit tests (datadog/*.test.ts, with generated answers); here, what users see.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  expectFailure,
  inputsFor,
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

const standIn = useStandIn()

const OTHER = SINK_ORGS[1].id
const THIRD = 'e2e2e2e2-0000-4000-8000-000000000003'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** The creator of the API reference's example: a plain string, as the schema declares it. */
const REFERENCE_CREATOR = { id: 'usr123abc456', name: 'John Doe' }
// eslint-disable-next-line no-control-regex -- no raw control or bidi character may reach an output or the log
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/

const writes = (s: StandIn): string[] => s.calls().filter(call => !call.startsWith('GET '))
const warnings = (run: Run): string[] => run.stdout.split('\n').filter(line => line.startsWith('::warning::'))

/**
 * The API reference's example answer to a create (../shared/datadog/examples/create-answer.api-reference.json),
 * written out here so that the test does not depend on a file outside the repository. Only the sink org's id is
 * changed, to the one asked; `sinkName` replaces its name where a test needs a hostile one.
 */
function referenceAnswer(sinkName = 'Example Org'): Record<string, unknown> {
  const example = 'f9ec96b0-8c8a-4b0a-9b0a-1b2c3d4e5f6a'
  return {
    data: {
      attributes: { connection_types: ['logs', 'metrics'], created_at: '2023-01-01T12:00:00Z' },
      id: example,
      relationships: {
        created_by: { data: { ...REFERENCE_CREATOR, type: 'users' } },
        sink_org: { data: { id: SINK, name: sinkName, type: 'orgs' } },
        source_org: { data: { id: example, name: 'Example Org', type: 'orgs' } }
      },
      type: 'org_connection'
    }
  }
}

/** The step's inputs for a list: no sink-org and no connection-types at the step. */
function listInputs(extra: Record<string, string>): Record<string, string> {
  const inputs = inputsFor(standIn.current, extra)
  delete inputs['sink-org']
  delete inputs['connection-types']
  return inputs
}

const results = (run: Run) => JSON.parse(run.outputs.results) as { result: string; 'sink-org': string }[]

describe('dist/index.js and the API reference’s create answer', () => {
  it('reports the create with every output the answer gives, created-at exactly as written, and no warning', async () => {
    standIn.current.fault({ method: 'POST', status: 200, body: referenceAnswer() })
    const run = await runBundle(inputsFor(standIn.current, { 'connection-types': 'logs, metrics' }))
    expect(run.code).toBe(0)
    expect(standIn.current.calls()).toEqual([POST])
    expect(run.outputs).toMatchObject({
      result: 'created',
      'connection-id': 'f9ec96b0-8c8a-4b0a-9b0a-1b2c3d4e5f6a',
      'created-at': '2023-01-01T12:00:00Z',
      'connection-types': '["logs","metrics"]',
      'source-org-id': 'f9ec96b0-8c8a-4b0a-9b0a-1b2c3d4e5f6a',
      'source-org-name': 'Example Org',
      'sink-org-name': 'Example Org',
      changed: 'true',
      'failure-reason': ''
    })
    expect(JSON.parse(run.outputs.connection)).toMatchObject({
      relationships: { created_by: { data: { id: 'usr123abc456' } }, sink_org: { data: { id: SINK } } }
    })
    expect(warnings(run)).toEqual([])
    expect(run.stdout).not.toMatch(/unusable/i)
  })
})

/**
 * Every path that reads a listing meets creator ids that are not UUIDs: a dry run, a list with prune and an absent
 * entry, an approved apply (here); a re-run after 409, which lists by sink org (the new type's re-run, below).
 */
describe('dist/index.js reads listings whose creators are not UUIDs, on every path', () => {
  it('a dry run of a list with prune and an absent entry, then the apply of exactly that plan (approved-plan)', async () => {
    const s = standIn.current
    const updated = s.seed({ sinkOrgId: SINK, types: ['metrics'], createdBy: REFERENCE_CREATOR })
    const absent = s.seed({ sinkOrgId: OTHER, types: ['logs'] })
    const pruned = s.seed({ sinkOrgId: THIRD, types: ['logs'], createdBy: { id: 'svc:robot', name: 'Robot' } })
    // What the listing answers: the contract's plain strings, not UUIDs (the stand-in's default user included).
    expect([...s.connections.values()].map(c => UUID.test(c.createdBy.id))).toEqual([false, false, false])
    const list = `- sink-org: ${SINK}\n  connection-types: logs\n- sink-org: ${OTHER}\n  state: absent`

    const plan = await runBundle(listInputs({ connections: list, prune: 'true', 'dry-run': 'true' }))
    expect(plan.code).toBe(0)
    expect(s.calls()).toEqual([ME, LIST])
    expect(results(plan).map(r => [r['sink-org'], r.result])).toEqual([
      [SINK, 'would-update'],
      [OTHER, 'would-delete'],
      [THIRD, 'would-delete']
    ])
    expect(plan.outputs.changed).toBe('true')

    const applied = await runBundle(
      listInputs({ connections: list, prune: 'true', 'approved-plan': plan.outputs.plan })
    )
    expect(applied.code).toBe(0)
    expect(s.calls().slice(2)).toEqual([
      ME,
      LIST,
      `PATCH /api/v2/org_connections/${updated.id}`,
      `DELETE /api/v2/org_connections/${absent.id}`,
      `DELETE /api/v2/org_connections/${pruned.id}`
    ])
    expect(results(applied).map(r => r.result)).toEqual(['updated', 'deleted', 'deleted'])
    expect(applied.outputs['plan-digest']).toBe(plan.outputs['plan-digest'])
    expect(applied.summary).toContain('checked against the approved plan')
    expect([...s.connections.keys()]).toEqual([updated.id])
    // The users' personal data that list answers carry in `included` is never printed.
    for (const run of [plan, applied]) {
      expect([run.stdout, run.outputsFile, run.summary].filter(text => text.includes('@acme.example'))).toEqual([])
    }
  })
})

describe('dist/index.js with a listed connection that does not name its sink org', () => {
  it('state: absent fails read-failed, names relationships.sink_org, and sends no DELETE', async () => {
    const stored = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'], omit: ['sink_org'] })
    const run = await runBundle(inputsFor(standIn.current, { state: 'absent' }))
    expectFailure(run, new RegExp(`without a sink org \\(relationships\\.sink_org\\): ${stored.id}\\.`))
    expect(run.outputs['failure-reason']).toBe('read-failed')
    expect(standIn.current.calls()).toEqual([ME, LIST])
    expect(writes(standIn.current)).toEqual([])
    expect(standIn.current.connections.has(stored.id)).toBe(true)
    expect(run.outputs.result).not.toBe('absent')
  })
})

describe('dist/index.js with a connection type Datadog added after this version', () => {
  it('creates logs, apm with a warning, and a re-run (a 409) finds it unchanged: no PATCH removes apm', async () => {
    const s = await standIn.restart({ variety: { types: ['apm'] } })
    const inputs = inputsFor(s, { 'connection-types': 'logs, apm' })
    const first = await runBundle(inputs)
    expect(first.code).toBe(0)
    expect(s.calls()).toEqual([POST])
    expect(first.outputs).toMatchObject({ result: 'created', 'connection-types': '["logs","apm"]' })
    expect(warnings(first)).toEqual([
      expect.stringMatching(/^::warning::connection-types: this version does not know the connection type apm /)
    ])
    const [stored] = [...s.connections.values()]
    expect(stored.types).toEqual(['logs', 'apm'])

    const again = await runBundle(inputs)
    expect(again.code).toBe(0)
    // The create meets 409; the listing is read (its creator is not a UUID) and the types compared as sets.
    expect(UUID.test(stored.createdBy.id)).toBe(false)
    expect(s.calls().slice(1)).toEqual([POST, LIST])
    expect(s.requests[2].query).toMatchObject({ sink_org_id: SINK })
    expect(again.outputs).toMatchObject({ result: 'unchanged', changed: 'false', 'connection-id': stored.id })
    expect(stored.types).toEqual(['logs', 'apm'])
  })
})

describe('dist/index.js bounds what an input expands to', () => {
  it('a 100 KB list file with YAML aliases inside connection-types: refused fast, naming the alias, nothing sent', async () => {
    const levels = Array.from({ length: 9 }, (_, i) => {
      const inner = i === 0 ? Array(10).fill('logs') : Array(10).fill(`*t${i - 1}`)
      const sink = `0a000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`
      return `- sink-org: ${sink}\n  connection-types: &t${i} [${inner.join(', ')}]`
    })
    const tail = Array.from({ length: 900 }, (_, i) => {
      const sink = `0b000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`
      return `- sink-org: ${sink}\n  connection-types: [*t8, *t8, *t8, *t8, *t8, *t8, *t8]`
    })
    const text = [...levels, ...tail].join('\n') + '\n'
    expect(text.length).toBeGreaterThan(95_000)
    expect(text.length).toBeLessThan(110_000)
    // Where the first alias is: line 4 (the second entry's types), at its first `*`.
    const first = text.indexOf('*')
    const line = text.slice(0, first).split('\n').length
    const column = first - text.lastIndexOf('\n', first - 1)
    expect(line).toBe(4)

    const workspace = mkdtempSync(join(tmpdir(), 'aliases-'))
    try {
      writeFileSync(join(workspace, 'aliases.yml'), text)
      const run = await runBundle(listInputs({ 'connections-file': 'aliases.yml' }), { GITHUB_WORKSPACE: workspace })
      expectFailure(
        run,
        new RegExp(
          `^::error::Invalid connections-file aliases\\.yml: a YAML alias \\(\\*name\\) at line 4, column ${column}\\.`
        )
      )
      expect(run.outputs).toEqual({ 'failure-reason': 'invalid-input' })
      expect(standIn.current.requests).toEqual([])
      // The whole process, start to exit: expanding the aliases took 17 s and 1.3 GB before they were refused.
      expect(run.wallMs).toBeLessThan(5000)
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })
})

describe('dist/index.js bounds what an output holds', () => {
  it('a create answer whose sink org name is 2 MB with U+202E inside: short outputs, escaped, no raw U+202E in the log', async () => {
    const name = `Evil\u202eOrg ${'x'.repeat(2 * 1024 * 1024)}\u202e\n::warning::forged`
    standIn.current.fault({ method: 'POST', status: 200, body: referenceAnswer(name) })
    const run = await runBundle(inputsFor(standIn.current, { 'connection-types': 'logs, metrics' }))
    expect(run.code).toBe(0)
    expect(run.outputs.result).toBe('created')
    const sinkName = run.outputs['sink-org-name']
    expect(sinkName).toMatch(/^Evil\\u202eOrg x+\.\.\. \[cut: \d+ characters in all\]$/)
    expect(sinkName.length).toBeLessThan(1000)
    expect(run.outputs.connection.length).toBeLessThan(5000)
    expect(JSON.parse(run.outputs.connection)).toMatchObject({
      relationships: { sink_org: { data: { id: SINK, name: sinkName } } }
    })
    for (const [output, value] of Object.entries(run.outputs)) {
      expect([output, RAW_CONTROL.test(value)]).toEqual([output, false])
    }
    expect(run.outputsFile.length).toBeLessThan(20_000)
    expect(run.stdout).not.toContain('\u202e')
    expect(run.stdout.length).toBeLessThan(20_000)
    expect(run.stdout).not.toMatch(/^::warning::forged/m)
    expect(run.summary).not.toContain('\u202e')
    expect(run.summary.length).toBeLessThan(20_000)
  })
})
