/**
 * The benchmark of an account file: 100 entries across 10 source orgs (each to the same 10 sink orgs), run as a
 * matrix of 10 legs, one per source org with that org's keys, against the stand-in with a fixed latency added to every
 * request. Each leg's first run creates its 10 connections; each leg's re-run with nothing to change should make two
 * reads (GET current_user, one listing) whatever the other orgs' entries, and cost about what one connection's no-op
 * re-run costs, which is measured interleaved with the legs for their ratio (with the stand-in's own keys, to a sink
 * org no other org connects to: in single-connection mode the action does not read which org its keys belong to, so
 * it cannot tell its connection from another source org's to the same sink).
 */
import { KEYS, manyOrgs, SINK_ORGS, startStandIn } from '../stand-in.js'
import { runAction } from '../runner.js'

/** Re-runs of every leg, for a median. */
const ROUNDS = 2

/** @param {number} i @returns {{ api: string, app: string }} a key pair of its own for the i-th source org */
const keysOf = i => {
  const tail = i.toString(16).padStart(4, '0')
  return { api: `${'a'.repeat(28)}${tail}`, app: `${'b'.repeat(36)}${tail}` }
}

/**
 * @param {{ sources?: number, sinks?: number, latencyMs?: number }} [options]
 * @returns {Promise<{ rows: { name: string, requests: number, expected: string, wallMs: number, cpuMs?: number }[],
 *   entries: number, sources: number }>}
 */
export async function benchAccount({ sources = 10, sinks = 10, latencyMs = 20 } = {}) {
  const orgs = manyOrgs(sources + sinks).map((org, i) => ({ ...org, alias: i < sources ? `src-${i}` : `sink-${i}` }))
  const [from, to] = [orgs.slice(0, sources), orgs.slice(sources)]
  const keys = [...from.map((org, i) => ({ ...keysOf(i), orgId: org.id })), { ...KEYS }]
  const standIn = await startStandIn({ latencyMs, orgs, keys })
  const file = [
    'orgs:',
    ...orgs.map(org => `  ${org.alias}: ${org.id}`),
    'connections:',
    ...from.flatMap(source =>
      to.map(sink => `  - { source-org: ${source.alias}, sink-org: ${sink.alias}, connection-types: [logs] }`)
    )
  ].join('\n')

  /** @param {{ api: string, app: string }} pair @param {Record<string, string>} inputs */
  async function run({ api, app }, inputs) {
    standIn.requests.length = 0
    const result = await runAction({
      inputs: { 'api-key': api, 'app-key': app, 'api-url': standIn.url, ...inputs },
      measureRss: true
    })
    if (result.code !== 0) throw new Error(`the action failed:\n${result.stdout}\n${result.stderr}`)
    return { wallMs: result.wallMs, cpuMs: result.cpuMs ?? 0, requests: standIn.requests.length }
  }
  const single = { 'sink-org': SINK_ORGS[0].id, 'connection-types': 'logs' }
  await run(KEYS, single)
  const first = []
  for (let leg = 0; leg < sources; leg++) first.push(await run(keysOf(leg), { connections: file }))
  const legs = []
  const singles = []
  for (let round = 0; round < ROUNDS; round++) {
    for (let leg = 0; leg < sources; leg++) {
      legs.push(await run(keysOf(leg), { connections: file }))
      singles.push(await run(KEYS, single))
    }
  }
  await standIn.close()
  const median = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[values.length >> 1]
  /** @param {string} name @param {string} expected @param {typeof first} runs */
  const row = (name, expected, runs) => ({
    name,
    expected,
    requests: Math.max(...runs.map(r => r.requests)),
    wallMs: median(runs.map(r => r.wallMs)),
    cpuMs: median(runs.map(r => r.cpuMs))
  })
  const entries = sources * sinks
  const rows = [
    row(
      `account file of ${entries} entries, ${sources} source orgs: each leg's first run`,
      `${sinks + 2} (2 reads + ${sinks} POST)`,
      first
    ),
    row(`account file: each leg's re-run, nothing to change (median of ${legs.length})`, '2 (2 reads, no write)', legs),
    row(`one connection: re-run, nothing to change (median of ${singles.length})`, '2 (POST 409, GET)', singles)
  ]
  return { rows, entries, sources }
}
