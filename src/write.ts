/**
 * Carrying out a plan, one connection at a time. A create may meet 409 (the connection appeared after the read, or
 * an earlier attempt of ours landed although its answer was lost): the connection is then listed and planned again,
 * and what that new plan writes must pass the same approval gate as the first plan did. In a list, one entry's failed
 * write does not stop the others; an unapproved change stops the run before it.
 */
import { type Gate, notApproved, unapproved } from './approval.js'
import { type OrgConnection, carryOver } from './datadog/model.js'
import { DatadogError, PlanChangedError, PlanRefusedError, describeFailure } from './errors.js'
import { msg, words } from './message.js'
import type { EntryOutcome, Outcome } from './outcome.js'
import { type OwnCreate, type Plan, planConnection } from './plan.js'
import type { Wish } from './settings.js'
import type { OrgConnectionsClient } from './datadog/client.js'

/** What carrying out (and reconcile) needs of Datadog: the client, or a test's double of it. */
export type ConnectionsApi = Pick<OrgConnectionsClient, 'currentUser' | 'list' | 'create' | 'update' | 'delete'>

export interface Hooks {
  now(): number
  /** Called as each connection is done (or decided, in a dry run): progress on long lists. */
  done(entry: EntryOutcome): void
}

/** What carrying out needs besides the plans. */
export interface Writer {
  api: ConnectionsApi
  gate: Gate
  /** The wish behind each sink org's plan, to plan again after a 409. */
  wishes: ReadonlyMap<string, Wish>
  /** Keeps the connections of the keys' org only (when it is known) and checks that each names its sink org. */
  own: (connections: OrgConnection[]) => OrgConnection[]
  hooks: Hooks
}

/** Every plan in order; a dry run previews. Stops at the first unapproved change. */
export async function carryOutAll(
  writer: Writer,
  plans: readonly Plan[],
  dryRun: boolean
): Promise<Pick<Outcome, 'entries' | 'stopped'>> {
  const entries: EntryOutcome[] = []
  for (const plan of plans) {
    const entry = dryRun ? preview(plan) : await attempt(writer, plan)
    writer.hooks.done(entry)
    entries.push(entry)
    if (entry.error?.reason === 'plan-changed') {
      const rest = plans.length - entries.length
      const untried = rest > 0 ? msg` ${rest} later change(s) of the plan were not attempted.` : msg``
      return { entries, stopped: new PlanChangedError(msg`${entry.error.detail}${untried}`) }
    }
  }
  return { entries }
}

/** A write that fails is recorded on its entry, so that the others still run; the step fails at the end. */
export async function attempt(writer: Writer, plan: Plan): Promise<EntryOutcome> {
  try {
    return await carryOut(writer, plan)
  } catch (error) {
    const connection = 'connection' in plan ? plan.connection : undefined
    return { plan, result: 'failed', connection, error: describeFailure(error), notes: [] }
  }
}

async function carryOut(writer: Writer, plan: Plan): Promise<EntryOutcome> {
  if (plan.action !== 'create') return carryOutExisting(writer, plan)
  const since = writer.hooks.now()
  const created = await writer.api.create(plan.sinkOrgId, plan.to)
  if (created.kind === 'created') {
    return { plan, result: 'created', connection: created.connection, notes: created.notes }
  }
  const again = await planAfterConflict(writer, plan, created.mayBeOurs ? { since } : undefined)
  const blocked = unapproved([again], writer.gate)
  if (blocked.length > 0) throw notApproved(blocked, writer.gate, 'during')
  return carryOutExisting(writer, again)
}

const DELETION_IN_PROGRESS = 'This happens while a deletion is still in progress: re-run the step in a minute.'

/** 409: the connection exists. List it and plan again, exactly as a first read would have, knowing ours may have landed. */
async function planAfterConflict(
  writer: Writer,
  plan: Plan,
  ownCreate: OwnCreate | undefined
): Promise<Exclude<Plan, { action: 'create' }>> {
  const wish = writer.wishes.get(plan.sinkOrgId)
  if (!wish) throw new TypeError(`no wish for sink org ${plan.sinkOrgId}`)
  const existing = writer.own(await writer.api.list({ sinkOrgId: plan.sinkOrgId }))
  const again = planConnection(existing, wish, ownCreate)
  if (again.refusal) throw new PlanRefusedError(again.refusal.reason)
  if (again.plan.action === 'create') {
    throw new DatadogError(
      msg`Datadog answered 409 (the connection exists) but lists no connection to sink org ${plan.sinkOrgId}. ${words(DELETION_IN_PROGRESS)}`,
      'POST',
      409
    )
  }
  return again.plan
}

/** Every plan but a create: an update, a delete, or nothing to write. */
async function carryOutExisting(writer: Writer, plan: Exclude<Plan, { action: 'create' }>): Promise<EntryOutcome> {
  switch (plan.action) {
    case 'update': {
      const updated = await writer.api.update(plan.connection.id, plan.change.to)
      return {
        plan,
        result: 'updated',
        connection: carryOver(updated.connection, plan.connection),
        notes: updated.notes
      }
    }
    case 'delete': {
      // A 404 at the first attempt: someone else removed it first. The wish holds all the same.
      const gone = await writer.api.delete(plan.connection.id)
      if (gone === 'already-gone') return { plan, result: 'absent', notes: [] }
      return { plan, result: 'deleted', connection: plan.connection, notes: [] }
    }
    case 'adopt':
      return { plan, result: 'created', connection: plan.connection, notes: [] }
    case 'unchanged':
    case 'keep':
      return { plan, result: 'unchanged', connection: plan.connection, notes: [] }
    case 'nothing-to-delete':
      return { plan, result: 'absent', notes: [] }
  }
}

/** What a dry run reports: the connection as it would be, and no write. */
export function preview(plan: Plan): EntryOutcome {
  switch (plan.action) {
    case 'create':
      return { plan, result: 'would-create', notes: [] }
    case 'update':
      return {
        plan,
        result: 'would-update',
        connection: { ...plan.connection, connectionTypes: [...plan.change.to] },
        notes: []
      }
    case 'delete':
      return { plan, result: 'would-delete', connection: plan.connection, notes: [] }
    case 'adopt':
    case 'unchanged':
    case 'keep':
      return { plan, result: 'unchanged', connection: plan.connection, notes: [] }
    case 'nothing-to-delete':
      return { plan, result: 'absent', notes: [] }
  }
}
