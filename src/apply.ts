/**
 * Carries a plan out. A fresh create stays one request: POST first, and only on 409 list what exists and plan again.
 * Every other path lists first (read-only), plans, then writes at most once, and a dry run never writes.
 */
import type { OrgConnectionsClient } from './datadog/client.js'
import { withNamesFrom, withTypes, type OrgConnection } from './datadog/model.js'
import { type Plan, type Result, type Wish, planConnection, resultOf } from './plan.js'
import type { Settings } from './settings.js'

export interface Outcome {
  plan: Plan
  result: Result
  dryRun: boolean
  /** The connection as it now is, or would be after the plan (for a deletion: the one removed). */
  connection?: OrgConnection
}

/** The plan says no: several candidates, or `if-exists: fail`. */
export class PlanRefusedError extends Error {
  override name = 'PlanRefusedError'
}

export async function reconcile(client: OrgConnectionsClient, settings: Settings, now: () => number): Promise<Outcome> {
  const wish: Wish = { state: settings.state, connectionTypes: settings.connectionTypes, ifExists: settings.ifExists }

  if (settings.state === 'present' && !settings.dryRun) {
    const since = now()
    const created = await client.create(settings.sinkOrgId, settings.connectionTypes)
    if (created.kind === 'created') {
      return {
        plan: { action: 'create', to: settings.connectionTypes },
        result: 'created',
        dryRun: false,
        connection: created.connection
      }
    }
    const plan = planConnection(
      await client.list({ sinkOrgId: settings.sinkOrgId }),
      wish,
      created.mayBeOurs ? { since } : undefined
    )
    return carryOut(client, plan)
  }

  const plan = planConnection(await client.list({ sinkOrgId: settings.sinkOrgId }), wish)
  return settings.dryRun ? preview(plan) : carryOut(client, plan)
}

async function carryOut(client: OrgConnectionsClient, plan: Plan): Promise<Outcome> {
  switch (plan.action) {
    case 'refuse':
      throw new PlanRefusedError(plan.reason)
    case 'create':
      // Only reachable after a 409: the create was refused, yet the list shows nothing to converge.
      throw new PlanRefusedError(
        'Datadog answered 409 (the connection exists) but lists no connection to the sink org. ' +
          'This happens while a deletion is still in progress: re-run the step in a minute.'
      )
    case 'update': {
      const updated = await client.update(plan.connection.id, plan.change.to)
      return outcome(plan, withNamesFrom(updated, plan.connection))
    }
    case 'delete': {
      const gone = await client.delete(plan.connection.id)
      // A 404 at the first attempt: someone else removed it first. The wish holds all the same.
      if (gone === 'already-gone') return { plan: { action: 'nothing-to-delete' }, result: 'absent', dryRun: false }
      return outcome(plan, plan.connection)
    }
    case 'adopt':
    case 'none':
      return outcome(plan, plan.connection)
    case 'nothing-to-delete':
      return outcome(plan, undefined)
  }
}

function outcome(plan: Plan, connection: OrgConnection | undefined): Outcome {
  return { plan, result: resultOf(plan, false), dryRun: false, connection }
}

/** What a dry run reports: the connection as it would be, and no write. */
function preview(plan: Plan): Outcome {
  if (plan.action === 'refuse') throw new PlanRefusedError(plan.reason)
  const result = resultOf(plan, true)
  switch (plan.action) {
    case 'update':
      return { plan, result, dryRun: true, connection: withTypes(plan.connection, plan.change.to) }
    case 'none':
    case 'adopt':
    case 'delete':
      return { plan, result, dryRun: true, connection: plan.connection }
    default:
      return { plan, result, dryRun: true }
  }
}
