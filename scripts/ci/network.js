/**
 * A preload (`node --import ./scripts/ci/network.js`) that keeps a test run on this machine. Plain Node, no
 * dependencies; it does nothing unless one of its two variables is set:
 *
 * - `NETWORK_GUARD=loopback-only`: every TCP connection to an address outside 127.0.0.0/8 and ::1, and every DNS
 *   lookup of a name other than `localhost` (or one mapped below), fails loudly: the socket errors with
 *   `ENETGUARD`, the refusal is printed on stderr and, when `NETWORK_GUARD_LOG` names a file, appended to it. `.ci/run`
 *   runs the whole test suite so (jest's own process through NODE_OPTIONS, the bundle's through scripts/runner.js)
 *   and fails if the file is not empty: a test that would reach a host outside the machine cannot pass by accident.
 * - `NETWORK_HOSTS=name=127.0.0.1,...`: these names resolve to these loopback addresses, like lines of /etc/hosts,
 *   without any DNS query (a test that needs a real Datadog host name, e.g. for NO_PROXY or a TLS certificate).
 *
 * Names under `.localhost` (RFC 6761) always resolve to 127.0.0.1 where this is loaded, without DNS: a test in jest's
 * own process that needs a host name that is not loopback to http-client (which bypasses the proxy for `localhost`
 * only), e.g. for NO_PROXY, uses one (`github.localhost`).
 */
import dns from 'node:dns'
import { appendFileSync } from 'node:fs'
import net from 'node:net'

const guard = process.env.NETWORK_GUARD === 'loopback-only'
const hosts = new Map(
  (process.env.NETWORK_HOSTS ?? '')
    .split(',')
    .filter(Boolean)
    .map(entry => /** @type {[string, string]} */ (entry.split('=', 2).map(s => s.trim().toLowerCase())))
)
for (const [name, address] of hosts) {
  if (!isLoopback(address)) throw new Error(`NETWORK_HOSTS maps ${name} to ${address}, which is not a loopback address`)
}

/** @param {string} address */
export function isLoopback(address) {
  const plain = address.replace(/^\[|\]$/g, '').toLowerCase()
  if (net.isIPv4(plain)) return plain.startsWith('127.')
  if (net.isIPv6(plain)) return plain === '::1' || /^::ffff:127\./.test(plain)
  return false
}

/** @param {string} what */
function refuse(what) {
  const message = `network guard (NETWORK_GUARD=loopback-only): refused ${what} in process ${process.pid} (${process.argv.slice(1).join(' ')})`
  process.stderr.write(`${message}\n`)
  if (process.env.NETWORK_GUARD_LOG) appendFileSync(process.env.NETWORK_GUARD_LOG, `${message}\n`)
  return Object.assign(new Error(message), { code: 'ENETGUARD' })
}

// Name resolution: NETWORK_HOSTS, names under .localhost, then (with the guard) nothing else but localhost.
{
  /** @type {(...args: any[]) => unknown} */
  const original = dns.lookup
  /** @type {any} */
  const lookup = function (/** @type {string} */ hostname, /** @type {any} */ options, /** @type {any} */ callback) {
    if (typeof options === 'function') [callback, options] = [options, {}]
    if (typeof options === 'number') options = { family: options }
    const name = String(hostname).toLowerCase()
    const mapped = hosts.get(name) ?? (name.endsWith('.localhost') ? '127.0.0.1' : undefined)
    if (mapped) {
      const family = net.isIP(mapped)
      process.nextTick(() =>
        options?.all ? callback(null, [{ address: mapped, family }]) : callback(null, mapped, family)
      )
      return {}
    }
    if (guard && name !== 'localhost' && !isLoopback(name)) {
      const error = refuse(`a DNS lookup of ${hostname}`)
      process.nextTick(() => callback(error))
      return {}
    }
    return original.call(dns, hostname, options, callback)
  }
  dns.lookup = lookup
  /** @type {any} */
  const lookupPromise = (/** @type {string} */ hostname, /** @type {any} */ options) =>
    new Promise((resolve, reject) =>
      lookup(
        hostname,
        options ?? {},
        (/** @type {Error | null} */ error, /** @type {any} */ address, /** @type {number} */ family) =>
          error ? reject(error) : resolve(options?.all ? address : { address, family })
      )
    )
  dns.promises.lookup = lookupPromise
}

if (guard) {
  const connect = net.Socket.prototype.connect
  /** @this {net.Socket} @param {any[]} args */
  net.Socket.prototype.connect = function (...args) {
    // net.createConnection passes its arguments already normalised, as one array.
    const first = Array.isArray(args[0]) ? args[0][0] : args[0]
    const options = typeof first === 'object' && first !== null ? first : { port: first, host: args[1] }
    const host = options.host
    if (!options.path && typeof first !== 'string') {
      const target = host ?? 'localhost'
      if (net.isIP(String(target).replace(/^\[|\]$/g, '')) && !isLoopback(String(target))) {
        const error = refuse(`a connection to ${target}:${options.port}`)
        process.nextTick(() => this.destroy(error))
        return this
      }
      // A name is resolved by the lookup above; check what it resolved to as well (a custom lookup may differ).
      this.on('lookup', (/** @type {Error | null} */ error, /** @type {string} */ address) => {
        if (!error && address && !isLoopback(address)) this.destroy(refuse(`a connection to ${target} (${address})`))
      })
    }
    return connect.apply(this, /** @type {any} */ (args))
  }
}
