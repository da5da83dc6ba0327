/**
 * Reads what exists, plans every wish, checks the plan against what was approved, then writes what the plan says,
 * one request at a time. A fresh create of a single connection stays one request: POST first, and only on 409 list
 * and plan again. Every other path reads first, plans everything, refuses before any write, and a dry run never
 * writes. In a list, one entry's failed write does not stop the others.
 */
import type { ConnectionType, OrgConnection } from './datadog/model.js'
import { withNamesFrom, withTypes } from './datadog/model.js'
import { planDigest, planDocument, type PlanDocument } from './digest.js'
import { DatadogError, PlanChangedError, PlanRefusedError, WrongOrgError, describeFailure } from './errors.js'
import { join, msg, words, type Message } from './message.js'
import { type Plan, type Refusal, planConnection, planList } from './plan.js'
import type { Settings } from './settings.js'
import type { Wish } from './wish.js'

/** Who the keys belong to (GET /api/v2/current_user): the org, and whether it is a service account's key. */
export interface Identity {
  orgId: string
  orgName?: string
  serviceAccount: boolean
}

/** What reconcile needs of Datadog: OrgConnectionsClient, or a test's double. */
export interface ConnectionsApi {
  currentUser(): Promise<Identity>
  list(filter: { sinkOrgId: string } | { sourceOrgId: string }): Promise<OrgConnection[]>
  create(
    sinkOrgId: string,
    types: ConnectionType[]
  ): Promise<
    { kind: 'created'; connection: OrgConnection; incomplete?: Message } | { kind: 'exists'; mayBeOurs: boolean }
  >
  update(id: string, types: ConnectionType[]): Promise<OrgConnection>
  delete(id: string): Promise<'deleted' | 'already-gone'>
}

export type Result =
  | 'created'
  | 'updated'
  | 'unchanged'
  | 'deleted'
  | 'absent'
  | 'would-create'
  | 'would-update'
  | 'would-delete'
  | 'failed'

export interface EntryOutcome {
  /** What was decided for this sink org. */
  plan: Plan
  result: Result
  /** The connection as it now is, or would be (for a deletion: the one removed). */
  connection?: OrgConnection
  /** Why the write failed, when result is `failed`. */
  error?: Message
  /** Something the user should know although the write succeeded. */
  note?: Message
}

export interface Outcome {
  dryRun: boolean
  /** In list order, then pruned connections. */
  entries: EntryOutcome[]
  /** Read for lists, dry runs and the source-org guard; undefined on a plain single apply. */
  identity?: Identity
  document: PlanDocument
  digest: string
}

export interface Hooks {
  now(): number
  /** Called as each connection is done (or decided, in a dry run): progress on long lists. */
  done(entry: EntryOutcome): void
}

export async function reconcile(api: ConnectionsApi, settings: Settings, hooks: Hooks): Promise<Outcome> {
  const { target, dryRun } = settings

  // The fast path: a plain apply of one connection that should exist POSTs first; no read unless Datadog says 409.
  if (target.kind === 'single' && target.wish.state === 'present' && !dryRun && !settings.expectedPlanDigest) {
    const identity = settings.sourceOrgId ? await checkedIdentity(api, settings) : undefined
    const plan = createPlan(target.wish)
    const entry = await attempt(() => carryOut(api, target.wish, plan, hooks.now), plan)
    hooks.done(entry)
    return outcomeOf([entry], settings, identity)
  }

  // Every other path reads who the keys belong to, then what exists: only this org's own connections are planned
  // (a listing by sink org would also show connections that other orgs made to this one, if sink-org named it).
  const identity = await checkedIdentity(api, settings)
  const own = (connections: OrgConnection[]) =>
    connections.filter(c => c.sourceOrg === undefined || c.sourceOrg.id.toLowerCase() === identity.orgId)
  const { plans, refusals } =
    target.kind === 'single'
      ? single(target.wish, own(await api.list({ sinkOrgId: target.wish.sinkOrgId })))
      : planList(own(await api.list({ sourceOrgId: identity.orgId })), target.wishes, target.prune)
  if (refusals.length > 0) throw refused(refusals)

  const planned = planDocument(settings.baseUrl, plans)
  const digest = planDigest(planned)
  if (settings.expectedPlanDigest && digest !== settings.expectedPlanDigest) {
    throw new PlanChangedError(
      msg`The plan changed since it was approved: approved ${settings.expectedPlanDigest}, now ${digest}. Nothing was written. The plan now: ${join(plans.map(planWords), '; ')}. Plan again (dry-run: true) and have the new plan approved.`
    )
  }

  const wishes = new Map((target.kind === 'single' ? [target.wish] : target.wishes).map(w => [w.sinkOrgId, w]))
  const entries: EntryOutcome[] = []
  for (const plan of plans) {
    const wish = wishes.get(plan.sinkOrgId)
    const entry = dryRun ? preview(plan) : await attempt(() => carryOut(api, wish, plan, hooks.now), plan)
    hooks.done(entry)
    entries.push(entry)
  }
  return outcomeOf(entries, settings, identity)
}

/** Who the keys belong to, checked against source-org, and never one of the sink orgs. */
async function checkedIdentity(api: ConnectionsApi, settings: Settings): Promise<Identity> {
  const identity = await api.currentUser()
  const orgId = identity.orgId.toLowerCase()
  if (settings.sourceOrgId && orgId !== settings.sourceOrgId) {
    const named = identity.orgName ? msg`${identity.orgId} (${identity.orgName})` : msg`${identity.orgId}`
    throw new WrongOrgError(
      msg`The keys belong to org ${named}, not to source-org ${settings.sourceOrgId}. Nothing was written. Check which secrets this job uses (api-key, app-key), or correct source-org.`
    )
  }
  const wishes = settings.target.kind === 'single' ? [settings.target.wish] : settings.target.wishes
  if (wishes.some(wish => wish.sinkOrgId === orgId)) {
    throw new PlanRefusedError(
      msg`Sink org ${orgId} is the org of the keys: an org cannot share with itself. Nothing was written. Use the source org's keys, and name the org that should see its data as the sink.`
    )
  }
  return { ...identity, orgId }
}

function single(wish: Wish, existing: OrgConnection[]): { plans: Plan[]; refusals: Refusal[] } {
  const planning = planConnection(existing, wish)
  return planning.plan ? { plans: [planning.plan], refusals: [] } : { plans: [], refusals: [planning.refusal] }
}

function createPlan(wish: Wish): Plan {
  return { action: 'create', sinkOrgId: wish.sinkOrgId, to: wish.connectionTypes }
}

function refused(refusals: Refusal[]): PlanRefusedError {
  if (refusals.length === 1) return new PlanRefusedError(msg`${refusals[0].reason} Nothing was written.`)
  return new PlanRefusedError(
    msg`${refusals.length} entries were refused, so nothing was written: ${join(
      refusals.map(r => r.reason),
      ' '
    )}`
  )
}

function outcomeOf(entries: EntryOutcome[], settings: Settings, identity: Identity | undefined): Outcome {
  const document = planDocument(
    settings.baseUrl,
    entries.map(e => e.plan)
  )
  return { dryRun: settings.dryRun, entries, identity, document, digest: planDigest(document) }
}

/** A write that fails is recorded on its entry, so that the others still run; the step fails at the end. */
async function attempt(write: () => Promise<EntryOutcome>, plan: Plan): Promise<EntryOutcome> {
  try {
    return await write()
  } catch (error) {
    return {
      plan,
      result: 'failed',
      connection: 'connection' in plan ? plan.connection : undefined,
      error: describeFailure(error).detail
    }
  }
}

async function carryOut(
  api: ConnectionsApi,
  wish: Wish | undefined,
  plan: Plan,
  now: () => number
): Promise<EntryOutcome> {
  switch (plan.action) {
    case 'create': {
      const since = now()
      const created = await api.create(plan.sinkOrgId, plan.to)
      if (created.kind === 'created') {
        return { plan, result: 'created', connection: created.connection, note: created.incomplete }
      }
      // 409: it exists. List it and plan again, exactly as a first read would have, knowing our create may have landed.
      const again = planConnection(
        await api.list({ sinkOrgId: plan.sinkOrgId }),
        wish ?? { sinkOrgId: plan.sinkOrgId, state: 'present', connectionTypes: plan.to, ifExists: 'update' },
        created.mayBeOurs ? { since } : undefined
      )
      if (again.refusal)
        return { plan, result: 'failed', connection: again.refusal.connection, error: again.refusal.reason }
      if (again.plan.action === 'create') {
        throw new DatadogError(
          msg`Datadog answered 409 (the connection exists) but lists no connection to sink org ${plan.sinkOrgId}. This happens while a deletion is still in progress: re-run the step in a minute.`,
          'POST',
          409
        )
      }
      return carryOut(api, wish, again.plan, now)
    }
    case 'update': {
      const updated = await api.update(plan.connection.id, plan.change.to)
      return { plan, result: 'updated', connection: withNamesFrom(updated, plan.connection) }
    }
    case 'delete': {
      const gone = await api.delete(plan.connection.id)
      // A 404 at the first attempt: someone else removed it first. The wish holds all the same.
      return gone === 'already-gone'
        ? { plan, result: 'absent' }
        : { plan, result: 'deleted', connection: plan.connection }
    }
    case 'adopt':
      return { plan, result: 'created', connection: plan.connection }
    case 'unchanged':
    case 'keep':
      return { plan, result: 'unchanged', connection: plan.connection }
    case 'nothing-to-delete':
      return { plan, result: 'absent' }
  }
}

/** What a dry run reports: the connection as it would be, and no write. */
function preview(plan: Plan): EntryOutcome {
  switch (plan.action) {
    case 'create':
      return { plan, result: 'would-create' }
    case 'update':
      return { plan, result: 'would-update', connection: withTypes(plan.connection, plan.change.to) }
    case 'delete':
      return { plan, result: 'would-delete', connection: plan.connection }
    case 'adopt':
    case 'unchanged':
    case 'keep':
      return { plan, result: 'unchanged', connection: plan.connection }
    case 'nothing-to-delete':
      return { plan, result: 'absent' }
  }
}

/** One plan in words, for the log and the digest mismatch. */
export function planWords(plan: Plan): Message {
  switch (plan.action) {
    case 'create':
      return msg`create a connection to ${plan.sinkOrgId} with types ${plan.to}`
    case 'adopt':
      return msg`adopt connection ${plan.connection.id} to ${plan.sinkOrgId}`
    case 'update':
      return msg`update connection ${plan.connection.id} to ${plan.sinkOrgId}: ${plan.change.from} -> ${plan.change.to}`
    case 'delete':
      return msg`delete connection ${plan.connection.id} to ${plan.sinkOrgId}${words(plan.pruned ? ' (not in the list: prune)' : '')}`
    case 'unchanged':
    case 'keep':
      return msg`leave connection ${plan.connection.id} to ${plan.sinkOrgId} as it is`
    case 'nothing-to-delete':
      return msg`nothing to delete for ${plan.sinkOrgId}`
  }
}
