/**
 * The benchmark of many connections in one step (a reviewed list, reconciled with one listing), against the
 * stand-in with a fixed latency added to every request, as a real API has:
 *   - the list: a first run (every entry created), a re-run (nothing to change), a run that changes 10;
 *   - beside it: one single-connection run, the same connections as one process each (what a matrix does), and a
 *     loop over Datadog's official client in one process.
 * The two runs with nothing to change (the list's and one connection's) are measured interleaved, run by run, so
 * that a noisy neighbour affects both alike: their ratio is the cost of the list path beyond its two reads.
 * Requests are counted, wall time and CPU time (user + system) measured; what is expected is stated next to each row.
 */
import { join } from 'node:path'
import { KEYS, manyOrgs, startStandIn } from '../stand-in.js'
import { ROOT, runAction } from '../runner.js'

/** Runs of the cheap rows, for a median. */
const REPEATS = 9

/**
 * @typedef {{ name: string, requests: number, expected: string, wallMs: number, cpuMs?: number }} Row
 * @typedef {{ wallMs: number, cpuMs?: number }} Measured
 * @typedef {Measured & { requests: number }} Counted
 * @typedef {Awaited<ReturnType<typeof startStandIn>>} StandIn
 */

/** @param {number[]} values */
const median = values => [...values].sort((a, b) => a - b)[values.length >> 1]

/**
 * How each run is made and recorded: the action against the stand-in, its requests counted, its medians kept.
 * @param {StandIn} standIn @param {Record<string, string>} keys @param {Row[]} rows
 */
function recorder(standIn, keys, rows) {
  return {
    /** @param {Record<string, string>} inputs @returns {Promise<Measured>} */
    async action(inputs) {
      const run = await runAction({ inputs: { ...keys, ...inputs }, measureRss: true })
      if (run.code !== 0) throw new Error(`the action failed:\n${run.stdout}\n${run.stderr}`)
      return { wallMs: run.wallMs, cpuMs: run.cpuMs }
    },
    /** @param {() => Promise<Measured>} run @returns {Promise<Counted>} */
    async counted(run) {
      standIn.requests.length = 0
      const measured = await run()
      return { ...measured, requests: standIn.requests.length }
    },
    /** @param {string} name @param {string} expected @param {Counted[]} runs */
    record(name, expected, runs) {
      const cpu = runs.flatMap(r => (r.cpuMs === undefined ? [] : [r.cpuMs]))
      const wallMs = median(runs.map(r => r.wallMs))
      rows.push({
        name,
        expected,
        requests: runs[runs.length - 1].requests,
        wallMs,
        cpuMs: cpu.length ? median(cpu) : undefined
      })
    }
  }
}

/**
 * @param {{ entries?: number, latencyMs?: number, withClient: boolean }} options
 * @returns {Promise<{ rows: Row[], entries: number, latencyMs: number }>}
 */
export async function benchLists({ entries = 100, latencyMs = 20, withClient }) {
  const orgs = manyOrgs(entries)
  const standIn = await startStandIn({ latencyMs, orgs })
  const keys = { 'api-key': KEYS.api, 'app-key': KEYS.app, 'api-url': standIn.url }
  /** @type {Row[]} */
  const rows = []
  const bench = recorder(standIn, keys, rows)
  const list = JSON.stringify(orgs.map(org => ({ 'sink-org': org.id, 'connection-types': ['logs'] })))
  const single = { 'sink-org': orgs[0].id, 'connection-types': 'logs' }

  bench.record(`list of ${entries}: first run (${entries} creates)`, `${entries + 2} (2 reads + ${entries} POST)`, [
    await bench.counted(() => bench.action({ connections: list }))
  ])
  // Nothing to change, interleaved: the list, then one connection (which exists, so its POST meets 409 and it reads).
  const listRuns = []
  const singleRuns = []
  for (let i = 0; i < REPEATS; i++) {
    listRuns.push(await bench.counted(() => bench.action({ connections: list })))
    singleRuns.push(await bench.counted(() => bench.action(single)))
  }
  bench.record(
    `list of ${entries}: re-run, nothing to change (median of ${REPEATS})`,
    '2 (2 reads, no write)',
    listRuns
  )
  bench.record(`one connection: re-run, nothing to change (median of ${REPEATS})`, '2 (POST 409, GET)', singleRuns)

  for (const connection of [...standIn.connections.values()].slice(0, 10)) connection.types = ['metrics']
  bench.record(`list of ${entries}: 10 changed in Datadog`, '12 (2 reads + 10 PATCH)', [
    await bench.counted(() => bench.action({ connections: list }))
  ])

  const creates = []
  for (let i = 0; i < REPEATS; i++) {
    standIn.connections.clear()
    creates.push(await bench.counted(() => bench.action(single)))
  }
  bench.record(`one connection: a single-connection run (create, median of ${REPEATS})`, '1 (POST)', creates)

  await oneProcessEach(standIn, orgs, bench)
  if (withClient) await officialClientLoop(standIn, orgs, keys, bench)
  await standIn.close()
  return { rows, entries, latencyMs }
}

/**
 * The same connections as one process each, what a matrix does.
 * @param {StandIn} standIn @param {{ id: string }[]} orgs @param {ReturnType<typeof recorder>} bench
 */
async function oneProcessEach(standIn, orgs, bench) {
  standIn.connections.clear()
  const run = await bench.counted(async () => {
    let wallMs = 0
    let cpuMs = 0
    for (const org of orgs) {
      const one = await bench.action({ 'sink-org': org.id, 'connection-types': 'logs' })
      wallMs += one.wallMs
      cpuMs += one.cpuMs ?? 0
    }
    return { wallMs, cpuMs }
  })
  bench.record(`${orgs.length} single-connection runs, one process each (a matrix)`, `${orgs.length} (POST each)`, [
    run
  ])
}

/**
 * A loop over Datadog's official client in one process (installed into .bench/ by scripts/bench.js).
 * @param {StandIn} standIn @param {{ id: string }[]} orgs @param {Record<string, string>} keys
 * @param {ReturnType<typeof recorder>} bench
 */
async function officialClientLoop(standIn, orgs, keys, bench) {
  standIn.connections.clear()
  const run = await bench.counted(async () => {
    const client = await runAction({
      inputs: keys,
      defaults: false,
      measureRss: true,
      bundle: join(ROOT, 'scripts', 'bench', 'official-client.js'),
      env: { BENCH_SINK_ORGS: JSON.stringify(orgs.map(org => org.id)) }
    })
    if (client.code !== 0) throw new Error(`the official client failed:\n${client.stderr}`)
    return { wallMs: client.wallMs, cpuMs: client.cpuMs }
  })
  bench.record(`official client: a loop of ${orgs.length} creates in one process`, `${orgs.length} (POST each)`, [run])
}
