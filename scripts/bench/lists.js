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
import { ACCOUNT_BENCH } from './account.js'

/** Runs of the cheap rows, for a median. */
const REPEATS = 9

/**
 * @typedef {{ name: string, requests: number, expected: string, wallMs: number, cpuMs?: number }} Row
 * @param {{ entries?: number, latencyMs?: number, withClient: boolean }} options
 * @returns {Promise<{ rows: Row[], entries: number, latencyMs: number, notes: string[] }>}
 */
export async function benchLists({ entries = 100, latencyMs = 20, withClient }) {
  const orgs = manyOrgs(entries)
  const standIn = await startStandIn({ latencyMs, orgs })
  const keys = { 'api-key': KEYS.api, 'app-key': KEYS.app, 'api-url': standIn.url }
  const list = JSON.stringify(orgs.map(org => ({ 'sink-org': org.id, 'connection-types': ['logs'] })))
  /** @type {Row[]} */
  const rows = []

  /** @param {Record<string, string>} inputs */
  async function action(inputs) {
    const run = await runAction({ inputs: { ...keys, ...inputs }, measureRss: true })
    if (run.code !== 0) throw new Error(`the action failed:\n${run.stdout}\n${run.stderr}`)
    return { wallMs: run.wallMs, cpuMs: run.cpuMs }
  }
  /** @param {() => Promise<{ wallMs: number, cpuMs?: number }>} run */
  async function counted(run) {
    standIn.requests.length = 0
    const measured = await run()
    return { ...measured, requests: standIn.requests.length }
  }
  /** @param {{ name: string, expected: string }} row @param {{ wallMs: number, cpuMs?: number, requests: number }[]} runs */
  function record({ name, expected }, runs) {
    const median = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[values.length >> 1]
    const cpu = runs.map(r => r.cpuMs).filter(ms => ms !== undefined)
    rows.push({
      name,
      expected,
      requests: runs[runs.length - 1].requests,
      wallMs: median(runs.map(r => r.wallMs)),
      cpuMs: cpu.length ? median(cpu) : undefined
    })
  }

  record(
    {
      name: `list of ${entries}: first run (${entries} creates)`,
      expected: `${entries + 2} (2 reads + ${entries} POST)`
    },
    [await counted(() => action({ connections: list }))]
  )

  // Nothing to change, interleaved: the list, then one connection (which exists, so its POST meets 409 and it reads).
  const single = { 'sink-org': orgs[0].id, 'connection-types': 'logs' }
  const listRuns = []
  const singleRuns = []
  for (let i = 0; i < REPEATS; i++) {
    listRuns.push(await counted(() => action({ connections: list })))
    singleRuns.push(await counted(() => action(single)))
  }
  record(
    { name: `list of ${entries}: re-run, nothing to change (median of ${REPEATS})`, expected: '2 (2 reads, no write)' },
    listRuns
  )
  record(
    { name: `one connection: re-run, nothing to change (median of ${REPEATS})`, expected: '2 (POST 409, GET)' },
    singleRuns
  )

  for (const connection of [...standIn.connections.values()].slice(0, 10)) connection.types = ['metrics']
  record({ name: `list of ${entries}: 10 changed in Datadog`, expected: '12 (2 reads + 10 PATCH)' }, [
    await counted(() => action({ connections: list }))
  ])

  const creates = []
  for (let i = 0; i < REPEATS; i++) {
    standIn.connections.clear()
    creates.push(await counted(() => action(single)))
  }
  record(
    { name: `one connection: a single-connection run (create, median of ${REPEATS})`, expected: '1 (POST)' },
    creates
  )

  standIn.connections.clear()
  record(
    { name: `${entries} single-connection runs, one process each (a matrix)`, expected: `${entries} (POST each)` },
    [
      await counted(async () => {
        let wallMs = 0
        let cpuMs = 0
        for (const org of orgs) {
          const run = await action({ 'sink-org': org.id, 'connection-types': 'logs' })
          wallMs += run.wallMs
          cpuMs += run.cpuMs ?? 0
        }
        return { wallMs, cpuMs }
      })
    ]
  )

  if (withClient) {
    standIn.connections.clear()
    record(
      { name: `official client: a loop of ${entries} creates in one process`, expected: `${entries} (POST each)` },
      [
        await counted(async () => {
          const run = await runAction({
            inputs: keys,
            defaults: false,
            measureRss: true,
            bundle: join(ROOT, 'scripts', 'bench', 'official-client.js'),
            env: { BENCH_SINK_ORGS: JSON.stringify(orgs.map(org => org.id)) }
          })
          if (run.code !== 0) throw new Error(`the official client failed:\n${run.stderr}`)
          return { wallMs: run.wallMs, cpuMs: run.cpuMs }
        })
      ]
    )
  }
  await standIn.close()
  return { rows, entries, latencyMs, notes: ACCOUNT_BENCH.ready ? [] : [ACCOUNT_BENCH.note] }
}
