/**
 * How Datadog writes what the stand-in holds: connection resources (full in create and list answers, ids without
 * names in PATCH answers, as recorded), the `included` array of list answers (orgs, and users with their personal
 * data), the current user, `created_at` in the spellings RFC 3339 allows, and `{"errors": ["..."]}`.
 */

/**
 * @typedef {import('./data.js').Ref} Ref
 * @typedef {'source_org' | 'sink_org' | 'created_by'} Relationship
 * @typedef {'recorded' | 'reference' | 'lower' | 'offset' | ((date: Date) => string)} TimestampStyle
 * @typedef {object} StoredConnection
 * @property {string} id
 * @property {string[]} types
 * @property {string} createdAt exactly as answered
 * @property {Ref} sourceOrg
 * @property {Ref} sinkOrg
 * @property {Ref} createdBy
 * @property {Relationship[]} [omit] relationships left out of its answers
 * @property {boolean} [names] false: its relationships carry ids without names
 * @typedef {{ omit: Relationship[], names: boolean }} Shape how thin a connection's answers are
 */

/**
 * An OrgConnection resource as Datadog's API writes it.
 * @param {StoredConnection} stored
 * @param {Shape} shape the answer's shape; the connection's own `omit` and `names` thin it further
 */
export function resource(stored, shape) {
  const names = shape.names && stored.names !== false
  const omitted = new Set([...shape.omit, ...(stored.omit ?? [])])
  /** @type {(type: string, ref: Ref) => { data: { type: string, id: string, name?: string } }} */
  const ref = (type, { id, name }) => ({ data: names ? { type, id, name } : { type, id } })
  /** @type {Record<Relationship, { data: { type: string, id: string, name?: string } }>} */
  const all = {
    source_org: ref('orgs', stored.sourceOrg),
    sink_org: ref('orgs', stored.sinkOrg),
    created_by: ref('users', stored.createdBy)
  }
  const relationships = Object.fromEntries(
    Object.entries(all).filter(([key]) => !omitted.has(/** @type {any} */ (key)))
  )
  return {
    type: 'org_connection',
    id: stored.id,
    attributes: { created_at: stored.createdAt, connection_types: [...stored.types] },
    relationships
  }
}

/**
 * The `included` array of a list answer, as recorded: each org and user the answered connections name, orgs first,
 * users with their handle, email and avatar (personal data that the action must never print).
 * @param {ReturnType<typeof resource>[]} resources what the answer's `data` holds
 * @param {{ org(id: string): Ref, person(id: string): { name: string, handle: string, email: string, icon: string } }} lookup
 */
export function included(resources, lookup) {
  /** @type {Map<string, string>} id -> type, in order of first mention */
  const named = new Map()
  for (const { relationships } of resources) {
    for (const { data } of Object.values(relationships)) named.set(`${data.type}/${data.id}`, data.type)
  }
  const orgs = [...named.keys()].filter(key => key.startsWith('orgs/')).map(key => key.slice('orgs/'.length))
  const users = [...named.keys()].filter(key => key.startsWith('users/')).map(key => key.slice('users/'.length))
  return [...orgs.map(id => includedOrg(lookup.org(id))), ...users.map(id => includedUser(id, lookup.person(id)))]
}

/** @param {Ref} org */
function includedOrg(org) {
  return {
    type: 'orgs',
    id: org.id,
    attributes: {
      public_id: org.id.replace(/-/g, '').slice(0, 16),
      name: org.name,
      description: null,
      sharing: 'all_private',
      url: null,
      disabled: false,
      created_at: '2019-08-13T19:50:19.001015+00:00',
      modified_at: null
    }
  }
}

/**
 * @param {string} id
 * @param {{ name: string, handle: string, email: string, icon: string }} person
 */
function includedUser(id, { name, handle, email, icon }) {
  return {
    type: 'users',
    id,
    attributes: {
      name,
      handle,
      created_at: '2019-10-02T08:15:39.795051+00:00',
      modified_at: '2025-09-17T20:56:07.513404+00:00',
      email,
      icon,
      title: null,
      verified: true,
      service_account: false,
      disabled: false,
      allowed_login_methods: [],
      status: 'Active'
    }
  }
}

/**
 * `GET /api/v2/current_user`: the keys' user in the keys' org, shaped like Datadog's users answers, with the org
 * in `included`.
 * @param {{ id: string, name: string, handle: string, email: string, serviceAccount: boolean }} user
 * @param {Ref} org
 */
export function currentUser(user, org) {
  const role = 'b0c8a8f0-0000-4000-8000-000000000001'
  return {
    data: {
      type: 'users',
      id: user.id,
      attributes: {
        name: user.name,
        handle: user.handle,
        email: user.email,
        service_account: user.serviceAccount,
        disabled: false,
        status: 'Active'
      },
      relationships: {
        org: { data: { type: 'orgs', id: org.id } },
        roles: { data: [{ type: 'roles', id: role }] }
      }
    },
    included: [
      { type: 'roles', id: role, attributes: { name: 'Datadog Admin Role' } },
      { type: 'orgs', id: org.id, attributes: { name: org.name, public_id: 'abcdef123456' } }
    ]
  }
}

/**
 * `created_at` for a connection made now, in one of the spellings RFC 3339 allows:
 * - `recorded`: `2025-08-26T20:19:36.177236+00:00` (microseconds and +00:00, as Datadog was recorded writing it),
 * - `reference`: `2023-01-01T12:00:00Z` (the API reference's example: seconds and Z),
 * - `lower`: `2026-11-20t10:00:00.123456789012z` (lower-case t and z, 12 fraction digits),
 * - `offset`: `2026-11-20T12:00:00.123+02:00` (the same instant at another offset),
 * - or any function of the date.
 * @param {TimestampStyle} style
 * @param {Date} date
 */
export function timestamp(style, date) {
  if (typeof style === 'function') return style(date)
  const iso = date.toISOString()
  const digits = (/** @type {number} */ n) => String(Math.floor(Math.random() * 10 ** n)).padStart(n, '0')
  if (style === 'reference') return `${iso.slice(0, 19)}Z`
  if (style === 'lower') return `${iso.slice(0, 10)}t${iso.slice(11, 23)}${digits(9)}z`
  if (style === 'offset') {
    const shifted = new Date(date.getTime() + 2 * 3600_000).toISOString()
    return `${shifted.slice(0, 23)}+02:00`
  }
  return `${iso.slice(0, 23)}${digits(3)}+00:00`
}

/** @param {string} text */
export function errors(text) {
  return { errors: [text] }
}
