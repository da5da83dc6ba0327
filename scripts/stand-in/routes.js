/**
 * The paths of Datadog's API the action uses, answered as Datadog was recorded to answer them: create answers 200
 * (not 201), a connection that exists 409, duplicate types on create 400 "... is not allowed", an unknown sink org 404
 * "Not found", PATCH answers name no orgs, DELETE answers `{}` and a newline, errors are `{"errors": ["..."]}`. Lists
 * page with limit/offset and report total_count and total_filtered_count. The keys decide the org: the one the
 * current user belongs to, the source of every connection created, the org a listing without a filter is about.
 */
import { currentUser, errors, included, resource } from './answers.js'

/**
 * @typedef {import('./state.js').State} State
 * @typedef {import('./faults.js').Result} Result
 * @typedef {import('./server.js').ReceivedRequest} StandInRequest
 * @typedef {import('./data.js').Ref} Ref
 */

const BASE = '/api/v2/org_connections'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const NOT_ALLOWED = { status: 405, body: errors('Method Not Allowed') }

/**
 * Carries a request out against `state` and says what the API answers.
 * @param {State} state
 * @param {StandInRequest} request
 * @returns {Result}
 */
export function handle(state, request) {
  const keys = state.orgOfKeys(request.headers)
  if (!('org' in keys)) return { status: keys.status, body: errors(keys.message) }
  const { org } = keys
  if (request.path === '/api/v2/current_user') {
    return request.method === 'GET' ? { status: 200, body: currentUser(state.user, org) } : NOT_ALLOWED
  }
  if (request.path === BASE) {
    if (request.method === 'GET') return list(state, org, request.query)
    if (request.method === 'POST') return create(state, org, request.body)
    return NOT_ALLOWED
  }
  if (request.path.startsWith(`${BASE}/`)) {
    const id = decodeURIComponent(request.path.slice(BASE.length + 1))
    if (request.method === 'PATCH') return update(state, id, request.body)
    if (request.method === 'DELETE') return remove(state, id)
    return NOT_ALLOWED
  }
  return { status: 404, body: errors('Not found') }
}

/**
 * @param {State} state
 * @param {Ref} org the keys' org
 * @param {Record<string, string | undefined>} query
 * @returns {Result}
 */
function list(state, org, query) {
  const { listing } = state
  const limit = Math.min(Number(query.limit ?? 1000) || 1000, state.pageSize)
  const asked = listing.ignoreOffset ? 0 : Number(query.offset ?? 0) || 0
  const offset = Math.max(0, asked - (asked > 0 ? (listing.overlap ?? 0) : 0))
  const all = [...state.connections.values()]
  const sink = query.sink_org_id?.toLowerCase()
  const source = query.source_org_id?.toLowerCase()
  const own = org.id.toLowerCase()
  const filtered = listing.ignoreFilter
    ? all
    : all.filter(c => {
        const [from, to] = [c.sourceOrg.id.toLowerCase(), c.sinkOrg.id.toLowerCase()]
        // An org sees only the connections it is a party to (as the source or the sink); the filters narrow that.
        if (from !== own && to !== own) return false
        return (!sink || to === sink) && (!source || from === source)
      })
  const data = filtered.slice(offset, offset + limit).map(c => resource(c, state.shape))
  const page = { total_count: listing.total ?? all.length, total_filtered_count: listing.total ?? filtered.length }
  const extra = state.included && data.length > 0 ? { included: included(data, state) } : {}
  return { status: 200, body: { data, ...extra, meta: { page } } }
}

/**
 * @param {State} state
 * @param {Ref} org the keys' org: the source of the connection
 * @param {any} body the request's JSON, as sent
 * @returns {Result}
 */
function create(state, org, body) {
  const data = body?.data
  const types = data?.attributes?.connection_types
  const sinkId = data?.relationships?.sink_org?.data?.id
  if (data?.type !== 'org_connection' || !Array.isArray(types) || types.length === 0 || typeof sinkId !== 'string') {
    return { status: 400, body: errors('Validation failed for input.') }
  }
  const sink = state.orgs.get(sinkId.toLowerCase())
  if (!sink || sink.id.toLowerCase() === org.id.toLowerCase()) return { status: 404, body: errors('Not found') }
  const between = `connection between orgs ${org.id} and ${sink.id}`
  if (!types.every(state.accepts) || new Set(types).size !== types.length) {
    return { status: 400, body: errors(`${between} is not allowed`) }
  }
  const exists = [...state.connections.values()].some(c => c.sourceOrg.id === org.id && c.sinkOrg.id === sink.id)
  if (exists) return { status: 409, body: errors(`${between} already exists`) }
  const stored = state.store({ sourceOrgId: org.id, sinkOrgId: sink.id, types })
  return { status: 200, body: { data: resource(stored, state.shape) } }
}

/**
 * @param {State} state
 * @param {string} id
 * @param {any} body the request's JSON, as sent
 * @returns {Result}
 */
function update(state, id, body) {
  if (!UUID.test(id)) return { status: 400, body: errors('connection id must be a valid uuid') }
  const stored = state.connections.get(id)
  if (!stored) return { status: 404, body: errors(`Org connection with id:${id} not found not found`) }
  const data = body?.data
  const types = data?.attributes?.connection_types
  const valid =
    data?.type === 'org_connection' &&
    data?.id === id &&
    Array.isArray(types) &&
    types.length > 0 &&
    types.every(state.accepts) &&
    new Set(types).size === types.length
  if (!valid) return { status: 400, body: errors('Validation failed for input.') }
  stored.types = [...types]
  return { status: 200, body: { data: resource(stored, { ...state.shape, names: false }) } }
}

/**
 * @param {State} state
 * @param {string} id
 * @returns {Result}
 */
function remove(state, id) {
  if (!UUID.test(id)) return { status: 400, body: errors('connection id must be a valid uuid') }
  if (!state.connections.delete(id)) {
    return { status: 404, body: errors(`org connection with id:${id} not found not found`) }
  }
  return { status: 200, body: {} }
}
