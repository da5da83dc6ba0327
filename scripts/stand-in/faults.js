/**
 * Faults queued for the next matching requests: a status and body, an answer made of the real one, a hang, a dropped
 * socket, a redirect, a delay. Tests queue them with `fault()`; people trying the action by hand with
 * `POST /__stand-in/next` (see `faultFromQuery`).
 */
import { errors } from './answers.js'
import { send } from './server.js'

/**
 * @typedef {import('./server.js').ReceivedRequest} StandInRequest
 * @typedef {import('./server.js').Answer} Answer
 * @typedef {{ status: number, body: any }} Result what the API answers a request (body: JSON)
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
 * @typedef {{ req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse }} Exchange
 */

/** The queue of faults, in the order they were added; the first that matches a request is taken. */
export function createFaults() {
  /** @type {QueuedFault[]} */
  const queue = []
  return {
    queue,
    /** @param {Fault} fault */
    add(fault) {
      queue.push({ times: 1, ...fault })
    },
    /**
     * @param {StandInRequest} request
     * @returns {QueuedFault | undefined}
     */
    take(request) {
      const index = queue.findIndex(
        f => (!f.method || f.method === request.method) && (!f.path || request.path.startsWith(f.path))
      )
      if (index < 0) return undefined
      const fault = queue[index]
      if (--fault.times <= 0) queue.splice(index, 1)
      return fault
    }
  }
}

/**
 * Answers `request` as `fault` says; `carryOut` performs the request (for `answer` and `drop: 'after'`).
 * @param {QueuedFault} fault
 * @param {StandInRequest} request
 * @param {Exchange} exchange
 * @param {(request: StandInRequest) => Result} carryOut
 */
export function applyFault(fault, request, { req, res }, carryOut) {
  const go = () => {
    if (fault.hang) return // never answer; close() tears the socket down
    if (fault.drop === 'before') return req.socket.destroy()
    if (fault.drop === 'after') {
      carryOut(request) // the write happens, the answer is lost
      return req.socket.destroy()
    }
    if (fault.redirect) return send(res, { status: 307, headers: { location: fault.redirect }, body: '' })
    if (fault.answer) {
      const result = carryOut(request)
      return send(res, { status: result.status, headers: {}, ...fault.answer(result, request) })
    }
    const body = typeof fault.body === 'function' ? fault.body(request) : fault.body
    send(res, {
      status: fault.status ?? 500,
      headers: fault.headers ?? {},
      body: body ?? errors(reasonOf(fault.status))
    })
  }
  if (fault.delayMs) setTimeout(go, fault.delayMs)
  else go()
}

/** @param {number | undefined} status */
function reasonOf(status) {
  /** @type {Record<number, string>} */
  const reasons = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not found',
    409: 'Conflict',
    429: 'Too many requests',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout'
  }
  return reasons[status ?? 500] ?? 'Internal Server Error'
}

/**
 * A fault from `POST /__stand-in/next`: its query (`?status=429&reset=2`) and its JSON body (`{"status": 403}`),
 * the body winning. Fields: status (100-599, required), times, method, path, message (the error text), reset
 * (X-RateLimit-Reset, with Datadog's other rate-limit headers), retry-after (Retry-After), delay-ms, hang, drop.
 * @param {Record<string, unknown>} fields
 * @returns {Fault | string} the fault, or what is wrong with the fields
 */
export function faultFromFields(fields) {
  const number = (/** @type {string} */ key) => (fields[key] === undefined ? undefined : Number(fields[key]))
  const status = number('status')
  if (status === undefined && !fields.hang && !fields.drop) return 'status is required (100-599), or hang, or drop'
  if (status !== undefined && !(Number.isInteger(status) && status >= 100 && status <= 599))
    return 'status must be a whole number from 100 to 599'
  const times = number('times') ?? 1
  if (!Number.isInteger(times) || times < 1) return 'times must be a whole number of at least 1'
  /** @type {Record<string, string>} */
  const headers = {}
  const reset = number('reset')
  if (reset !== undefined) Object.assign(headers, rateLimitHeaders(reset))
  if (fields['retry-after'] !== undefined) headers['retry-after'] = String(fields['retry-after'])
  const drop = fields.drop === 'before' || fields.drop === 'after' ? fields.drop : undefined
  return {
    times,
    ...(status === undefined ? {} : { status }),
    ...(typeof fields.method === 'string' ? { method: fields.method.toUpperCase() } : {}),
    ...(typeof fields.path === 'string' ? { path: fields.path } : {}),
    ...(typeof fields.message === 'string' ? { body: errors(fields.message) } : {}),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    ...(number('delay-ms') ? { delayMs: number('delay-ms') } : {}),
    ...(fields.hang === true || fields.hang === 'true' ? { hang: true } : {}),
    ...(drop ? { drop } : {})
  }
}

/**
 * The headers of Datadog's rate-limit answers, the window resetting in `reset` seconds.
 * @param {number} reset
 */
function rateLimitHeaders(reset) {
  return {
    'x-ratelimit-limit': '1000',
    'x-ratelimit-period': '60',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(reset),
    'x-ratelimit-name': 'org_connections'
  }
}
