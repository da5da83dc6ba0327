/**
 * The stand-in's own paths, under `/__stand-in/`: never recorded as API requests, never delayed, no keys needed.
 *
 * - `GET  /__stand-in/connections`: every connection held, as the API writes them,
 * - `GET  /__stand-in/requests`: every API request received (method, url, body),
 * - `POST /__stand-in/next`: answer the next API request(s) with a chosen status, by hand; fields in the query
 *   (`?status=429&reset=2`) or a JSON body (`{"status": 403, "message": "Forbidden"}`), see faultFromFields,
 * - `DELETE /__stand-in/next`: forget every queued fault.
 */
import { errors, resource } from './answers.js'
import { faultFromFields } from './faults.js'

export const ADMIN = '/__stand-in/'

/**
 * @typedef {import('./faults.js').Result} Result
 * @typedef {import('./server.js').ReceivedRequest} ReceivedRequest
 * @typedef {{ state: import('./state.js').State, faults: ReturnType<typeof import('./faults.js').createFaults>,
 *   requests: ReceivedRequest[] }} Parts
 */

/**
 * @param {ReceivedRequest} request a request to a path under ADMIN
 * @param {Parts} parts
 * @returns {Result}
 */
export function admin(request, { state, faults, requests }) {
  const route = `${request.method} ${request.path.slice(ADMIN.length)}`
  if (route === 'GET connections') {
    return { status: 200, body: [...state.connections.values()].map(c => resource(c, state.shape)) }
  }
  if (route === 'GET requests')
    return { status: 200, body: requests.map(({ method, url, body }) => ({ method, url, body })) }
  if (route === 'POST next') {
    const body = request.body && typeof request.body === 'object' ? request.body : {}
    const fault = faultFromFields({ ...request.query, ...body })
    if (typeof fault === 'string') return { status: 400, body: errors(fault) }
    faults.add(fault)
    return { status: 200, body: { queued: fault, pending: faults.queue.length } }
  }
  if (route === 'DELETE next') {
    faults.queue.length = 0
    return { status: 200, body: { pending: 0 } }
  }
  return { status: 404, body: errors('Not found') }
}
