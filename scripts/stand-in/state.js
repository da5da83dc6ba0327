/**
 * What the stand-in holds: the orgs of the account, which org each key pair belongs to, the connections, the user the
 * keys belong to, and how its answers vary within what the contract allows. Routes read and change it; tests reach it
 * through the stand-in object (`connections`, `orgs`, `user`, `listing`, `seed`, `seedMany`).
 */
import { randomUUID } from 'node:crypto'
import { KEYS, KNOWN_TYPES, manyOrgs, SINK_ORGS, SOURCE_ORG, USER, USER_PERSONAL } from './data.js'
import { timestamp } from './answers.js'

/**
 * @typedef {import('./data.js').Ref} Ref
 * @typedef {import('./data.js').OrgKeys} OrgKeys
 * @typedef {import('./answers.js').StoredConnection} StoredConnection
 * @typedef {import('./answers.js').Relationship} Relationship
 * @typedef {object} Variety how answers vary within the contract (every field optional)
 * @property {boolean} [included] list answers carry `included`: the orgs, and the users with personal data (true)
 * @property {Relationship[]} [omit] relationships left out of every connection answered ([])
 * @property {boolean} [names] relationships carry names in create and list answers (true; PATCH answers never do)
 * @property {import('./answers.js').TimestampStyle} [createdAt] how `created_at` of new connections is spelled
 *   ('recorded')
 * @property {string[]} [types] types accepted on create and update besides logs, metrics and audit ([]; say ['apm'])
 * @typedef {object} Listing how listing misbehaves (all off by default)
 * @property {boolean} [ignoreOffset] every page starts at offset 0
 * @property {number} [total] claim this total_filtered_count (and total_count) whatever the truth
 * @property {number} [overlap] each page also repeats the last `overlap` items of the page before
 * @property {boolean} [ignoreFilter] list every connection whatever the filter
 * @typedef {object} Seed a connection put in place without a request (a test's "given it exists")
 * @property {string[]} types any strings, types Datadog may add later included
 * @property {string} [sinkOrgId] SOURCE_ORG's connection to this org (the first of SINK_ORGS by default), or, with
 *   `sourceOrgId`, that org's to this one
 * @property {string} [sourceOrgId] alone: this org's connection to SOURCE_ORG (another org connected to us)
 * @property {string} [id] anything (say '..'); a fresh UUID by default
 * @property {string} [createdAt] exactly as it is to be answered
 * @property {Ref} [createdBy] the user who made it (the keys' user by default)
 * @property {Relationship[]} [omit] relationships its answers leave out
 * @property {boolean} [names] false: its relationships carry ids without names
 * @typedef {object} StateOptions
 * @property {Ref[]} [orgs] the orgs of the account besides SOURCE_ORG and SINK_ORGS (see manyOrgs)
 * @property {OrgKeys | OrgKeys[] | null} [keys] the key pairs accepted and the org of each (SOURCE_ORG when a pair
 *   has no orgId); null accepts any non-empty keys, as SOURCE_ORG's
 * @property {Variety} [variety]
 * @property {number} [pageSize] the most items one list page holds, whatever limit asks (Datadog: 1000)
 */

/** @param {StateOptions} [options] */
export function createState({ orgs = [], keys = KEYS, variety = {}, pageSize = 1000 } = {}) {
  /** @type {Map<string, Ref>} the orgs of the account (lower-case id -> org): any may be a source or a sink */
  const known = new Map([SOURCE_ORG, ...SINK_ORGS, ...orgs].map(org => [org.id.toLowerCase(), org]))
  /** @type {Map<string, StoredConnection>} id -> stored connection */
  const connections = new Map()
  /** Who the keys belong to: `serviceAccount = false` makes them a person's; its id and name sign new connections. */
  const user = { ...USER, ...USER_PERSONAL, serviceAccount: true }
  /** @param {string} id an org known to the account, or one the stand-in invents a name for */
  const org = id => known.get(id.toLowerCase()) ?? { id, name: 'Unlisted Org' }
  const store = storer({ connections, user, org, style: variety.createdAt ?? 'recorded' })
  const types = new Set([...KNOWN_TYPES, ...(variety.types ?? [])])
  return {
    pageSize,
    connections,
    orgs: known,
    user,
    /** @type {Listing} */
    listing: {},
    org,
    orgOfKeys: keyring(keys, org),
    store,
    /**
     * `n` connections from SOURCE_ORG at once, to `n` new orgs (manyOrgs), which join the account.
     * @param {number} n
     * @param {string[]} [types]
     */
    seedMany(n, types = ['logs']) {
      return manyOrgs(n).map(made => {
        known.set(made.id, made)
        return store({ sinkOrgId: made.id, types })
      })
    },
    /** @param {string} id a user id named by a connection: the personal data `included` carries */
    person: (/** @type {string} */ id) => person(id, user, connections),
    /** @param {unknown} type whether create and update accept this type */
    accepts: (/** @type {unknown} */ type) => typeof type === 'string' && types.has(type),
    /** the shape of create and list answers */
    shape: { omit: variety.omit ?? [], names: variety.names ?? true },
    included: variety.included ?? true
  }
}

/**
 * Which org a request's keys belong to, or why the request is refused (401 without keys, 403 with unknown ones).
 * @param {OrgKeys | OrgKeys[] | null} keys
 * @param {(id: string) => Ref} org
 * @returns {(headers: import('node:http').IncomingHttpHeaders) => { org: Ref } | { status: number, message: string }}
 */
function keyring(keys, org) {
  const accepted = keys === null ? null : (Array.isArray(keys) ? keys : [keys]).map(k => ({ ...k }))
  return headers => {
    const api = headers['dd-api-key']
    const app = headers['dd-application-key']
    if (!api || !app) return { status: 401, message: 'Unauthorized' }
    if (accepted === null) return { org: SOURCE_ORG }
    const pair = accepted.find(k => k.api === api && k.app === app)
    return pair ? { org: org(pair.orgId ?? SOURCE_ORG.id) } : { status: 403, message: 'Forbidden' }
  }
}

/**
 * Puts connections in place: from a seed (a test's "given it exists") or from a create.
 * @param {{ connections: Map<string, StoredConnection>, user: Ref, org: (id: string) => Ref,
 *   style: import('./answers.js').TimestampStyle }} held
 * @returns {(seed: Seed) => StoredConnection}
 */
function storer({ connections, user, org, style }) {
  return ({ sinkOrgId, sourceOrgId, types, id = randomUUID(), createdAt, createdBy, omit, names }) => {
    const incoming = sourceOrgId !== undefined && sourceOrgId !== SOURCE_ORG.id && sinkOrgId === undefined
    /** @type {StoredConnection} */
    const stored = {
      id,
      types: [...types],
      createdAt: createdAt ?? timestamp(style, new Date()),
      sourceOrg: org(sourceOrgId ?? SOURCE_ORG.id),
      sinkOrg: incoming ? SOURCE_ORG : org(sinkOrgId ?? SINK_ORGS[0].id),
      createdBy: createdBy ?? { id: user.id, name: user.name },
      ...(omit ? { omit: [...omit] } : {}),
      ...(names === undefined ? {} : { names })
    }
    connections.set(id, stored)
    return stored
  }
}

/**
 * The personal data of a user a connection names: the keys' user's own, or one made up for an earlier creator.
 * @param {string} id
 * @param {typeof USER & typeof USER_PERSONAL} user
 * @param {Map<string, StoredConnection>} connections
 */
function person(id, user, connections) {
  if (id === user.id) return user
  const name = [...connections.values()].find(c => c.createdBy.id === id)?.createdBy.name ?? 'Former Colleague'
  const handle = `${id.replace(/[^A-Za-z0-9]/g, '').slice(0, 24)}@acme.example`
  return { name, handle, email: handle, icon: USER_PERSONAL.icon }
}

/** @typedef {ReturnType<typeof createState>} State */
