/** The org connection as Datadog's v2 API describes it, and the checks that turn untrusted JSON into it. */

export const CONNECTION_TYPES = ['logs', 'metrics', 'audit'] as const
export type ConnectionType = (typeof CONNECTION_TYPES)[number]

export interface OrgRef {
  id: string
  name?: string
}

export interface OrgConnection {
  id: string
  connectionTypes: string[]
  /** Exactly as Datadog returned it (microseconds, `+00:00`). */
  createdAt?: string
  sourceOrg?: OrgRef
  sinkOrg?: OrgRef
  createdBy?: OrgRef
  /** The whole object from the API, for the `connection` output. */
  raw: Record<string, unknown>
}

export function isConnectionType(value: string): value is ConnectionType {
  return (CONNECTION_TYPES as readonly string[]).includes(value)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function relationship(relationships: Record<string, unknown>, name: string): OrgRef | undefined {
  const rel = relationships[name]
  const data = isRecord(rel) ? rel.data : undefined
  if (!isRecord(data) || typeof data.id !== 'string') return undefined
  return typeof data.name === 'string' ? { id: data.id, name: data.name } : { id: data.id }
}

/** Reads one `OrgConnection` resource; undefined when it lacks what the action relies on (an id and its types). */
export function parseConnection(value: unknown): OrgConnection | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || value.id === '') return undefined
  const attributes = isRecord(value.attributes) ? value.attributes : {}
  const types = attributes.connection_types
  if (!Array.isArray(types) || !types.every(t => typeof t === 'string')) return undefined
  const relationships = isRecord(value.relationships) ? value.relationships : {}
  return {
    id: value.id,
    connectionTypes: types as string[],
    createdAt: typeof attributes.created_at === 'string' ? attributes.created_at : undefined,
    sourceOrg: relationship(relationships, 'source_org'),
    sinkOrg: relationship(relationships, 'sink_org'),
    createdBy: relationship(relationships, 'created_by'),
    raw: value
  }
}

/** `{data: OrgConnection}`, the answer to a create or an update. */
export function parseConnectionDocument(body: unknown): OrgConnection | undefined {
  return isRecord(body) ? parseConnection(body.data) : undefined
}

export interface ConnectionPage {
  connections: OrgConnection[]
  /** How many connections match the filter in all, when Datadog says so. */
  totalFiltered?: number
  /** Items on this page, usable or not: paging advances by this. */
  received: number
}

export function parseConnectionPage(body: unknown): ConnectionPage | undefined {
  if (!isRecord(body) || !Array.isArray(body.data)) return undefined
  const meta = isRecord(body.meta) && isRecord(body.meta.page) ? body.meta.page : {}
  const total = meta.total_filtered_count
  return {
    connections: body.data.map(parseConnection).filter((c): c is OrgConnection => c !== undefined),
    totalFiltered: typeof total === 'number' ? total : undefined,
    received: body.data.length
  }
}

/**
 * A PATCH answer names no orgs (ids only): carry the names over from what was listed,
 * so the outputs keep describing the connection fully.
 */
export function withNamesFrom(updated: OrgConnection, listed: OrgConnection): OrgConnection {
  const named = (fresh: OrgRef | undefined, known: OrgRef | undefined): OrgRef | undefined => {
    if (!fresh) return known
    if (fresh.name !== undefined || !known || known.id !== fresh.id || known.name === undefined) return fresh
    return { ...fresh, name: known.name }
  }
  const raw = structuredClone(updated.raw)
  const relationships = isRecord(raw.relationships) ? raw.relationships : (raw.relationships = {})
  const refs = {
    source_org: named(updated.sourceOrg, listed.sourceOrg),
    sink_org: named(updated.sinkOrg, listed.sinkOrg),
    created_by: named(updated.createdBy, listed.createdBy)
  }
  for (const [key, ref] of Object.entries(refs)) {
    if (!ref) continue
    const rel = relationships[key]
    const data = isRecord(rel) && isRecord(rel.data) ? rel.data : undefined
    const type = data?.type ?? (key === 'created_by' ? 'users' : 'orgs')
    relationships[key] = { data: { ...(data ?? {}), type, ...ref } }
  }
  return {
    ...updated,
    createdAt: updated.createdAt ?? listed.createdAt,
    sourceOrg: refs.source_org,
    sinkOrg: refs.sink_org,
    createdBy: refs.created_by,
    raw
  }
}

/** The connection as it would be with other types: what a dry run of an update reports. */
export function withTypes(connection: OrgConnection, types: string[]): OrgConnection {
  const raw = structuredClone(connection.raw)
  raw.attributes = { ...(isRecord(raw.attributes) ? raw.attributes : {}), connection_types: [...types] }
  return { ...connection, connectionTypes: [...types], raw }
}
