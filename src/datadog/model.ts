/** The org connection as Datadog's v2 API describes it, and the checks that turn untrusted JSON into it. */
import { msg, words, type Message } from '../message.js'

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
  /** The connection as a JSON:API object, for the `connection` output: the known fields only, copied (bounded). */
  raw: Record<string, unknown>
}

export function isConnectionType(value: string): value is ConnectionType {
  return (CONNECTION_TYPES as readonly string[]).includes(value)
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Every id Datadog returns (connections, orgs, users) is a UUID; anything else is not used in a path or reported. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value)
}

/** What reading untrusted JSON gives: the value, or what was wrong with it (our words, the values neutralised). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Message }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

type Relationship = 'source_org' | 'sink_org' | 'created_by'
const RELATIONSHIPS: readonly Relationship[] = ['source_org', 'sink_org', 'created_by']

function relationship(relationships: Record<string, unknown>, name: Relationship): Parsed<OrgRef | undefined> {
  const rel = relationships[name]
  const data = isRecord(rel) ? rel.data : undefined
  if (!isRecord(data) || data.id === undefined || data.id === null) return { ok: true, value: undefined }
  if (!isUuid(data.id)) {
    return {
      ok: false,
      problem: msg`a ${words(name)} id that is not a UUID: ${typeof data.id === 'string' ? data.id : typeof data.id}`
    }
  }
  return { ok: true, value: typeof data.name === 'string' ? { id: data.id, name: data.name } : { id: data.id } }
}

/**
 * Reads one `OrgConnection` resource: its id (a UUID), its types (strings), and the known optional fields. Nothing
 * else is kept, so `raw` is small and flat whatever came back (a crafted answer nested deeper than the stack cannot
 * crash JSON.stringify or structuredClone later).
 */
const MAX_TYPES = 20
const MAX_TYPE_CHARS = 100
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:?\d\d)?$/

export function parseConnection(value: unknown): Parsed<OrgConnection> {
  if (!isRecord(value)) return { ok: false, problem: words('no object') }
  if (!isUuid(value.id)) {
    const shown = typeof value.id === 'string' ? value.id : `(${value.id === undefined ? 'none' : typeof value.id})`
    return { ok: false, problem: msg`a connection id that is not a UUID: ${shown}` }
  }
  const attributes = isRecord(value.attributes) ? value.attributes : {}
  const types: unknown = attributes.connection_types
  if (!Array.isArray(types) || !types.every(t => typeof t === 'string')) {
    return { ok: false, problem: msg`no list of connection types (connection ${value.id})` }
  }
  // Datadog has three types: a list far longer, or a type far longer than a name, is not an answer of Datadog's.
  if (types.length > MAX_TYPES || types.some(t => t.length > MAX_TYPE_CHARS)) {
    return { ok: false, problem: msg`an implausible list of ${types.length} connection types (connection ${value.id})` }
  }
  const relationships = isRecord(value.relationships) ? value.relationships : {}
  const refs: Partial<Record<Relationship, OrgRef>> = {}
  const rawRelationships: Record<string, unknown> = {}
  for (const name of RELATIONSHIPS) {
    const ref = relationship(relationships, name)
    if (!ref.ok) return ref
    if (!ref.value) continue
    refs[name] = ref.value
    const data = (relationships[name] as { data: Record<string, unknown> }).data
    const type = typeof data.type === 'string' ? data.type : name === 'created_by' ? 'users' : 'orgs'
    rawRelationships[name] = { data: { type, ...ref.value } }
  }
  // Passed on exactly as Datadog wrote it, but only if it is a timestamp.
  const createdAt =
    typeof attributes.created_at === 'string' && TIMESTAMP.test(attributes.created_at)
      ? attributes.created_at
      : undefined
  const rawAttributes: Record<string, unknown> = { connection_types: [...types] }
  if (createdAt !== undefined) rawAttributes.created_at = createdAt
  return {
    ok: true,
    value: {
      id: value.id,
      connectionTypes: [...types] as string[],
      createdAt,
      sourceOrg: refs.source_org,
      sinkOrg: refs.sink_org,
      createdBy: refs.created_by,
      raw: { type: 'org_connection', id: value.id, attributes: rawAttributes, relationships: rawRelationships }
    }
  }
}

/** `{data: OrgConnection}`, the answer to a create or an update. */
export function parseConnectionDocument(body: unknown): Parsed<OrgConnection> {
  return isRecord(body) && isRecord(body.data)
    ? parseConnection(body.data)
    : { ok: false, problem: words('no data object') }
}

/** The id of the `data` of a create answer, when it is a UUID: the one thing a created connection must report. */
export function documentId(body: unknown): string | undefined {
  return isRecord(body) && isRecord(body.data) && isUuid(body.data.id) ? body.data.id : undefined
}

export interface ConnectionPage {
  connections: OrgConnection[]
  /** How many connections match the filter in all, when Datadog says so. */
  totalFiltered?: number
  /** Items on this page: paging advances by this. */
  received: number
}

/** A list page; one unusable item makes the whole page unusable (a listing that skipped one could plan wrongly). */
export function parseConnectionPage(body: unknown): Parsed<ConnectionPage> {
  if (!isRecord(body) || !Array.isArray(body.data)) return { ok: false, problem: words('no data list') }
  const items: unknown[] = body.data
  const connections: OrgConnection[] = []
  for (let i = 0; i < items.length; i++) {
    const parsed = parseConnection(items[i])
    if (!parsed.ok) return { ok: false, problem: msg`item ${i + 1} of the page has ${parsed.problem}` }
    connections.push(parsed.value)
  }
  const meta = isRecord(body.meta) && isRecord(body.meta.page) ? body.meta.page : {}
  const total = meta.total_filtered_count
  return {
    ok: true,
    value: {
      connections,
      totalFiltered: typeof total === 'number' && Number.isFinite(total) ? total : undefined,
      received: items.length
    }
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

/** Who the keys belong to, as far as this action needs: never the user's email, handle or name (logs are public). */
export interface CurrentUser {
  /** The org's UUID: the `source_org` of the connections these keys create. */
  orgId: string
  /** The org's name, when the answer includes the org. */
  orgName?: string
  /** The application key belongs to a service account (Datadog's recommendation for automation). */
  serviceAccount: boolean
}

/** `GET /api/v2/current_user`: `data.relationships.org.data.id`, and the org's name from `included` if there. */
export function parseCurrentUser(body: unknown): Parsed<CurrentUser> {
  const data = isRecord(body) && isRecord(body.data) ? body.data : undefined
  if (!data) return { ok: false, problem: words('no data object') }
  const relationships = isRecord(data.relationships) ? data.relationships : {}
  const org = isRecord(relationships.org) && isRecord(relationships.org.data) ? relationships.org.data : {}
  // Not quoted: whatever stands there came from an answer about a person.
  if (!isUuid(org.id)) return { ok: false, problem: words('no org id that is a UUID') }
  const orgId = org.id
  const attributes = isRecord(data.attributes) ? data.attributes : {}
  const included: unknown[] = isRecord(body) && Array.isArray(body.included) ? body.included : []
  const orgResource = included.find(
    (item): item is Record<string, unknown> =>
      isRecord(item) &&
      item.type === 'orgs' &&
      typeof item.id === 'string' &&
      item.id.toLowerCase() === orgId.toLowerCase()
  )
  const name = orgResource && isRecord(orgResource.attributes) ? orgResource.attributes.name : undefined
  const user: CurrentUser = { orgId, serviceAccount: attributes.service_account === true }
  if (typeof name === 'string') user.orgName = name
  return { ok: true, value: user }
}
