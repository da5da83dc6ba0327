/**
 * The org connection as Datadog's v2 API describes it, and the readers that turn untrusted JSON into it.
 *
 * Read what is used, tolerate what is not, refuse only what would make a decision or a write wrong. In the contract
 * only a connection's `id` has a format (a UUID, which goes into a path); org and user ids are plain strings, and
 * names, the creator, `created_at`, `meta`, `included` and any field the schema does not declare are optional.
 */
import { isUuid } from '../uuid.js'
import { msg, words, type Message } from '../message.js'

/** The types this version knows. Datadog adds types (`audit` came in March 2026): any other string is kept too. */
export const KNOWN_CONNECTION_TYPES = ['logs', 'metrics', 'audit'] as const
export type KnownConnectionType = (typeof KNOWN_CONNECTION_TYPES)[number]

export function isKnownConnectionType(value: string): value is KnownConnectionType {
  return (KNOWN_CONNECTION_TYPES as readonly string[]).includes(value)
}

/** An org or a user named by a connection. The id is opaque: compare it without regard to case. */
export interface OrgRef {
  id: string
  name?: string
}

export interface OrgConnection {
  /** A UUID (any case): the only field with a format, since it goes into a path. */
  id: string
  /** Whatever type strings Datadog sends, in its order (types it adds later included). */
  connectionTypes: string[]
  /** Exactly as Datadog wrote it, when it is an RFC 3339 date-time. */
  createdAt?: string
  sourceOrg?: OrgRef
  sinkOrg?: OrgRef
  createdBy?: OrgRef
}

export { isUuid }

/** What reading untrusted JSON gives: the value, or what was wrong with it (our words, the values neutralised). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Message }

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Generous bounds, far beyond Datadog's three types: past them a list is not connection types (it could not be
 * compared, shown or sent back sensibly), so the connection is refused rather than planned on.
 */
export const MAX_TYPES = 50
export const MAX_TYPE_CHARS = 100
/** The longest created_at passed on: 35 characters spell nanoseconds with an offset; beyond 100 is no timestamp. */
const MAX_TIMESTAMP_CHARS = 100

const RFC3339 = /^(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d):(\d\d)(?:\.(\d+))?([Zz]|[+-](\d\d):(\d\d))$/

/**
 * Milliseconds since the epoch of an RFC 3339 date-time (lower-case `t`/`z`, any number of fraction digits, `Z` or
 * an offset, a leap second), or undefined when the text is not one, so that no decision depends on its spelling.
 */
export function rfc3339Ms(text: string): number | undefined {
  const m = text.length <= MAX_TIMESTAMP_CHARS ? RFC3339.exec(text) : null
  if (!m) return undefined
  const [, year, month, day, hour, minute, second, fraction = '', zone, zoneHour = '0', zoneMinute = '0'] = m
  const n = (s: string | undefined) => Number(s)
  const calendar = n(month) >= 1 && n(month) <= 12 && n(day) >= 1 && n(day) <= daysIn(n(year), n(month))
  const clock = n(hour) <= 23 && n(minute) <= 59 && n(second) <= 60 && n(zoneHour) <= 23 && n(zoneMinute) <= 59
  if (!calendar || !clock) return undefined
  // Date.parse reads one spelling: upper case, milliseconds; a leap second is the second before, plus one.
  const leap = second === '60'
  const ms = fraction.padEnd(3, '0').slice(0, 3)
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${leap ? '59' : second}.${ms}${(zone ?? 'Z').toUpperCase()}`
  const parsed = Date.parse(iso)
  return Number.isNaN(parsed) ? undefined : parsed + (leap ? 1000 : 0)
}

function daysIn(year: number, month: number): number {
  const leapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return [31, leapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
}

/** When the connection was created, in milliseconds, whatever the spelling of its created_at. */
export function createdAtMs(connection: Pick<OrgConnection, 'createdAt'>): number | undefined {
  return connection.createdAt === undefined ? undefined : rfc3339Ms(connection.createdAt)
}

/**
 * What one connection resource of an answer says, field by field. A field that is absent is undefined; one that is
 * present but unusable is undefined too, with its problem said (naming the field). Relationships and created_at
 * are never a problem: an unusable one is simply absent.
 */
export interface ConnectionFields {
  id?: string
  idProblem?: Message
  connectionTypes?: string[]
  typesProblem?: Message
  createdAt?: string
  sourceOrg?: OrgRef
  sinkOrg?: OrgRef
  createdBy?: OrgRef
}

type Relationship = 'source_org' | 'sink_org' | 'created_by'

/** `relationships.<name>.data`: an id that is a non-empty string, and its name when that is a string. */
function relationship(relationships: Record<string, unknown>, name: Relationship): OrgRef | undefined {
  const rel = relationships[name]
  const data = isRecord(rel) ? rel.data : undefined
  if (!isRecord(data) || typeof data.id !== 'string' || data.id === '') return undefined
  return typeof data.name === 'string' ? { id: data.id, name: data.name } : { id: data.id }
}

function shown(value: unknown): Message {
  return typeof value === 'string' ? msg`${value}` : words(`(${value === null ? 'null' : typeof value})`)
}

function readTypes(value: unknown): Pick<ConnectionFields, 'connectionTypes' | 'typesProblem'> {
  if (value === undefined) return {}
  // Every item is checked before any is kept: a crafted value nested deeper than the stack is never walked.
  if (!Array.isArray(value) || !value.every(t => typeof t === 'string')) {
    return { typesProblem: words('attributes.connection_types is not a list of texts') }
  }
  const types = value
  if (types.length > MAX_TYPES || types.some(t => t.length > MAX_TYPE_CHARS)) {
    const bound = `at most ${MAX_TYPES} types of at most ${MAX_TYPE_CHARS} characters`
    return { typesProblem: msg`attributes.connection_types holds ${types.length} types, not ${words(bound)}` }
  }
  return { connectionTypes: [...types] }
}

/** Reads the known fields of one connection resource; nothing else is kept, so no crafted extra travels on. */
export function readConnectionFields(resource: Record<string, unknown>): ConnectionFields {
  const fields: ConnectionFields = {}
  if (isUuid(resource.id)) fields.id = resource.id
  else
    fields.idProblem = resource.id === undefined ? words('id is missing') : msg`id is not a UUID: ${shown(resource.id)}`
  const attributes = isRecord(resource.attributes) ? resource.attributes : {}
  Object.assign(fields, readTypes(attributes.connection_types))
  const createdAt = attributes.created_at
  if (typeof createdAt === 'string' && rfc3339Ms(createdAt) !== undefined) fields.createdAt = createdAt
  const relationships = isRecord(resource.relationships) ? resource.relationships : {}
  // The creator is a person: only its id is kept, never a name (personal data, and logs are public).
  const creator = relationship(relationships, 'created_by')
  const refs = {
    sourceOrg: relationship(relationships, 'source_org'),
    sinkOrg: relationship(relationships, 'sink_org'),
    createdBy: creator && { id: creator.id }
  }
  for (const [key, ref] of Object.entries(refs)) if (ref) fields[key as keyof typeof refs] = ref
  return fields
}

/** One connection resource: usable when it has an id that is a UUID and a list of type strings. */
export function parseConnection(value: unknown): Parsed<OrgConnection> {
  if (!isRecord(value)) return { ok: false, problem: words('it is not an object') }
  const { id, idProblem, connectionTypes, typesProblem, ...rest } = readConnectionFields(value)
  if (id === undefined) return { ok: false, problem: idProblem ?? words('id is missing') }
  if (connectionTypes === undefined) {
    return { ok: false, problem: typesProblem ?? msg`attributes.connection_types is missing (connection ${id})` }
  }
  return { ok: true, value: { id, connectionTypes, ...rest } }
}

/** `{data: OrgConnection}`, the answer to a create or an update: its `data` object, if there is one. */
export function connectionResource(body: unknown): Record<string, unknown> | undefined {
  return isRecord(body) && isRecord(body.data) ? body.data : undefined
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
  if (!isRecord(body) || !Array.isArray(body.data)) return { ok: false, problem: words('data is not a list') }
  const items: unknown[] = body.data
  const connections: OrgConnection[] = []
  for (let i = 0; i < items.length; i++) {
    const parsed = parseConnection(items[i])
    if (!parsed.ok) return { ok: false, problem: msg`item ${i + 1} of the page: ${parsed.problem}` }
    connections.push(parsed.value)
  }
  const page = isRecord(body.meta) && isRecord(body.meta.page) ? body.meta.page : {}
  const total = page.total_filtered_count
  const totalFiltered = typeof total === 'number' && Number.isSafeInteger(total) && total >= 0 ? total : undefined
  return { ok: true, value: { connections, totalFiltered, received: items.length } }
}

/** The `connection` output: the connection as a JSON:API object, rendered from the typed fields only. */
export function connectionJson(c: OrgConnection): Record<string, unknown> {
  const ref = (type: 'orgs' | 'users', r: OrgRef) => ({
    data: { type, id: r.id, ...(r.name === undefined ? {} : { name: r.name }) }
  })
  const relationships: Record<string, unknown> = {}
  if (c.sourceOrg) relationships.source_org = ref('orgs', c.sourceOrg)
  if (c.sinkOrg) relationships.sink_org = ref('orgs', c.sinkOrg)
  if (c.createdBy) relationships.created_by = ref('users', c.createdBy)
  const attributes: Record<string, unknown> = { connection_types: [...c.connectionTypes] }
  if (c.createdAt !== undefined) attributes.created_at = c.createdAt
  return { type: 'org_connection', id: c.id, attributes, relationships }
}

/**
 * A PATCH answer names no orgs (ids only): what it leaves out, carried over from the connection as it was listed.
 * A name is carried over only to the same id (compared without regard to case); the answer's own fields win.
 */
export function carryOver(updated: OrgConnection, listed: OrgConnection): OrgConnection {
  const named = (fresh?: OrgRef, known?: OrgRef): OrgRef | undefined => {
    if (!fresh) return known
    const same = known !== undefined && known.id.toLowerCase() === fresh.id.toLowerCase()
    return fresh.name === undefined && same && known.name !== undefined ? { ...fresh, name: known.name } : fresh
  }
  const merged: OrgConnection = { id: updated.id, connectionTypes: [...updated.connectionTypes] }
  const createdAt = updated.createdAt ?? listed.createdAt
  if (createdAt !== undefined) merged.createdAt = createdAt
  const refs = {
    sourceOrg: named(updated.sourceOrg, listed.sourceOrg),
    sinkOrg: named(updated.sinkOrg, listed.sinkOrg),
    createdBy: named(updated.createdBy, listed.createdBy)
  }
  for (const [key, ref] of Object.entries(refs)) if (ref) merged[key as keyof typeof refs] = ref
  return merged
}

/** Who the keys belong to, as far as this action needs: never the user's email, handle or name (logs are public). */
export interface CurrentUser {
  /** The org's id (opaque): the `source_org` of the connections these keys create. */
  orgId: string
  /** The org's name, when the answer includes the org. */
  orgName?: string
  /** The application key belongs to a service account (Datadog's recommendation for automation). */
  serviceAccount: boolean
}

/** `GET /api/v2/current_user`: `data.relationships.org.data.id`, and the org's name from `included` if there. */
export function parseCurrentUser(body: unknown): Parsed<CurrentUser> {
  const data = isRecord(body) && isRecord(body.data) ? body.data : undefined
  if (!data) return { ok: false, problem: words('data is not an object') }
  const relationships = isRecord(data.relationships) ? data.relationships : {}
  const org = isRecord(relationships.org) && isRecord(relationships.org.data) ? relationships.org.data : {}
  // Never quoted: whatever stands there came from an answer about a person.
  if (typeof org.id !== 'string' || org.id === '') {
    return { ok: false, problem: words('data.relationships.org.data.id is not a non-empty text') }
  }
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
