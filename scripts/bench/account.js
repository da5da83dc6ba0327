/**
 * The benchmark of an account file: 100 entries across 10 source orgs, run as a matrix of 10 legs (one per source
 * org, each with that org's keys) with nothing to change. Each leg should make two reads (GET current_user, one listing
 * by its own source org) and no write, whatever the entries of the other nine orgs; its wall and CPU time are set
 * beside one connection's no-op re-run (the list benchmark's row).
 */
import { keyPair, manyOrgs, startStandIn } from '../stand-in.js'
import { runAction } from '../runner.js'

const SOURCES = 10
const SINKS_PER_SOURCE = 10

/**
 * @param {{ latencyMs: number, repeats: number }} options
 * @returns {Promise<{ name: string, expected: string, requests: number, wallMs: number, cpuMs?: number }>}
 */
export async function benchAccount({ latencyMs, repeats }) {
  const orgs = manyOrgs(SOURCES + SOURCES * SINKS_PER_SOURCE)
  const sources = orgs.slice(0, SOURCES)
  const keys = sources.map((org, i) => ({ ...keyPair(i + 1), orgId: org.id }))
  const standIn = await startStandIn({ latencyMs, orgs, keys })
  const aliases = orgs.map((org, i) => `  org-${i}: ${org.id}`)
  const entries = sources.flatMap((source, s) =>
    orgs.slice(SOURCES + s * SINKS_PER_SOURCE, SOURCES + (s + 1) * SINKS_PER_SOURCE).map(sink => {
      standIn.seed({ sourceOrgId: source.id, sinkOrgId: sink.id, types: ['logs'] })
      return `  - source-org: org-${orgs.indexOf(source)}\n    sink-org: org-${orgs.indexOf(sink)}\n    connection-types: [logs]`
    })
  )
  const file = ['orgs:', ...aliases, 'connections:', ...entries].join('\n')
  /** @type {{ wallMs: number, cpuMs?: number, requests: number }[]} */
  const legs = []
  for (let round = 0; round < repeats; round++) {
    const leg = keys[round % keys.length]
    standIn.requests.length = 0
    const run = await runAction({
      inputs: { 'api-key': leg.api, 'app-key': leg.app, 'api-url': standIn.url, connections: file },
      measureRss: true
    })
    if (run.code !== 0) throw new Error(`the account leg failed:\n${run.stdout}\n${run.stderr}`)
    legs.push({ wallMs: run.wallMs, cpuMs: run.cpuMs, requests: standIn.requests.length })
  }
  await standIn.close()
  const median = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[values.length >> 1]
  const cpu = legs.flatMap(leg => (leg.cpuMs === undefined ? [] : [leg.cpuMs]))
  return {
    name: `account file of ${SOURCES * SINKS_PER_SOURCE} entries across ${SOURCES} source orgs: one leg, nothing to change (median of ${repeats})`,
    expected: '2 (2 reads, no write)',
    requests: Math.max(...legs.map(leg => leg.requests)),
    wallMs: median(legs.map(leg => leg.wallMs)),
    cpuMs: cpu.length ? median(cpu) : undefined
  }
}
