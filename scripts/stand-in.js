#!/usr/bin/env node
/**
 * A stand-in for Datadog's org connections API (v2), on 127.0.0.1, in plain Node with no dependencies.
 *
 * It behaves as the real API was recorded to behave (shared/datadog/FACTS.md): create answers 200 (not 201), a
 * connection that exists answers 409, duplicate types on create answer 400 "... is not allowed", an unknown sink org
 * answers 404 "Not found", PATCH answers name no orgs, DELETE answers `{}` and a newline, errors are always
 * `{"errors": ["..."]}`. Lists page with limit/offset and report total_count and total_filtered_count.
 *
 * Tests queue faults (rate limits, 5xx, HTML pages, hangs, dropped answers, redirects) with `fault()`.
 * Used by the end-to-end tests, the demo and the benchmark; run it alone with `npm run stand-in`.
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

const TYPES = ['logs', 'metrics', 'audit']
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const BASE = '/api/v2/org_connections'

/**
 * @typedef {{ id: string, name: string }} Ref
 * @typedef {{ id: string, types: string[], createdAt: string, sourceOrg: Ref, sinkOrg: Ref, createdBy: Ref }} StoredConnection
 */

/**
 * @param {object} [options]
 * @param {number} [options.port] 0 for any free port
 * @param {number} [options.pageSize] the most items one list page holds, whatever limit asks (Datadog: 1000)
 * @param {{api: string, app: string} | null} [options.keys] null accepts any non-empty keys
 * @param {{key: string, cert: string}} [options.tls] serve https with this certificate
 */
export async function startStandIn({ port = 0, pageSize = 1000, keys = KEYS, tls = undefined } = {}) {
  /** @type {Map<string, StoredConnection>} id -> stored connection */
  const connections = new Map()
  /** Every request received, in order: method, path, query, headers, body. */
  const requests = []
  const faults = []
  const sockets = new Set()

  const server = (tls ? createTlsServer.bind(null, tls) : createServer)((req, res) => {
    const chunks = []
    req.on('data', chunk => chunks.push(chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stand-in')
      const text = Buffer.concat(chunks).toString('utf8')
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
      const fault = takeFault(request)
      if (fault) return applyFault(fault, request, req, res)
      send(res, handle(request))
    })
  })
  server.on(tls ? 'secureConnection' : 'connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  function takeFault(request) {
    const index = faults.findIndex(
      f => (!f.method || f.method === request.method) && (!f.path || request.path.startsWith(f.path))
    )
    if (index < 0) return undefined
    const fault = faults[index]
    if (--fault.times <= 0) faults.splice(index, 1)
    return fault
  }

  function applyFault(fault, request, req, res) {
    const go = () => {
      if (fault.hang) return // never answer; close() tears the socket down
      if (fault.drop === 'before') return req.socket.destroy()
      if (fault.drop === 'after') {
        handle(request) // the write happens, the answer is lost
        return req.socket.destroy()
      }
      if (fault.redirect) return send(res, { status: 307, headers: { location: fault.redirect }, body: '' })
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

  function inspect(path, res) {
    if (path === '/__stand-in/connections')
      return send(res, { status: 200, body: [...connections.values()].map(resource) })
    if (path === '/__stand-in/requests') {
      return send(res, { status: 200, body: requests.map(({ method, url, body }) => ({ method, url, body })) })
    }
    send(res, { status: 404, body: errors('Not found') })
  }

  function handle(request) {
    const auth = authenticate(request.headers)
    if (auth) return auth
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

  function authenticate(headers) {
    const api = headers['dd-api-key']
    const app = headers['dd-application-key']
    if (!api || !app) return { status: 401, body: errors('Unauthorized') }
    if (keys && (api !== keys.api || app !== keys.app)) return { status: 403, body: errors('Forbidden') }
    return undefined
  }

  function list(query) {
    const limit = Math.min(Number(query.limit ?? 1000) || 1000, pageSize)
    const offset = Number(query.offset ?? 0) || 0
    const all = [...connections.values()]
    const filtered = all.filter(
      c =>
        (!query.sink_org_id || c.sinkOrg.id === query.sink_org_id) &&
        (!query.source_org_id || c.sourceOrg.id === query.source_org_id)
    )
    return {
      status: 200,
      body: {
        data: filtered.slice(offset, offset + limit).map(resource),
        meta: { page: { total_count: all.length, total_filtered_count: filtered.length } }
      }
    }
  }

  function create(body) {
    const data = body?.data
    const types = data?.attributes?.connection_types
    const sinkId = data?.relationships?.sink_org?.data?.id
    if (data?.type !== 'org_connection' || !Array.isArray(types) || types.length === 0 || typeof sinkId !== 'string') {
      return { status: 400, body: errors('Validation failed for input.') }
    }
    const sink = SINK_ORGS.find(o => o.id === sinkId)
    if (!sink) return { status: 404, body: errors('Not found') }
    const notAllowed = `connection between orgs ${SOURCE_ORG.id} and ${sink.id} is not allowed`
    if (!types.every(t => TYPES.includes(t)) || new Set(types).size !== types.length)
      return { status: 400, body: errors(notAllowed) }
    if ([...connections.values()].some(c => c.sinkOrg.id === sink.id)) {
      return { status: 409, body: errors(`connection between orgs ${SOURCE_ORG.id} and ${sink.id} already exists`) }
    }
    const stored = store({ sinkOrgId: sink.id, types })
    return { status: 200, body: { data: resource(stored) } }
  }

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

  function remove(id) {
    if (!UUID.test(id)) return { status: 400, body: errors('connection id must be a valid uuid') }
    if (!connections.delete(id))
      return { status: 404, body: errors(`org connection with id:${id} not found not found`) }
    return { status: 200, body: {} }
  }

  /**
   * Puts a connection in place without a request (a test's "given it exists").
   * @param {{ sinkOrgId: string, types: string[], id?: string, createdAt?: string }} connection
   * @returns {StoredConnection}
   */
  function store({ sinkOrgId, types, id = randomUUID(), createdAt = timestamp(new Date()) }) {
    const sink = SINK_ORGS.find(o => o.id === sinkOrgId) ?? { id: sinkOrgId, name: 'Unlisted Org' }
    const stored = { id, types: [...types], createdAt, sourceOrg: SOURCE_ORG, sinkOrg: sink, createdBy: USER }
    connections.set(id, stored)
    return stored
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port

  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${actualPort}`,
    port: actualPort,
    connections,
    requests,
    seed: store,
    /**
     * Queue a fault for the next request(s) that match.
     * @param {object} fault {method?, path?, times? (1), status?, headers?, body? (object, string or (request) => body),
     *   delayMs?, hang?: true, drop?: 'before' | 'after' (after: the write happens, the answer is lost), redirect?: url}
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
      return new Promise(resolve => server.close(() => resolve()))
    }
  }
}

/** An OrgConnection resource as Datadog's API writes it; PATCH answers carry ids without names. */
function resource(stored, { names = true } = {}) {
  const ref = (type, { id, name }) => ({ data: names ? { type, id, name } : { type, id } })
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

/** `2025-08-26T20:19:36.177236+00:00`: microseconds and +00:00, as Datadog writes it. */
function timestamp(date) {
  return `${date.toISOString().slice(0, 23)}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}+00:00`
}

function errors(text) {
  return { errors: [text] }
}

function send(res, { status, headers = {}, body }) {
  const text = typeof body === 'string' ? body : `${JSON.stringify(body)}\n`
  const type =
    typeof body === 'string' && !headers['content-type']
      ? { 'content-type': 'text/html' }
      : { 'content-type': 'application/json' }
  res.writeHead(status, { ...type, ...headers, 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

function parseJson(text) {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

// `node scripts/stand-in.js [--port N] [--page-size N]`: serve until stopped.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = name => {
    const i = process.argv.indexOf(name)
    return i > 0 ? Number(process.argv[i + 1]) : undefined
  }
  const standIn = await startStandIn({ port: arg('--port') ?? 8126, pageSize: arg('--page-size') ?? 1000 })
  console.log(`Datadog stand-in listening on ${standIn.url}`)
  console.log(`  keys: DD_API_KEY=${KEYS.api} DD_APP_KEY=${KEYS.app} (stand-in only)`)
  console.log(`  sink orgs: ${SINK_ORGS.map(o => `${o.id} (${o.name})`).join(', ')}`)
  const stop = () => standIn.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
