import { type Hooks, reconcile } from '../src/apply.js'
import { PlanChangedError, PlanRefusedError, WrongOrgError } from '../src/errors.js'
import { planDigest, planDocument } from '../src/digest.js'
import type { Settings } from '../src/settings.js'
import type { Wish } from '../src/wish.js'
import { clientFor, OTHER_SINK, settings, SINK, SOURCE_ORG, useStandIn, wish } from './fixtures/index.js'

const standIn = useStandIn()
const LIST = 'GET /api/v2/org_connections'
const POST = 'POST /api/v2/org_connections'
const ME = 'GET /api/v2/current_user'

function hooks(): Hooks & { lines: string[] } {
  const lines: string[] = []
  return { lines, now: Date.now, done: entry => lines.push(`${entry.result} ${entry.plan.sinkOrgId}`) }
}
const apply = (overrides: Partial<Settings> & { wish?: Partial<Wish> } = {}, progress = hooks()) =>
  reconcile(clientFor(standIn.current.url).client, settings({ baseUrl: standIn.current.url, ...overrides }), progress)
const list = (wishes: Partial<Wish>[], overrides: Partial<Settings> = {}, prune = false, progress = hooks()) =>
  apply({ target: { kind: 'list', origin: 'inline', wishes: wishes.map(wish), prune }, ...overrides }, progress)

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

  it('records a CreateConflictError when 409 is answered but nothing is listed', async () => {
    standIn.current.fault({ method: 'POST', status: 409, body: { errors: ['already exists'] } })
    const [entry] = (await apply()).entries
    expect(entry.result).toBe('failed')
    expect(entry.error?.text()).toMatch(/answered 409 .* but lists no connection/)
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
    expect(entry.error?.text()).toContain(`exists already (${existing.id})`)
    await expect(apply({ dryRun: true, wish: { ifExists: 'fail' } })).rejects.toThrow(PlanRefusedError)
    expect(standIn.current.requests.filter(r => r.method !== 'GET')).toHaveLength(1)
  })
})

describe('connections other orgs made to this one', () => {
  it('refuses a sink-org that is the org of the keys, before any write', async () => {
    standIn.current.seed({ sourceOrgId: OTHER_SINK, types: ['logs'] })
    await expect(apply({ wish: { sinkOrgId: SOURCE_ORG.id, state: 'absent' } })).rejects.toThrow(
      /^Sink org [0-9a-f-]+ is the org of the keys: an org cannot share with itself/
    )
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
})

describe('the source-org guard and the approved digest', () => {
  it('reads current_user first and refuses another org before any write, naming both', async () => {
    const error = await apply({ sourceOrgId: OTHER_SINK }).catch((e: Error) => e)
    expect(error).toBeInstanceOf(WrongOrgError)
    expect((error as Error).message).toContain(
      `The keys belong to org ${SOURCE_ORG.id} (${SOURCE_ORG.name}), not to source-org ${OTHER_SINK}`
    )
    expect(standIn.current.calls()).toEqual([ME])
  })

  it('goes on when the org is the one named', async () => {
    await apply({ sourceOrgId: SOURCE_ORG.id })
    expect(standIn.current.calls()).toEqual([ME, POST])
  })

  it('applies a plan whose digest matches, reading first', async () => {
    const plan = await apply({ dryRun: true })
    expect(plan.entries[0].result).toBe('would-create')
    const applied = await apply({ expectedPlanDigest: plan.digest })
    expect(applied.entries[0].result).toBe('created')
    expect(applied.digest).toBe(plan.digest)
    expect(standIn.current.calls()).toEqual([ME, LIST, ME, LIST, POST])
  })

  it('refuses a plan that changed since approval, with both digests and the plan now, before any write', async () => {
    const plan = await apply({ dryRun: true })
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    const error = await apply({ expectedPlanDigest: plan.digest }).catch((e: Error) => e)
    expect(error).toBeInstanceOf(PlanChangedError)
    expect((error as Error).message).toContain(`approved ${plan.digest}, now sha256:`)
    expect((error as Error).message).toContain(`update connection ${existing.id} to ${SINK}: metrics -> logs`)
    expect(standIn.current.requests.filter(r => r.method !== 'GET')).toEqual([])
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
    const error = await list([{ sinkOrgId: SINK, ifExists: 'fail' }, { sinkOrgId: OTHER_SINK }]).catch((e: Error) => e)
    expect(error).toBeInstanceOf(PlanRefusedError)
    expect((error as Error).message).toMatch(
      /^2 entries were refused, so nothing was written: A connection to sink org .*Found 2 connections to sink org/
    )
    expect(standIn.current.calls()).toEqual([ME, LIST])
  })

  it('goes on after an entry whose write fails, and records its error', async () => {
    standIn.current.fault({ method: 'POST', status: 403, body: { errors: ['Forbidden'] } })
    const outcome = await list([{ sinkOrgId: SINK }, { sinkOrgId: OTHER_SINK }], { maxRetries: 0 })
    expect(outcome.entries.map(e => e.result)).toEqual(['failed', 'created'])
    expect(outcome.entries[0].error?.text()).toMatch(/^Datadog answered 403 Forbidden when creating/)
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
          outcome.entries.map(e => e.plan)
        )
      )
    )
  })
})
