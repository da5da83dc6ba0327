/**
 * `node scripts/stand-in.js` (`npm run stand-in`): serve the stand-in until stopped, to try the action by hand.
 */
import { parseArgs } from 'node:util'
import { KEYS, SINK_ORGS, SOURCE_ORG } from './data.js'
import { serveUntilStopped } from './server.js'
import { startStandIn } from './start.js'

/**
 * Not 8126 (the Datadog Agent's APM port) nor any other port an agent or a dev server commonly holds (8125 DogStatsD,
 * 8126 APM, 5000, 5002, 8080, 8000, 3000, 9000): a stand-in started next to a local Agent must not take its port.
 */
export const DEFAULT_PORT = 8327

const HELP = [
  'Usage: node scripts/stand-in.js [options]     (or: npm run stand-in -- [options])',
  '',
  "A stand-in for Datadog's org connections API on 127.0.0.1, answering as Datadog was recorded to answer.",
  '',
  'Options:',
  `  --port N          listen on port N (default ${DEFAULT_PORT}; 0 for any free port)`,
  '  --latency-ms N    wait N ms before every answer (default 0)',
  '  --page-size N     the most connections one list page holds (default 1000, as Datadog)',
  '  --seed N          start with N connections from the source org to N orgs of the account',
  '  --types LIST      also accept these connection types on create and update (comma separated, say apm)',
  '  -h, --help        print this and exit',
  '',
  'Answer the next request(s) with a chosen status, by hand (no keys needed):',
  '  curl -X POST "$URL/__stand-in/next?status=403"',
  '  curl -X POST "$URL/__stand-in/next?status=429&reset=2&times=3"     X-RateLimit-Reset: 2, for 3 requests',
  `  curl -X POST "$URL/__stand-in/next" -d '{"status": 503, "method": "POST", "message": "Service down"}'`,
  '  fields: status (100-599), times (1), method, path (prefix), message (the error text), reset (X-RateLimit-*),',
  '          retry-after (Retry-After), delay-ms, hang (never answer), drop (before|after: close the socket)',
  '  curl -X DELETE "$URL/__stand-in/next"                          forget the queued ones',
  'Look inside: GET $URL/__stand-in/connections, GET $URL/__stand-in/requests'
].join('\n')

/**
 * @param {string[]} argv the arguments after the script's name
 * @returns {{ help: true } | { help: false, port: number, latencyMs: number, pageSize: number, seed: number,
 *   types: string[] } | { error: string }}
 */
export function readArguments(argv) {
  /** @type {import('node:util').ParseArgsConfig['options']} */
  const options = {
    port: { type: 'string' },
    'latency-ms': { type: 'string' },
    'page-size': { type: 'string' },
    seed: { type: 'string' },
    types: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
  }
  let values
  try {
    values = parseArgs({ args: argv, options, strict: true }).values
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
  if (values.help) return { help: true }
  const whole = (/** @type {string} */ name, /** @type {number} */ fallback, /** @type {number} */ max) => {
    const value = values[name] === undefined ? fallback : Number(values[name])
    return Number.isInteger(value) && value >= 0 && value <= max ? value : NaN
  }
  const read = {
    port: whole('port', DEFAULT_PORT, 65535),
    latencyMs: whole('latency-ms', 0, 600_000),
    pageSize: whole('page-size', 1000, 1_000_000),
    seed: whole('seed', 0, 100_000)
  }
  const bad = Object.entries(read).find(([, value]) => Number.isNaN(value))
  if (bad) return { error: `--${bad[0].replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)} takes a whole number in range` }
  if (read.pageSize === 0) return { error: '--page-size takes a whole number of at least 1' }
  const types = String(values.types ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
  return { help: false, ...read, types }
}

/**
 * Runs the command line: prints usage, or starts the stand-in and says where it is and which keys it takes.
 * @param {string[]} argv
 * @returns {Promise<number | undefined>} an exit code when the stand-in was not started
 */
export async function main(argv) {
  const read = readArguments(argv)
  if ('error' in read) {
    console.error(`stand-in: ${read.error}\n\n${HELP}`)
    return 2
  }
  if (read.help) {
    console.log(HELP)
    return 0
  }
  const { port, latencyMs, pageSize, seed, types } = read
  const standIn = await startStandIn({ port, latencyMs, pageSize, variety: { types } })
  standIn.seedMany(seed)
  console.log(`Datadog stand-in listening on ${standIn.url} (api-url: ${standIn.url}; stop with Ctrl-C)`)
  console.log(`  keys (stand-in only): DD_API_KEY=${KEYS.api} DD_APP_KEY=${KEYS.app}`)
  console.log(`  they belong to org ${SOURCE_ORG.id} (${SOURCE_ORG.name})`)
  console.log(`  sink orgs: ${SINK_ORGS.map(o => `${o.id} (${o.name})`).join(', ')}`)
  console.log(
    `  answer the next request with a status: curl -X POST '${standIn.url}/__stand-in/next?status=429&reset=2'`
  )
  serveUntilStopped(standIn)
  return undefined
}
