import { type Hooks, reconcile } from '../src/apply.js'
import { planDigest, planDocument } from '../src/digest.js'
import { PlanChangedError, WrongOrgError } from '../src/errors.js'
import type { Outcome } from '../src/outcome.js'
import type { Settings } from '../src/settings.js'
import type { Wish } from '../src/wish.js'
import {
  clientFor,
  OTHER_SINK,
  settings,
  SINK,
  SOURCE_ORG,
  useStandIn,
  wish,
  ME,
  LIST,
  POST
} from './fixtures/index.js'

const standIn = useStandIn()

function hooks(): Hooks & { lines: string[] } {
  const lines: string[] = []
  return { lines, now: Date.now, done: entry => lines.push(`${entry.result} ${entry.plan.sinkOrgId}`) }
}
const apply = (overrides: Partial<Settings> & { wish?: Partial<Wish> } = {}, progress = hooks()) =>
  reconcile(clientFor(standIn.current.url).client, settings({ baseUrl: standIn.current.url, ...overrides }), progress)
const list = (wishes: Partial<Wish>[], overrides: Partial<Settings> = {}, prune = false, progress = hooks()) =>
  apply({ target: { kind: 'list', origin: 'inline', wishes: wishes.map(wish), prune }, ...overrides }, progress)
const stoppedBy = (outcome: Outcome) => outcome.stopped && [outcome.stopped.reason, outcome.stopped.detail.text()]
const writesSent = () => standIn.current.requests.filter(r => r.method !== 'GET')

describe('reconcile one connection', () => {
  it('creates with a single POST', async () => {
    const outcome = await apply()
    expect(outcome.entries).toMatchObject([{ result: 'created', connection: { connectionTypes: ['logs'] } }])
    expect(outcome.identity).toBeUndefined()
    expect(standIn.current.calls()).toEqual([POST])
  })

  it('on 409, lists and converges with one PATCH, keeping the listed names', async () => {
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    const outcome = await apply({ wish: { connectionTypes: ['logs', 'audit'] } })
    expect(outcome.entries).toMatchObject([
      {
        result: 'updated',
        connection: { id: existing.id, connectionTypes: ['logs', 'audit'], sinkOrg: { name: 'Acme Security' } }
      }
    ])
    expect(standIn.current.calls()).toEqual([POST, LIST, `PATCH /api/v2/org_connections/${existing.id}`])
  })

  it('adopts its own create when the POST answer was lost: one connection, result created', async () => {
    standIn.current.fault({ method: 'POST', drop: 'after' })
    const outcome = await apply({ wish: { ifExists: 'fail' } })
    expect(outcome.entries.map(e => [e.plan.action, e.result])).toEqual([['adopt', 'created']])
    expect(standIn.current.connections.size).toBe(1)
    expect(outcome.entries[0].connection?.id).toBe([...standIn.current.connections.keys()][0])
  })

  it('records a failed write when 409 is answered but nothing is listed', async () => {
    standIn.current.fault({ method: 'POST', status: 409, body: { errors: ['already exists'] } })
    const [entry] = (await apply()).entries
    expect(entry.result).toBe('failed')
    expect(entry.error?.reason).toBe('write-failed')
    expect(entry.error?.detail.text()).toMatch(/answered 409 .* but lists no connection/)
  })

  it('on a 404 to the create, reads who the keys are only then, and says when the sink is their own org', async () => {
    const own = await apply({ wish: { sinkOrgId: SOURCE_ORG.id } })
    expect(own.entries[0].error).toMatchObject({ reason: 'plan-refused' })
    expect(own.entries[0].error?.detail.text()).toMatch(/^Sink org .* is the org of the keys/)
    expect(standIn.current.calls()).toEqual([POST, ME])
    const unknown = await apply({ wish: { sinkOrgId: 'aaaaaaaa-0000-4000-8000-000000000000' } })
    expect(unknown.entries[0].error).toMatchObject({ reason: 'write-failed', status: 404 })
  })

  it('writes nothing in a dry run, and reads who the keys belong to', async () => {
    standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    const update = await apply({ dryRun: true })
    const remove = await apply({ dryRun: true, wish: { state: 'absent' } })
    expect([update.entries[0].result, remove.entries[0].result]).toEqual(['would-update', 'would-delete'])
    expect(update.identity).toEqual({ orgId: SOURCE_ORG.id, orgName: SOURCE_ORG.name, serviceAccount: true })
    expect(standIn.current.calls()).toEqual([ME, LIST, ME, LIST])
  })

  it('reports absent when a deletion finds someone else removed it first', async () => {
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    standIn.current.fault({
      method: 'DELETE',
      status: 404,
      body: { errors: [`org connection ${existing.id} not found`] }
    })
    expect((await apply({ wish: { state: 'absent' } })).entries).toMatchObject([{ result: 'absent' }])
  })

  it('fails after 409 when if-exists is fail, naming the connection; in a dry run, before any write', async () => {
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    const [entry] = (await apply({ wish: { ifExists: 'fail' } })).entries
    expect(entry.result).toBe('failed')
    expect(entry.error?.detail.text()).toContain(`exists already (${existing.id})`)
    const dry = await apply({ dryRun: true, wish: { ifExists: 'fail' } })
    expect(stoppedBy(dry)?.[0]).toBe('plan-refused')
    expect(dry.entries).toEqual([])
    expect(writesSent()).toHaveLength(1)
  })
})

describe('connections other orgs made to this one', () => {
  it('refuses a sink-org that is the org of the keys, before any write', async () => {
    standIn.current.seed({ sourceOrgId: OTHER_SINK, types: ['logs'] })
    await expect(apply({ wish: { sinkOrgId: SOURCE_ORG.id, state: 'absent' } })).rejects.toMatchObject({
      reason: 'plan-refused',
      message: expect.stringMatching(/^Sink org [0-9a-f-]+ is the org of the keys: an org cannot share with itself/)
    })
    expect(standIn.current.calls()).toEqual([ME])
    expect(standIn.current.connections.size).toBe(1)
  })

  it("plans only this org's own connections, whatever a listing by sink org shows", async () => {
    const theirs = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    // A listing that names another org as the source of the connection to SINK: not ours to delete.
    standIn.current.fault({
      method: 'GET',
      path: '/api/v2/org_connections',
      answer: (result: { body: { data: { relationships: { source_org: { data: { id: string } } } }[] } }) => {
        for (const item of result.body.data) item.relationships.source_org.data.id = OTHER_SINK
        return { status: 200, body: result.body }
      }
    })
    const outcome = await apply({ wish: { state: 'absent' } })
    expect(outcome.entries.map(e => e.result)).toEqual(['absent'])
    expect(standIn.current.connections.has(theirs.id)).toBe(true)
  })

  it('never prunes nor exports a connection made to this org, even when the answer does not name its source', async () => {
    const incoming = standIn.current.seed({ sourceOrgId: OTHER_SINK, sinkOrgId: SOURCE_ORG.id, types: ['logs'] })
    incoming.omit = ['source_org']
    // A gateway that ignores the filter: the listing by source org shows the connection made to this org too.
    standIn.current.listing.ignoreFilter = true
    const pruned = await list([{ sinkOrgId: SINK }], {}, true)
    expect(pruned.entries.map(e => [e.result, e.plan.sinkOrgId])).toEqual([['created', SINK]])
    expect(standIn.current.connections.has(incoming.id)).toBe(true)
    const exported = await apply({ target: { kind: 'export' } })
    expect(exported.exported?.yaml).not.toContain(`sink-org: ${SOURCE_ORG.id}`)
    expect(exported.exported?.connections).toBe(1)
  })
})

describe('a listed connection that does not name its sink org', () => {
  it('fails the read, naming the field, and never reads it as absent: no DELETE is sent', async () => {
    standIn.current.seed({ sinkOrgId: SINK, types: ['logs'], omit: ['sink_org'] })
    const error = await apply({ wish: { state: 'absent' } }).catch((e: Error) => e)
    expect(error).toMatchObject({ reason: 'read-failed', message: expect.stringContaining('relationships.sink_org') })
    const listed = await list([{ sinkOrgId: SINK, state: 'absent' }], {}, true).catch((e: Error) => e)
    expect(listed).toMatchObject({ reason: 'read-failed' })
    expect(writesSent()).toEqual([])
  })
})

describe('the source-org guard and the approved digest', () => {
  it('reads current_user first and refuses another org before any write, naming both', async () => {
    const error = await apply({ sourceOrg: { id: OTHER_SINK } }).catch((e: Error) => e)
    expect(error).toBeInstanceOf(WrongOrgError)
    expect((error as Error).message).toContain(
      `The keys belong to org ${SOURCE_ORG.id} (${SOURCE_ORG.name}), not to source-org ${OTHER_SINK}`
    )
    expect(standIn.current.calls()).toEqual([ME])
  })

  it('goes on when the org is the one named', async () => {
    await apply({ sourceOrg: { id: SOURCE_ORG.id } })
    expect(standIn.current.calls()).toEqual([ME, POST])
  })

  it('applies a plan whose digest matches, reading first', async () => {
    const plan = await apply({ dryRun: true })
    expect(plan.entries[0].result).toBe('would-create')
    const applied = await apply({ approval: { expectedDigest: plan.digest, required: false } })
    expect(applied.entries[0].result).toBe('created')
    expect(applied.digest).toBe(plan.digest)
    expect(standIn.current.calls()).toEqual([ME, LIST, ME, LIST, POST])
  })

  it('refuses a plan that changed since approval, with both digests and the plan now, before any write', async () => {
    const plan = await apply({ dryRun: true })
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    const outcome = await apply({ approval: { expectedDigest: plan.digest, required: false } })
    expect(outcome.stopped).toBeInstanceOf(PlanChangedError)
    expect(outcome.stopped?.detail.text()).toContain(`approved ${plan.digest}, now sha256:`)
    expect(outcome.stopped?.detail.text()).toContain(`update ${SINK} (connection ${existing.id}): metrics -> logs`)
    expect(outcome.digest).not.toBe(plan.digest)
    expect(writesSent()).toEqual([])
  })
})

describe('reconcile a list', () => {
  it('reads who it is, lists its own connections once, and writes one request per change, in list order', async () => {
    const updated = standIn.current.seed({ sinkOrgId: OTHER_SINK, types: ['logs'] })
    const progress = hooks()
    const outcome = await list(
      [
        { sinkOrgId: OTHER_SINK, connectionTypes: ['metrics'] },
        { sinkOrgId: SINK, connectionTypes: ['logs', 'audit'] }
      ],
      {},
      false,
      progress
    )
    expect(outcome.entries.map(e => e.result)).toEqual(['updated', 'created'])
    expect(standIn.current.calls()).toEqual([ME, LIST, `PATCH /api/v2/org_connections/${updated.id}`, POST])
    expect(standIn.current.requests[1].query).toMatchObject({ source_org_id: SOURCE_ORG.id })
    expect(progress.lines).toEqual([`updated ${OTHER_SINK}`, `created ${SINK}`])
    const again = await list(
      [
        { sinkOrgId: OTHER_SINK, connectionTypes: ['metrics'] },
        { sinkOrgId: SINK, connectionTypes: ['audit', 'logs'] }
      ],
      {},
      true
    )
    expect(again.entries.map(e => e.result)).toEqual(['unchanged', 'unchanged'])
    expect(standIn.current.calls().slice(4)).toEqual([ME, LIST])
  })

  it('prunes connections to sink orgs not in the list, after the list, and never touches connections made to it', async () => {
    const stray = standIn.current.seed({ sinkOrgId: OTHER_SINK, types: ['logs'] })
    const incoming = standIn.current.seed({ sourceOrgId: OTHER_SINK, types: ['logs'] })
    const outcome = await list([{ sinkOrgId: SINK }], {}, true)
    expect(outcome.entries.map(e => [e.result, e.plan.sinkOrgId])).toEqual([
      ['created', SINK],
      ['deleted', OTHER_SINK]
    ])
    expect(standIn.current.calls().slice(2)).toEqual([POST, `DELETE /api/v2/org_connections/${stray.id}`])
    expect(standIn.current.connections.has(incoming.id)).toBe(true)
  })

  it('names every refused entry and writes nothing', async () => {
    standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    standIn.current.seed({ sinkOrgId: OTHER_SINK, types: ['logs'] })
    standIn.current.seed({ sinkOrgId: OTHER_SINK, types: ['logs'] })
    const outcome = await list([{ sinkOrgId: SINK, ifExists: 'fail' }, { sinkOrgId: OTHER_SINK }])
    expect(stoppedBy(outcome)).toEqual([
      'plan-refused',
      expect.stringMatching(
        /^2 entries were refused, so nothing was written: A connection to sink org .*Found 2 connections to sink org/
      )
    ])
    expect(standIn.current.calls()).toEqual([ME, LIST])
  })

  it('goes on after an entry whose write fails, and records its error', async () => {
    standIn.current.fault({ method: 'POST', status: 403, body: { errors: ['Forbidden'] } })
    const outcome = await list([{ sinkOrgId: SINK }, { sinkOrgId: OTHER_SINK }], { maxRetries: 0 })
    expect(outcome.entries.map(e => e.result)).toEqual(['failed', 'created'])
    expect(outcome.entries[0].error?.detail.text()).toMatch(/^Datadog answered 403 Forbidden when creating/)
    expect(outcome.entries[0].error?.reason).toBe('write-failed')
  })

  it('plans a dry run with prune and writes nothing', async () => {
    standIn.current.seed({ sinkOrgId: OTHER_SINK, types: ['logs'] })
    const outcome = await list([{ sinkOrgId: SINK }], { dryRun: true }, true)
    expect(outcome.entries.map(e => e.result)).toEqual(['would-create', 'would-delete'])
    expect(standIn.current.calls()).toEqual([ME, LIST])
    expect(outcome.digest).toBe(
      planDigest(
        planDocument(
          standIn.current.url,
          SOURCE_ORG.id,
          outcome.entries.map(e => e.plan)
        )
      )
    )
  })
})

describe('only approved writes', () => {
  const approvedBy = (outcome: Outcome): Partial<Settings> => ({
    approval: { approvedPlan: outcome.document, required: false }
  })

  it('applies an approved plan, and a re-run after success writes nothing and succeeds', async () => {
    const plan = await list([{ sinkOrgId: SINK }, { sinkOrgId: OTHER_SINK }], { dryRun: true })
    const applied = await list([{ sinkOrgId: SINK }, { sinkOrgId: OTHER_SINK }], approvedBy(plan))
    expect(applied.entries.map(e => e.result)).toEqual(['created', 'created'])
    expect(applied.gate).toMatchObject({ kind: 'approved', digest: plan.digest, by: 'approved-plan' })
    const again = await list([{ sinkOrgId: SINK }, { sinkOrgId: OTHER_SINK }], approvedBy(plan))
    expect([again.stopped, again.entries.map(e => e.result)]).toEqual([undefined, ['unchanged', 'unchanged']])
    expect(writesSent()).toHaveLength(2)
  })

  it('finishes the approved work on a re-run after a partial failure, without a new approval', async () => {
    const plan = await list([{ sinkOrgId: SINK }, { sinkOrgId: OTHER_SINK }], { dryRun: true })
    // Every attempt of the first create fails (the client retries 5 times).
    standIn.current.fault({ method: 'POST', status: 503, times: 6 })
    const first = await list([{ sinkOrgId: SINK }, { sinkOrgId: OTHER_SINK }], approvedBy(plan))
    expect(first.entries.map(e => e.result)).toEqual(['failed', 'created'])
    const rerun = await list([{ sinkOrgId: SINK }, { sinkOrgId: OTHER_SINK }], approvedBy(plan))
    expect(rerun.entries.map(e => e.result)).toEqual(['created', 'unchanged'])
  })

  it('refuses a plan holding an unapproved change before its first write', async () => {
    const plan = await list([{ sinkOrgId: SINK }], { dryRun: true })
    standIn.current.seed({ sinkOrgId: OTHER_SINK, types: ['logs'] })
    const outcome = await list([{ sinkOrgId: SINK }, { sinkOrgId: OTHER_SINK, state: 'absent' }], approvedBy(plan))
    expect(stoppedBy(outcome)).toEqual([
      'plan-changed',
      expect.stringMatching(/^1 change\(s\) .* not approved: delete/)
    ])
    expect(writesSent()).toEqual([])
  })

  it('stops when a 409 would turn an approved create into an unapproved update: nothing more is written', async () => {
    const plan = await list([{ sinkOrgId: SINK }, { sinkOrgId: OTHER_SINK }], { dryRun: true })
    // The connection appears between the read and the POST: the create meets 409.
    standIn.current.fault({
      method: 'POST',
      status: 409,
      body: () => {
        standIn.current.seed({ sinkOrgId: SINK, types: ['metrics', 'audit'] })
        return { errors: ['already exists'] }
      }
    })
    const outcome = await list([{ sinkOrgId: SINK }, { sinkOrgId: OTHER_SINK }], approvedBy(plan))
    expect(outcome.entries.map(e => e.result)).toEqual(['failed'])
    expect(stoppedBy(outcome)).toEqual([
      'plan-changed',
      expect.stringMatching(
        /not approved: update .*metrics.* -> logs.*The run stopped before it.* 1 later change\(s\) of the plan were not attempted\.$/
      )
    ])
    expect(writesSent().map(r => r.method)).toEqual(['POST'])
  })

  it('refuses an approval of another org before any write (wrong-org)', async () => {
    const plan = await list([{ sinkOrgId: SINK }], { dryRun: true })
    const forged = { ...plan.document, org: OTHER_SINK }
    const outcome = await list([{ sinkOrgId: SINK }], { approval: { approvedPlan: forged, required: false } })
    expect(stoppedBy(outcome)?.[0]).toBe('wrong-org')
    expect(writesSent()).toEqual([])
  })

  it('with a digest only, succeeds when the approved work is done, with a notice', async () => {
    const plan = await apply({ dryRun: true })
    await apply()
    const rerun = await apply({ approval: { expectedDigest: plan.digest, required: false } })
    expect([rerun.stopped, rerun.entries[0].result]).toEqual([undefined, 'unchanged'])
    expect(rerun.notices.map(n => n.text())).toEqual([expect.stringMatching(/has nothing to write/)])
  })
})

describe('a list with prune off', () => {
  it('shows the connections it does not name as undeclared, outside the plan and its digest', async () => {
    const stray = standIn.current.seed({ sinkOrgId: OTHER_SINK, types: ['logs'] })
    const outcome = await list([{ sinkOrgId: SINK }], { dryRun: true })
    expect(outcome.undeclared.map(c => c.id)).toEqual([stray.id])
    expect(outcome.document.changes.map(c => c['sink-org'])).toEqual([SINK])
    const without = await list([{ sinkOrgId: SINK }], { dryRun: true, baseUrl: standIn.current.url })
    standIn.current.connections.delete(stray.id)
    expect((await list([{ sinkOrgId: SINK }], { dryRun: true })).digest).toBe(without.digest)
  })
})

describe('an account file', () => {
  const account = (wishes: Partial<Wish>[], prune = false): Partial<Settings> => ({
    target: {
      kind: 'list',
      origin: 'account.yml',
      wishes: wishes.map(wish),
      prune,
      account: { aliases: { prod: SOURCE_ORG.id }, governed: [...new Set(wishes.map(w => w.sourceOrgId ?? ''))].sort() }
    }
  })

  it("reconciles only the entries of the keys' org, with one listing, and counts the others", async () => {
    const outcome = await apply(
      account([
        { sourceOrgId: SOURCE_ORG.id, sinkOrgId: SINK },
        { sourceOrgId: OTHER_SINK, sinkOrgId: SINK }
      ])
    )
    expect(outcome.entries.map(e => [e.result, e.plan.sinkOrgId])).toEqual([['created', SINK]])
    expect(outcome.otherOrgEntries).toBe(1)
    expect(standIn.current.calls()).toEqual([ME, LIST, POST])
  })

  it('refuses keys of an org that is the source of no entry before any list or write, naming the org', async () => {
    const error = await apply(account([{ sourceOrgId: OTHER_SINK, sinkOrgId: SINK }], true)).catch((e: Error) => e)
    expect(error).toBeInstanceOf(WrongOrgError)
    expect((error as Error).message).toContain(`The keys belong to org ${SOURCE_ORG.id}`)
    expect(standIn.current.calls()).toEqual([ME])
  })
})

describe('export', () => {
  it("reads the org's own connections only, and writes nothing", async () => {
    standIn.current.seed({ sinkOrgId: SINK, types: ['metrics', 'logs'] })
    standIn.current.seed({ sourceOrgId: OTHER_SINK, types: ['logs'] })
    const outcome = await apply({ target: { kind: 'export' } })
    expect(outcome.exported?.connections).toBe(1)
    expect(outcome.exported?.yaml).toContain(`- sink-org: ${SINK} # Acme Security\n  connection-types: [logs, metrics]`)
    expect(standIn.current.calls()).toEqual([ME, LIST])
  })
})
