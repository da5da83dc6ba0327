/**
 * The decision, pure: given the connections that exist to the sink org and what the step asks for,
 * what should be done. No I/O: carrying the plan out is apply.ts's job, reporting it report.ts's.
 */
import type { ConnectionType, OrgConnection } from './datadog/model.js'
import type { DesiredState, IfExists } from './settings.js'

export interface Wish {
  state: DesiredState
  connectionTypes: ConnectionType[]
  ifExists: IfExists
}

/** Set when a create of ours may have landed although its answer was lost (the POST was retried, then got 409). */
export interface OwnCreate {
  /** When the first attempt of that create started (ms since the epoch). */
  since: number
}

export interface TypeChange {
  from: string[]
  to: ConnectionType[]
  added: string[]
  removed: string[]
}

export type Plan =
  | { action: 'create'; to: ConnectionType[] }
  /** Our own create landed on an earlier attempt: it is the connection we created. */
  | { action: 'adopt'; connection: OrgConnection }
  | { action: 'update'; connection: OrgConnection; change: TypeChange }
  /** Exists as wanted, or differs but `if-exists: keep` says leave it (`kept` holds the difference). */
  | { action: 'none'; connection: OrgConnection; kept?: TypeChange }
  | { action: 'delete'; connection: OrgConnection }
  | { action: 'nothing-to-delete' }
  | { action: 'refuse'; reason: string }

export type Result =
  'created' | 'updated' | 'unchanged' | 'deleted' | 'absent' | 'would-create' | 'would-update' | 'would-delete'

// Datadog's clock and the runner's may differ a little: a connection created this long before our first attempt is not ours.
const CLOCK_SKEW_MS = 2 * 60_000

export function planConnection(existing: OrgConnection[], wish: Wish, ownCreate?: OwnCreate): Plan {
  if (existing.length > 1) {
    return {
      action: 'refuse',
      reason:
        `Found ${existing.length} connections to the sink org (${existing.map(c => c.id).join(', ')}); expected at most one. ` +
        'The action will not guess which one is meant: delete the extra ones in Datadog (Organization Settings > Cross-Organization Visibility), then re-run.'
    }
  }
  const [connection] = existing
  if (wish.state === 'absent') return connection ? { action: 'delete', connection } : { action: 'nothing-to-delete' }
  if (!connection) return { action: 'create', to: wish.connectionTypes }

  const change = typeChange(connection.connectionTypes, wish.connectionTypes)
  if (!change) {
    return ownCreate && createdSince(connection, ownCreate.since)
      ? { action: 'adopt', connection }
      : { action: 'none', connection }
  }
  switch (wish.ifExists) {
    case 'update':
      return { action: 'update', connection, change }
    case 'keep':
      return { action: 'none', connection, kept: change }
    case 'fail':
      return {
        action: 'refuse',
        reason:
          `A connection to the sink org exists already (${connection.id}) with types ${list(change.from)}, not ${list(change.to)}, ` +
          "and if-exists is 'fail'. Set if-exists to 'update' to converge it, or 'keep' to leave it as it is."
      }
  }
}

/** The `result` output: a dry run never reports what an applied run would, so `result == 'created'` cannot fire in a plan. */
export function resultOf(plan: Plan, dryRun: boolean): Result {
  switch (plan.action) {
    case 'create':
    case 'adopt':
      return dryRun ? 'would-create' : 'created'
    case 'update':
      return dryRun ? 'would-update' : 'updated'
    case 'delete':
      return dryRun ? 'would-delete' : 'deleted'
    case 'none':
      return 'unchanged'
    case 'nothing-to-delete':
      return 'absent'
    case 'refuse':
      throw new Error('a refused plan has no result')
  }
}

/** Compared as sets; undefined when they hold the same types. */
export function typeChange(from: readonly string[], to: readonly ConnectionType[]): TypeChange | undefined {
  const before = new Set(from.map(t => t.toLowerCase()))
  const after = new Set(to.map(t => t.toLowerCase()))
  const added = [...after].filter(t => !before.has(t))
  const removed = [...before].filter(t => !after.has(t))
  if (added.length === 0 && removed.length === 0) return undefined
  return { from: [...from], to: [...to], added, removed }
}

function createdSince(connection: OrgConnection, since: number): boolean {
  const created = connection.createdAt ? Date.parse(connection.createdAt) : NaN
  return !Number.isNaN(created) && created >= since - CLOCK_SKEW_MS
}

function list(types: readonly string[]): string {
  return types.length ? types.join(', ') : '(none)'
}
