/**
 * startStandIn: the stand-in for Datadog's org connections API, put together from its state (orgs, keys, connections,
 * user), its faults and its routes, served on 127.0.0.1.
 */
import { admin, ADMIN } from './admin.js'
import { applyFault, createFaults } from './faults.js'
import { handle } from './routes.js'
import { send, serve } from './server.js'
import { createState } from './state.js'

/**
 * @typedef {import('./server.js').ReceivedRequest} StandInRequest
 * @typedef {import('./faults.js').Fault} Fault
 * @typedef {import('./state.js').StateOptions & {
 *   port?: number,
 *   tls?: { key: string, cert: string },
 *   latencyMs?: number
 * }} StandInOptions port: 0 (default) for any free port; tls: serve https with this certificate; latencyMs: added
 *   before every API answer (a fixed network latency, for the benchmark)
 */

/** @param {StandInOptions} [options] */
export async function startStandIn({ port = 0, tls = undefined, latencyMs = 0, ...stateOptions } = {}) {
  const state = createState(stateOptions)
  const faults = createFaults()
  /** @type {StandInRequest[]} Every API request received, in order: method, path, query, headers, body. */
  const requests = []
  const carryOut = (/** @type {StandInRequest} */ request) => handle(state, request)

  const served = await serve({
    port,
    tls,
    onRequest(request, exchange) {
      if (request.path.startsWith(ADMIN)) return send(exchange.res, admin(request, { state, faults, requests }))
      requests.push(request)
      const answer = () => {
        const fault = faults.take(request)
        if (fault) applyFault(fault, request, exchange, carryOut)
        else send(exchange.res, carryOut(request))
      }
      if (latencyMs > 0) setTimeout(answer, latencyMs)
      else answer()
    }
  })

  return {
    url: served.url,
    port: served.port,
    /** @type {Map<string, import('./answers.js').StoredConnection>} id -> connection: tests read and edit them */
    connections: state.connections,
    requests,
    /** Puts a connection in place without a request (see Seed). */
    seed: state.store,
    /** `n` connections from SOURCE_ORG to `n` new orgs of the account (manyOrgs). */
    seedMany: state.seedMany,
    /** The orgs of the account (SOURCE_ORG, SINK_ORGS, the `orgs` option, seedMany's), by lower-case id. */
    orgs: state.orgs,
    /** Who the keys belong to (GET /api/v2/current_user): set `serviceAccount` to false for a person's keys. */
    user: state.user,
    /** How listing misbehaves: set its fields in a test (see Listing). */
    listing: state.listing,
    /**
     * Queue a fault for the next request(s) that match.
     * @param {Fault} fault {method?, path?, times? (1), status?, headers?, body? (object, string or (request) => body),
     *   delayMs?, hang?: true, drop?: 'before' | 'after' (after: the write happens, the answer is lost), redirect?: url,
     *   answer?: (result, request) => ({status?, headers?, body}) (the request is carried out, its answer replaced)}
     */
    fault(fault) {
      faults.add(fault)
    },
    /** Requests to the API itself (not to /__stand-in/), as a short `METHOD path` list. */
    calls() {
      return requests.map(r => `${r.method} ${r.path}`)
    },
    close: served.close
  }
}

/** @typedef {Awaited<ReturnType<typeof startStandIn>>} StandIn */
