/**
 * The plan as data (the `plan` output) and its digest (`plan-digest`), pure. A reviewer approves a digest; the apply
 * job recomputes it from what it finds and refuses to write if it differs. Only what the plan does goes in: the API
 * base URL, the org of the keys (so an approval belongs to one org) and, per sink org, the action, the connection id
 * and the types before and after. Nothing time- or
 * run-dependent, and one canonical form (sorted keys and lists, lower case, no whitespace), so that the same plan
 * always has the same digest.
 */
import { createHash } from 'node:crypto'
import type { Plan } from './plan.js'

export type ChangeAction = 'create' | 'update' | 'delete' | 'none'

export interface PlannedChange {
  'sink-org': string
  action: ChangeAction
  /** null for a create, or when nothing exists. */
  'connection-id': string | null
  /** Types now, sorted; null when there is no connection. */
  from: string[] | null
  /** Types after, sorted; null after a delete or when nothing exists. */
  to: string[] | null
}

export interface PlanDocument {
  site: string
  /** The org the keys belong to (lower case); null when the run did not read it (a plain create of one connection). */
  org: string | null
  changes: PlannedChange[]
}

export function changeOf(plan: Plan): PlannedChange {
  const sorted = (types: readonly string[]): string[] => [...new Set(types.map(t => t.toLowerCase()))].sort()
  const change = (action: ChangeAction, id: string | null, from: string[] | null, to: string[] | null) => ({
    'sink-org': plan.sinkOrgId.toLowerCase(),
    action,
    'connection-id': id === null ? null : id.toLowerCase(),
    from: from && sorted(from),
    to: to && sorted(to)
  })
  switch (plan.action) {
    case 'create':
      return change('create', null, null, plan.to)
    case 'adopt':
      // What was planned before the create: a create (its answer was lost, and the connection found is ours).
      return change('create', null, null, plan.connection.connectionTypes)
    case 'update':
      return change('update', plan.connection.id, plan.connection.connectionTypes, plan.change.to)
    case 'unchanged':
    case 'keep':
      return change('none', plan.connection.id, plan.connection.connectionTypes, plan.connection.connectionTypes)
    case 'delete':
      return change('delete', plan.connection.id, plan.connection.connectionTypes, null)
    case 'nothing-to-delete':
      return change('none', null, null, null)
  }
}

export function planDocument(baseUrl: string, org: string | null, plans: readonly Plan[]): PlanDocument {
  const changes = plans
    .map(changeOf)
    .sort(
      (a, b) => compare(a['sink-org'], b['sink-org']) || compare(a['connection-id'] ?? '', b['connection-id'] ?? '')
    )
  return { site: baseUrl.replace(/\/+$/, ''), org: org === null ? null : org.toLowerCase(), changes }
}

/** JSON with object keys sorted at every level and no whitespace. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    entries.sort(([a], [b]) => compare(a, b))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** Two changes are the same change: same sink org, action, connection id, and types before and after. */
export function sameChange(a: PlannedChange, b: PlannedChange): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

export function planDigest(document: PlanDocument): string {
  return `sha256:${createHash('sha256').update(canonicalJson(document)).digest('hex')}`
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
