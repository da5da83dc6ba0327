/**
 * The decision, pure: given the connections that exist and what is wished, what should be done. No I/O: carrying the
 * plan out is apply.ts's job, reporting it report.ts's. A refusal (the action will not guess) is an outcome of
 * planning, not a plan: `planConnection` returns one or the other.
 */
import { createdAtMs, type OrgConnection } from './datadog/model.js'
import { msg, type Message } from './message.js'
import type { Wish } from './wish.js'

/** Set when a create of ours may have landed although its answer was lost (the POST was retried, then got 409). */
export interface OwnCreate {
  /** When the first attempt of that create started (ms since the epoch). */
  since: number
}

export interface TypeChange {
  from: string[]
  to: string[]
  added: string[]
  removed: string[]
}

export type Plan =
  | { action: 'create'; sinkOrgId: string; to: string[] }
  /** Our own create landed on an earlier attempt whose answer was lost: it is the connection we created. */
  | { action: 'adopt'; sinkOrgId: string; connection: OrgConnection }
  | { action: 'update'; sinkOrgId: string; connection: OrgConnection; change: TypeChange }
  | { action: 'unchanged'; sinkOrgId: string; connection: OrgConnection }
  /** It differs, and `if-exists: keep` says leave it so. */
  | { action: 'keep'; sinkOrgId: string; connection: OrgConnection; difference: TypeChange }
  /** `pruned`: not asked for by an entry, but its sink org is not in the list and `prune` is on. */
  | { action: 'delete'; sinkOrgId: string; connection: OrgConnection; pruned: boolean }
  | { action: 'nothing-to-delete'; sinkOrgId: string }

export interface Refusal {
  sinkOrgId: string
  reason: Message
  /** The connection that exists, when there is exactly one. */
  connection?: OrgConnection
}

export type Planning = { plan: Plan; refusal?: undefined } | { refusal: Refusal; plan?: undefined }

/** Whether carrying the plan out writes anything. */
export function writes(plan: Plan): boolean {
  return plan.action === 'create' || plan.action === 'update' || plan.action === 'delete'
}

// Datadog's clock and the runner's may differ a little: a connection created this long before our first attempt is not ours.
const CLOCK_SKEW_MS = 2 * 60_000

/** One wish against the connections that exist to its sink org. */
export function planConnection(existing: readonly OrgConnection[], wish: Wish, ownCreate?: OwnCreate): Planning {
  const { sinkOrgId } = wish
  if (existing.length > 1) {
    return refuse(
      sinkOrgId,
      undefined,
      msg`Found ${existing.length} connections to sink org ${sinkOrgId} (${existing.map(c => c.id)}); expected at most one. The action will not guess which one is meant: delete the extra ones in Datadog (Organization Settings > Cross-Organization Visibility), then re-run.`
    )
  }
  const [connection] = existing
  if (wish.state === 'absent') {
    return {
      plan: connection
        ? { action: 'delete', sinkOrgId, connection, pruned: false }
        : { action: 'nothing-to-delete', sinkOrgId }
    }
  }
  if (!connection) return { plan: { action: 'create', sinkOrgId, to: wish.connectionTypes } }

  const change = typeChange(connection.connectionTypes, wish.connectionTypes)
  if (!change) {
    const ours = ownCreate !== undefined && createdSince(connection, ownCreate.since)
    return { plan: { action: ours ? 'adopt' : 'unchanged', sinkOrgId, connection } }
  }
  switch (wish.ifExists) {
    case 'update':
      return { plan: { action: 'update', sinkOrgId, connection, change } }
    case 'keep':
      return { plan: { action: 'keep', sinkOrgId, connection, difference: change } }
    case 'fail':
      return refuse(
        sinkOrgId,
        connection,
        msg`A connection to sink org ${sinkOrgId} exists already (${connection.id}) with types ${change.from}, not ${change.to}, and if-exists is 'fail'. Set if-exists to 'update' to converge it, or 'keep' to leave it as it is.`
      )
  }
}

export interface ListPlanning {
  /** In list order, then the pruned connections by sink org. */
  plans: Plan[]
  refusals: Refusal[]
  /** With prune off: this org's connections to sink orgs the list does not name, kept as they are (not changes). */
  undeclared: OrgConnection[]
}

/**
 * Every wish of a list against every connection this org made (one listing), and, with `prune`, a delete for each
 * connection whose sink org no wish names. Every listed connection must name its sink org (see `unnamedSink`).
 */
export function planList(existing: readonly OrgConnection[], wishes: readonly Wish[], prune: boolean): ListPlanning {
  const bySink = new Map<string, OrgConnection[]>()
  for (const connection of existing) {
    const sink = connection.sinkOrg?.id.toLowerCase() ?? ''
    bySink.set(sink, [...(bySink.get(sink) ?? []), connection])
  }
  const plans: Plan[] = []
  const refusals: Refusal[] = []
  for (const wish of wishes) {
    const planning = planConnection(bySink.get(wish.sinkOrgId) ?? [], wish)
    if (planning.plan) plans.push(planning.plan)
    else refusals.push(planning.refusal)
  }
  const wanted = new Set(wishes.map(w => w.sinkOrgId))
  const unlisted = [...bySink.entries()].filter(([sink]) => !wanted.has(sink)).sort(([a], [b]) => a.localeCompare(b))
  const undeclared: OrgConnection[] = []
  for (const [sinkOrgId, connections] of unlisted) {
    if (!prune) undeclared.push(...connections)
    else for (const connection of connections) plans.push({ action: 'delete', sinkOrgId, connection, pruned: true })
  }
  return { plans, refusals, undeclared }
}

/**
 * The connections that do not name their sink org. The contract makes the relationship optional, but no decision
 * about a sink org can be made without it: such a connection is never read as "no connection to that sink org".
 */
export function unnamedSink(existing: readonly OrgConnection[]): OrgConnection[] {
  return existing.filter(connection => connection.sinkOrg === undefined)
}

/** Compared as sets; undefined when they hold the same types. */
export function typeChange(from: readonly string[], to: readonly string[]): TypeChange | undefined {
  const before = new Set(from.map(t => t.toLowerCase()))
  const after = new Set(to.map(t => t.toLowerCase()))
  const added = [...after].filter(t => !before.has(t))
  const removed = [...before].filter(t => !after.has(t))
  if (added.length === 0 && removed.length === 0) return undefined
  return { from: [...from], to: [...to], added, removed }
}

function refuse(sinkOrgId: string, connection: OrgConnection | undefined, reason: Message): Planning {
  return { refusal: { sinkOrgId, reason, ...(connection ? { connection } : {}) } }
}

function createdSince(connection: OrgConnection, since: number): boolean {
  const created = createdAtMs(connection)
  return created !== undefined && created >= since - CLOCK_SKEW_MS
}
