/**
 * The benchmark of many connections in one step (issue: a reviewed list, reconciled with one listing), against the
 * stand-in with a fixed latency added to every request, as a real API has:
 *   - the list: a first run (every entry created), a re-run (nothing to change), a run that changes 10;
 *   - beside it: one single-connection run, the same connections as one process each (what a matrix does), and a
 *     loop over Datadog's official client in one process.
 * Requests are counted, wall time measured; what is expected is stated next to each row.
 */
import { join } from 'node:path'
import { KEYS, manyOrgs, startStandIn } from '../stand-in.js'
import { ROOT, runAction } from '../runner.js'

/** Runs of the cheap rows, for a median. */
const REPEATS = 7

/**
 * @param {{ entries?: number, latencyMs?: number, withClient: boolean }} options
 * @returns {Promise<{ rows: { name: string, requests: number, expected: string, wallMs: number }[], entries: number, latencyMs: number }>}
 */
export async function benchLists({ entries = 100, latencyMs = 20, withClient }) {
  const orgs = manyOrgs(entries)
  const standIn = await startStandIn({ latencyMs, orgs })
  const keys = { 'api-key': KEYS.api, 'app-key': KEYS.app, 'api-url': standIn.url }
  const list = JSON.stringify(orgs.map(org => ({ 'sink-org': org.id, 'connection-types': ['logs'] })))
  /** @type {{ name: string, requests: number, expected: string, wallMs: number }[]} */
  const rows = []

  /**
   * A run that changes nothing can be repeated: its wall time is the median of `times` runs, its requests one run's.
   * @param {string} name @param {string} expected @param {() => Promise<number>} run wall ms @param {number} [times]
   */
  async function measure(name, expected, run, times = 1) {
    const walls = []
    let requests = 0
    for (let i = 0; i < times; i++) {
      standIn.requests.length = 0
      walls.push(await run())
      requests = standIn.requests.length
    }
    walls.sort((a, b) => a - b)
    rows.push({ name, requests, expected, wallMs: walls[walls.length >> 1] })
  }
  /** @param {Record<string, string>} inputs */
  async function action(inputs) {
    const run = await runAction({ inputs: { ...keys, ...inputs } })
    if (run.code !== 0) throw new Error(`the action failed:\n${run.stdout}\n${run.stderr}`)
    return run.wallMs
  }

  await measure(
    `list of ${entries}: first run (${entries} creates)`,
    `${entries + 2} (2 reads + ${entries} POST)`,
    () => action({ connections: list })
  )
  await measure(
    `list of ${entries}: re-run, nothing to change (median of ${REPEATS})`,
    '2 (2 reads, no write)',
    () => action({ connections: list }),
    REPEATS
  )
  for (const connection of [...standIn.connections.values()].slice(0, 10)) connection.types = ['metrics']
  await measure(`list of ${entries}: 10 changed in Datadog`, '12 (2 reads + 10 PATCH)', () =>
    action({ connections: list })
  )

  const single = { 'sink-org': orgs[0].id, 'connection-types': 'logs' }
  await measure(
    `one connection: a single-connection run (create, median of ${REPEATS})`,
    '1 (POST)',
    () => {
      standIn.connections.clear()
      return action(single)
    },
    REPEATS
  )
  await measure(
    `one connection: re-run, nothing to change (median of ${REPEATS})`,
    '2 (POST 409, GET)',
    () => action(single),
    REPEATS
  )

  standIn.connections.clear()
  await measure(
    `${entries} single-connection runs, one process each (a matrix)`,
    `${entries} (POST each)`,
    async () => {
      let total = 0
      for (const org of orgs) total += await action({ 'sink-org': org.id, 'connection-types': 'logs' })
      return total
    }
  )

  if (withClient) {
    standIn.connections.clear()
    await measure(
      `official client: a loop of ${entries} creates in one process`,
      `${entries} (POST each)`,
      async () => {
        const run = await runAction({
          inputs: keys,
          defaults: false,
          bundle: join(ROOT, 'scripts', 'bench', 'official-client.js'),
          env: { BENCH_SINK_ORGS: JSON.stringify(orgs.map(org => org.id)) }
        })
        if (run.code !== 0) throw new Error(`the official client failed:\n${run.stderr}`)
        return run.wallMs
      }
    )
  }
  await standIn.close()
  return { rows, entries, latencyMs }
}
