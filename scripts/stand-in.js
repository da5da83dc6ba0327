#!/usr/bin/env node
/**
 * A stand-in for Datadog's org connections API (v2), on 127.0.0.1, in plain Node with no dependencies.
 *
 * It behaves as Datadog's API was recorded to behave: create answers 200 (not 201), a connection that exists answers
 * 409, duplicate types on create answer 400 "... is not allowed", an unknown sink org answers 404 "Not found", PATCH
 * answers name no orgs, DELETE answers `{}` and a newline, errors are always `{"errors": ["..."]}`. Lists page with
 * limit/offset and report total_count and total_filtered_count.
 *
 * It also answers `GET /api/v2/current_user` with a user of SOURCE_ORG (the keys identify the org), lists with the
 * `sink_org_id` or `source_org_id` filter (without one: every connection where the org is the source or the sink),
 * and holds connections where SOURCE_ORG is the sink (`seed({ sourceOrgId })`: another org connected to us).
 *
 * Tests queue faults (rate limits, 5xx, HTML pages, hangs, dropped answers, redirects) with `fault()`, make listing
 * misbehave with `standIn.listing`, and build hostile answers with `hostile`. Options: `latencyMs` delays every
 * answer (for the benchmark). Used by the end-to-end tests, the demo and the benchmark; run it alone with
 * `npm run stand-in`.
 */
import { createServer } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import { randomUUID } from 'node:crypto'
import { pathToFileURL } from 'node:url'

export const SOURCE_ORG = { id: '4dee724d-00cc-11ea-a77b-570c9d03c6c5', name: 'Acme Production' }
export const SINK_ORGS = [
  { id: '83999dcd-7f97-11f0-8de1-1ecf66f1aa85', name: 'Acme Security' },
  { id: 'c1a5e0f2-7f97-11f0-9a3b-2b7d1e4c5a6f', name: 'Acme Analytics' }
]
export const USER = { id: '03e6bc43-7ecc-11f0-b50b-f28f2be41840', name: 'Provisioning Bot' }
/** The user's personal data: the action must never print it (logs are public). */
export const USER_PERSONAL = { handle: 'provisioning-bot@acme.example', email: 'provisioning-bot@acme.example' }
/** The keys the stand-in accepts by default: an API key is 32 hex characters, an application key 40. */
export const KEYS = { api: '0123456789abcdef0123456789abcdef', app: 'fedcba9876543210fedcba9876543210fedcba98' }

/**
 * The inputs of a step that targets this stand-in (keys, api-url, the first sink org, logs), plus `extra`.
 * @param {{ url: string }} standIn
 * @param {Record<string, string>} [extra]
 * @returns {Record<string, string>}
 */
export function inputsFor(standIn, extra = {}) {
  return {
    'api-key': KEYS.api,
    'app-key': KEYS.app,
    'api-url': standIn.url,
    'sink-org': SINK_ORGS[0].id,
    'connection-types': 'logs',
    ...extra
  }
}

/**
 * `n` orgs with stable UUIDs and names (`Org 1`, ...): sink orgs for a long list of connections.
 * @param {number} n
 * @returns {Ref[]}
 */
export function manyOrgs(n) {
  return Array.from({ length: n }, (_, i) => ({
    id: `0a000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    name: `Org ${i + 1}`
  }))
}

/**
 * Answers no honest Datadog sends, for the tests of what a gateway or a compromised endpoint can do.
 * Each returns a body (text) for `fault({ body })` or `fault({ answer })`.
 */
export const hostile = {
  /**
   * JSON nested `depth` deep (`[[[...]]]`), as text: JSON.stringify of it would overflow a stack.
   * @param {number} depth
   */
  nested(depth) {
    return '['.repeat(depth) + ']'.repeat(depth)
  },
  /**
   * A JSON answer (text) with a nested value added as the first member of its `data` object, or of the top object.
   * @param {unknown} body
   * @param {number} depth
   */
  withNested(body, depth) {
    const text = JSON.stringify(body)
    const field = `"deep":${hostile.nested(depth)},`
    if (text.startsWith('{"data":{')) return `{"data":{${field}${text.slice('{"data":{'.length)}`
    return text.startsWith('{') ? `{${field}${text.slice(1)}` : text
  },
  /**
   * An HTML page ending in `size` characters of `<` and no `>` (quadratic for a backtracking tag regex).
   * @param {number} size
   */
  html(size) {
    return `<html><body><h1>Gateway error</h1>${'<'.repeat(size)}`
  },
  /**
   * A list page (text) of `n` minimal connections, none to a known org, announcing `n` in all: more items than
   * one function call takes as arguments, within the 16 MiB body cap.
   * @param {number} n
   */
  hugePage(n) {
    const item = (/** @type {number} */ i) =>
      `{"id":"0b000000-0000-4000-8000-${String(i).padStart(12, '0')}","attributes":{"connection_types":[]}}`
    return `{"data":[${Array.from({ length: n }, (_, i) => item(i)).join(',')}],"meta":{"page":{"total_filtered_count":${n}}}}`
  },
  /**
   * A gateway's debug page that echoes the request headers (keys included), padded to `size` characters first so
   * that any cut of the text falls inside a key.
   * @param {{ headers: Record<string, unknown> }} request
   * @param {number} [pad]
   */
  echoHeaders(request, pad = 0) {
    const lines = Object.entries(request.headers).map(([name, value]) => `${name}: ${String(value)}`)
    return `<html><body><pre>${'.'.repeat(pad)}${lines.join('\n')}</pre></body></html>`
  }
}

const TYPES = ['logs', 'metrics', 'audit']
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const BASE = '/api/v2/org_connections'

/**
 * @typedef {{ id: string, name: string }} Ref
 * @typedef {{ id: string, types: string[], createdAt: string, sourceOrg: Ref, sinkOrg: Ref, createdBy: Ref }} StoredConnection
 * @typedef {object} Listing how listing misbehaves (all off by default)
 * @property {boolean} [ignoreOffset] every page starts at offset 0
 * @property {number} [total] claim this total_filtered_count (and total_count) whatever the truth
 * @property {number} [overlap] each page also repeats the last `overlap` items of the page before
 * @property {boolean} [ignoreFilter] list every connection whatever the filter
 * @typedef {object} StandInRequest a request received, as tests read it
 * @property {string | undefined} method
 * @property {string} path
 * @property {Record<string, string>} query
 * @property {string | undefined} url path and query, as sent
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {any} body the parsed JSON, else the text, else undefined
 * @typedef {{ status: number, body: any }} Result what the API answers a request (body: JSON)
 * @typedef {{ status: number, headers?: Record<string, string>, body?: unknown }} Answer what is sent (JSON or text)
 * @typedef {object} Fault how the next matching request(s) fail (see `fault()`)
 * @property {string} [method] only requests with this method (default: any)
 * @property {string} [path] only requests whose path starts with this (default: any)
 * @property {number} [times] how many requests it applies to (1)
 * @property {number} [status] the status answered (500)
 * @property {Record<string, string>} [headers]
 * @property {unknown} [body] an object (JSON), a string, or a function of the request that makes either
 * @property {number} [delayMs] wait this long first
 * @property {boolean} [hang] never answer
 * @property {'before' | 'after'} [drop] close the socket before the request is carried out, or after (the write
 *   happens, the answer is lost)
 * @property {string} [redirect] answer 307 to this URL
 * @property {(result: Result, request: StandInRequest) => Partial<Answer>} [answer] carry the request out and replace
 *   its answer with what this makes of it
 * @typedef {Fault & { times: number }} QueuedFault
 * @typedef {(stored: StoredConnection) => ReturnType<typeof resource>} ResourceOf `resource` as `.map(resource)` calls
 *   it: the index it passes as `options` has no `names`, so names are kept
 */

/**
 * @param {object} [options]
 * @param {number} [options.port] 0 for any free port
 * @param {number} [options.pageSize] the most items one list page holds, whatever limit asks (Datadog: 1000)
 * @param {{api: string, app: string} | null} [options.keys] null accepts any non-empty keys
 * @param {{key: string, cert: string}} [options.tls] serve https with this certificate
 * @param {number} [options.latencyMs] added before every answer (a fixed network latency, for the benchmark)
 * @param {Ref[]} [options.orgs] orgs a connection may be made to, besides SINK_ORGS (see manyOrgs)
 */
export async function startStandIn({
  port = 0,
  pageSize = 1000,
  keys = KEYS,
  tls = undefined,
  latencyMs = 0,
  orgs = []
} = {}) {
  /** @type {Map<string, StoredConnection>} id -> stored connection */
  const connections = new Map()
  /** @type {Map<string, Ref>} the orgs of the account: sinks a connection may be made to */
  const knownOrgs = new Map([...SINK_ORGS, ...orgs].map(org => [org.id, org]))
  /** Who the keys belong to: `user.serviceAccount = false` makes them a person's. */
  const user = { ...USER, ...USER_PERSONAL, serviceAccount: true }
  /** @type {Listing} */
  const listing = {}
  /** @type {StandInRequest[]} Every request received, in order: method, path, query, headers, body. */
  const requests = []
  /** @type {QueuedFault[]} */
  const faults = []
  const sockets = new Set()

  const server = (tls ? createTlsServer.bind(null, tls) : createServer)((req, res) => {
    /** @type {Buffer[]} */
    const chunks = []
    req.on('data', chunk => chunks.push(chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stand-in')
      const text = Buffer.concat(chunks).toString('utf8')
      /** @type {StandInRequest} */
      const request = {
        method: req.method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        url: req.url,
        headers: req.headers,
        body: parseJson(text) ?? (text || undefined)
      }
      if (url.pathname.startsWith('/__stand-in/')) return inspect(url.pathname, res)
      requests.push(request)
      const answer = () => {
        const fault = takeFault(request)
        if (fault) return applyFault(fault, request, req, res)
        send(res, handle(request))
      }
      if (latencyMs > 0) setTimeout(answer, latencyMs)
      else answer()
    })
  })
  server.on(tls ? 'secureConnection' : 'connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  /**
   * @param {StandInRequest} request
   * @returns {QueuedFault | undefined}
   */
  function takeFault(request) {
    const index = faults.findIndex(
      f => (!f.method || f.method === request.method) && (!f.path || request.path.startsWith(f.path))
    )
    if (index < 0) return undefined
    const fault = faults[index]
    if (--fault.times <= 0) faults.splice(index, 1)
    return fault
  }

  /**
   * @param {QueuedFault} fault
   * @param {StandInRequest} request
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  function applyFault(fault, request, req, res) {
    const go = () => {
      if (fault.hang) return // never answer; close() tears the socket down
      if (fault.drop === 'before') return req.socket.destroy()
      if (fault.drop === 'after') {
        handle(request) // the write happens, the answer is lost
        return req.socket.destroy()
      }
      if (fault.redirect) return send(res, { status: 307, headers: { location: fault.redirect }, body: '' })
      if (fault.answer) {
        // The request is carried out; its answer is replaced by what `answer` makes of it.
        const result = handle(request)
        return send(res, { status: result.status, headers: {}, ...fault.answer(result, request) })
      }
      const body = typeof fault.body === 'function' ? fault.body(request) : fault.body
      send(res, {
        status: fault.status ?? 500,
        headers: fault.headers ?? {},
        body: body ?? errors('Internal Server Error')
      })
    }
    if (fault.delayMs) setTimeout(go, fault.delayMs)
    else go()
  }

  /**
   * @param {string} path
   * @param {import('node:http').ServerResponse} res
   */
  function inspect(path, res) {
    if (path === '/__stand-in/connections')
      return send(res, { status: 200, body: [...connections.values()].map(/** @type {ResourceOf} */ (resource)) })
    if (path === '/__stand-in/requests') {
      return send(res, { status: 200, body: requests.map(({ method, url, body }) => ({ method, url, body })) })
    }
    send(res, { status: 404, body: errors('Not found') })
  }

  /**
   * @param {StandInRequest} request
   * @returns {Result}
   */
  function handle(request) {
    const auth = authenticate(request.headers)
    if (auth) return auth
    if (request.path === '/api/v2/current_user') {
      return request.method === 'GET' ? currentUser() : { status: 405, body: errors('Method Not Allowed') }
    }
    if (request.path === BASE) {
      if (request.method === 'GET') return list(request.query)
      if (request.method === 'POST') return create(request.body)
      return { status: 405, body: errors('Method Not Allowed') }
    }
    if (request.path.startsWith(`${BASE}/`)) {
      const id = decodeURIComponent(request.path.slice(BASE.length + 1))
      if (request.method === 'PATCH') return update(id, request.body)
      if (request.method === 'DELETE') return remove(id)
      return { status: 405, body: errors('Method Not Allowed') }
    }
    return { status: 404, body: errors('Not found') }
  }

  /**
   * @param {import('node:http').IncomingHttpHeaders} headers
   * @returns {Result | undefined}
   */
  function authenticate(headers) {
    const api = headers['dd-api-key']
    const app = headers['dd-application-key']
    if (!api || !app) return { status: 401, body: errors('Unauthorized') }
    if (keys && (api !== keys.api || app !== keys.app)) return { status: 403, body: errors('Forbidden') }
    return undefined
  }

  /** A user of SOURCE_ORG, shaped like Datadog's users answers, with the org in `included`. */
  function currentUser() {
    return {
      status: 200,
      body: {
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
            org: { data: { type: 'orgs', id: SOURCE_ORG.id } },
            roles: { data: [{ type: 'roles', id: 'b0c8a8f0-0000-4000-8000-000000000001' }] }
          }
        },
        included: [
          { type: 'roles', id: 'b0c8a8f0-0000-4000-8000-000000000001', attributes: { name: 'Datadog Admin Role' } },
          { type: 'orgs', id: SOURCE_ORG.id, attributes: { name: SOURCE_ORG.name, public_id: 'abcdef123456' } }
        ]
      }
    }
  }

  /** @param {Record<string, string | undefined>} query */
  function list(query) {
    const limit = Math.min(Number(query.limit ?? 1000) || 1000, pageSize)
    const asked = listing.ignoreOffset ? 0 : Number(query.offset ?? 0) || 0
    const offset = Math.max(0, asked - (asked > 0 ? (listing.overlap ?? 0) : 0))
    const all = [...connections.values()]
    const sink = query.sink_org_id?.toLowerCase()
    const source = query.source_org_id?.toLowerCase()
    const filtered = listing.ignoreFilter
      ? all
      : all.filter(c =>
          sink || source
            ? (!sink || c.sinkOrg.id === sink) && (!source || c.sourceOrg.id === source)
            : c.sourceOrg.id === SOURCE_ORG.id || c.sinkOrg.id === SOURCE_ORG.id
        )
    return {
      status: 200,
      body: {
        data: filtered.slice(offset, offset + limit).map(/** @type {ResourceOf} */ (resource)),
        meta: {
          page: {
            total_count: listing.total ?? all.length,
            total_filtered_count: listing.total ?? filtered.length
          }
        }
      }
    }
  }

  /** @param {any} body the request's JSON, as sent */
  function create(body) {
    const data = body?.data
    const types = data?.attributes?.connection_types
    const sinkId = data?.relationships?.sink_org?.data?.id
    if (data?.type !== 'org_connection' || !Array.isArray(types) || types.length === 0 || typeof sinkId !== 'string') {
      return { status: 400, body: errors('Validation failed for input.') }
    }
    const sink = knownOrgs.get(sinkId)
    if (!sink || sink.id === SOURCE_ORG.id) return { status: 404, body: errors('Not found') }
    const notAllowed = `connection between orgs ${SOURCE_ORG.id} and ${sink.id} is not allowed`
    if (!types.every(t => TYPES.includes(t)) || new Set(types).size !== types.length)
      return { status: 400, body: errors(notAllowed) }
    if ([...connections.values()].some(c => c.sourceOrg.id === SOURCE_ORG.id && c.sinkOrg.id === sink.id)) {
      return { status: 409, body: errors(`connection between orgs ${SOURCE_ORG.id} and ${sink.id} already exists`) }
    }
    const stored = store({ sinkOrgId: sink.id, types })
    return { status: 200, body: { data: resource(stored) } }
  }

  /**
   * @param {string} id
   * @param {any} body the request's JSON, as sent
   */
  function update(id, body) {
    if (!UUID.test(id)) return { status: 400, body: errors('connection id must be a valid uuid') }
    const stored = connections.get(id)
    if (!stored) return { status: 404, body: errors(`Org connection with id:${id} not found not found`) }
    const data = body?.data
    const types = data?.attributes?.connection_types
    const valid =
      data?.type === 'org_connection' &&
      data?.id === id &&
      Array.isArray(types) &&
      types.length > 0 &&
      types.every(t => TYPES.includes(t)) &&
      new Set(types).size === types.length
    if (!valid) return { status: 400, body: errors('Validation failed for input.') }
    stored.types = [...types]
    return { status: 200, body: { data: resource(stored, { names: false }) } }
  }

  /** @param {string} id */
  function remove(id) {
    if (!UUID.test(id)) return { status: 400, body: errors('connection id must be a valid uuid') }
    if (!connections.delete(id))
      return { status: 404, body: errors(`org connection with id:${id} not found not found`) }
    return { status: 200, body: {} }
  }

  /**
   * Puts a connection in place without a request (a test's "given it exists"): from SOURCE_ORG to `sinkOrgId`, or,
   * with `sourceOrgId`, from that org to SOURCE_ORG (another org connected to us). `id` may be anything (say '..').
   * @param {{ sinkOrgId?: string, sourceOrgId?: string, types: string[], id?: string, createdAt?: string }} connection
   * @returns {StoredConnection}
   */
  function store({ sinkOrgId, sourceOrgId, types, id = randomUUID(), createdAt = timestamp(new Date()) }) {
    const org = (/** @type {string} */ orgId) => knownOrgs.get(orgId) ?? { id: orgId, name: 'Unlisted Org' }
    const incoming = sourceOrgId !== undefined && sourceOrgId !== SOURCE_ORG.id
    const stored = {
      id,
      types: [...types],
      createdAt,
      sourceOrg: incoming ? org(sourceOrgId) : SOURCE_ORG,
      sinkOrg: incoming ? SOURCE_ORG : org(sinkOrgId ?? SINK_ORGS[0].id),
      createdBy: USER
    }
    connections.set(id, stored)
    return stored
  }

  /**
   * `n` connections from SOURCE_ORG at once, to `n` new orgs (manyOrgs), which become known sink orgs too.
   * @param {number} n
   * @param {string[]} [types]
   * @returns {StoredConnection[]}
   */
  function seedMany(n, types = ['logs']) {
    return manyOrgs(n).map(org => {
      knownOrgs.set(org.id, org)
      return store({ sinkOrgId: org.id, types })
    })
  }

  await /** @type {Promise<void>} */ (
    new Promise((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', resolve)
    })
  )
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port

  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${actualPort}`,
    port: actualPort,
    connections,
    requests,
    seed: store,
    seedMany,
    /** Orgs a connection may be made to (SINK_ORGS, the `orgs` option, seedMany's): add more with `set`. */
    orgs: knownOrgs,
    /** Who the keys belong to (GET /api/v2/current_user): set `serviceAccount` to false for a person's keys. */
    user,
    /** How listing misbehaves: set its fields in a test (see Listing). */
    listing,
    /**
     * Queue a fault for the next request(s) that match.
     * @param {Fault} fault {method?, path?, times? (1), status?, headers?, body? (object, string or (request) => body),
     *   delayMs?, hang?: true, drop?: 'before' | 'after' (after: the write happens, the answer is lost), redirect?: url,
     *   answer?: (result, request) => ({status?, headers?, body}) (the request is carried out, its answer replaced)}
     */
    fault(fault) {
      faults.push({ times: 1, ...fault })
    },
    /** Requests to the API itself (not to /__stand-in/), as a short `METHOD path` list. */
    calls() {
      return requests.map(r => `${r.method} ${r.path}`)
    },
    close() {
      for (const socket of sockets) socket.destroy()
      return /** @type {Promise<void>} */ (new Promise(resolve => server.close(() => resolve())))
    }
  }
}

/**
 * An OrgConnection resource as Datadog's API writes it; PATCH answers carry ids without names.
 * @param {StoredConnection} stored
 * @param {{ names?: boolean }} [options]
 */
function resource(stored, { names = true } = {}) {
  const ref = (/** @type {string} */ type, /** @type {Ref} */ { id, name }) => ({
    data: names ? { type, id, name } : { type, id }
  })
  return {
    type: 'org_connection',
    id: stored.id,
    attributes: { created_at: stored.createdAt, connection_types: [...stored.types] },
    relationships: {
      source_org: ref('orgs', stored.sourceOrg),
      sink_org: ref('orgs', stored.sinkOrg),
      created_by: ref('users', stored.createdBy)
    }
  }
}

/**
 * `2025-08-26T20:19:36.177236+00:00`: microseconds and +00:00, as Datadog writes it.
 * @param {Date} date
 */
function timestamp(date) {
  return `${date.toISOString().slice(0, 23)}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}+00:00`
}

/** @param {string} text */
function errors(text) {
  return { errors: [text] }
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {Answer} answer
 */
function send(res, { status, headers = {}, body }) {
  const text = typeof body === 'string' ? body : `${JSON.stringify(body)}\n`
  const type =
    typeof body === 'string' && !headers['content-type']
      ? { 'content-type': 'text/html' }
      : { 'content-type': 'application/json' }
  res.writeHead(status, { ...type, ...headers, 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

/** @param {string} text */
function parseJson(text) {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

// `node scripts/stand-in.js [--port N] [--page-size N] [--latency-ms N]`: serve until stopped.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (/** @type {string} */ name) => {
    const i = process.argv.indexOf(name)
    return i > 0 ? Number(process.argv[i + 1]) : undefined
  }
  const standIn = await startStandIn({
    port: arg('--port') ?? 8126,
    pageSize: arg('--page-size') ?? 1000,
    latencyMs: arg('--latency-ms') ?? 0
  })
  console.log(`Datadog stand-in listening on ${standIn.url}`)
  console.log(`  keys: DD_API_KEY=${KEYS.api} DD_APP_KEY=${KEYS.app} (stand-in only)`)
  console.log(`  sink orgs: ${SINK_ORGS.map(o => `${o.id} (${o.name})`).join(', ')}`)
  const stop = () => standIn.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
