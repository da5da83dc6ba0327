#!/usr/bin/env node
/**
 * `npm run bench`: how much the action costs on top of the one HTTP call it exists for.
 *
 * Interleaved run by run (A B C A B C ...), after a warm-up, against the stand-in on 127.0.0.1, it measures the
 * whole-process wall time and peak RSS of one create by:
 *   - the action: `node dist/index.js` under the runner's conventions;
 *   - the floor: scripts/bench/floor.js, a bare node:http POST that writes two outputs;
 *   - the official client: scripts/bench/official-client.js through @datadog/datadog-api-client, installed into
 *     .bench/ on first use (never a dependency of the action).
 * Then the request count and wall time of each scenario in scripts/scenarios.js, and many connections in one step
 * (scripts/bench/lists.js) and in an account file of many source orgs (scripts/bench/account.js), and what the
 * modules left out of the main chunk would cost at every start (scripts/bench/imports.js).
 *
 * Writes its results only where they are committed on purpose: docs/benchmarks.md, between its bench markers (every
 * figure of that page is there), and docs/benchmarks.svg. Nothing else in the working tree changes (the official
 * client goes into the git-ignored .bench/).
 * Options: --runs N (default 15), --no-client (skip the official client), --no-write (print only).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { inputsFor, startStandIn } from './stand-in.js'
import { BUNDLE, ROOT, runAction } from './runner.js'
import { SCENARIOS } from './scenarios.js'
import { benchAccount } from './bench/account.js'
import { benchImports } from './bench/imports.js'
import { benchLists } from './bench/lists.js'

const CLIENT_VERSION = '1.64.0'
const args = process.argv.slice(2)
const runs = Number(args[args.indexOf('--runs') + 1]) || 15
const withClient = !args.includes('--no-client')
const write = !args.includes('--no-write')

function ensureOfficialClient() {
  const dir = join(ROOT, '.bench')
  if (existsSync(join(dir, 'node_modules', '@datadog', 'datadog-api-client'))) return
  console.log(`Installing @datadog/datadog-api-client@${CLIENT_VERSION} into .bench/ (benchmark only)...`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), '{ "name": "bench-only", "private": true }\n')
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefix', dir, `@datadog/datadog-api-client@${CLIENT_VERSION}`],
    {
      stdio: 'inherit'
    }
  )
}

/** @param {number[]} values */
const median = values => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
/** @param {number} n */
const fmt = (n, digits = 1) => n.toFixed(digits)

const contenders = [
  { key: 'action', label: 'the action (dist/index.js)', script: BUNDLE },
  { key: 'floor', label: 'the floor (bare node:http)', script: join(ROOT, 'scripts', 'bench', 'floor.js') },
  ...(withClient
    ? [
        {
          key: 'client',
          label: `official client ${CLIENT_VERSION}`,
          script: join(ROOT, 'scripts', 'bench', 'official-client.js')
        }
      ]
    : [])
]

if (withClient) ensureOfficialClient()
const standIn = await startStandIn()
const inputs = inputsFor(standIn)

/** @param {{ key: string, label: string, script: string }} contender */
async function once(contender) {
  standIn.connections.clear()
  const run = await runAction({
    inputs,
    bundle: contender.script,
    measureRss: true,
    defaults: contender.key === 'action'
  })
  if (run.code !== 0 || !/^[0-9a-f-]{36}$/.test(run.outputs['connection-id'] ?? '')) {
    throw new Error(`${contender.label} did not create the connection:\n${run.stdout}\n${run.stderr}`)
  }
  return run
}

console.log(`Warm-up, then ${runs} interleaved runs each of: ${contenders.map(c => c.key).join(', ')}`)
for (const contender of contenders) await once(contender)
/** @type {Record<string, { wall: number[], rss: number[], cpu: number[] }>} */
const samples = Object.fromEntries(contenders.map(c => [c.key, { wall: [], rss: [], cpu: [] }]))
for (let i = 0; i < runs; i++) {
  for (const contender of contenders) {
    const run = await once(contender)
    samples[contender.key].wall.push(run.wallMs)
    samples[contender.key].rss.push((run.maxRssKb ?? 0) / 1024)
    samples[contender.key].cpu.push(run.cpuMs ?? 0)
  }
  process.stdout.write('.')
}
console.log('')

const stats = contenders.map(c => {
  const { wall, rss, cpu } = samples[c.key]
  return {
    ...c,
    cpu: median(cpu),
    wall: median(wall),
    wallMin: Math.min(...wall),
    wallMax: Math.max(...wall),
    rss: median(rss),
    rssMin: Math.min(...rss),
    rssMax: Math.max(...rss)
  }
})
const byKey = Object.fromEntries(stats.map(s => [s.key, s]))

const scenarioRows = []
for (const scenario of SCENARIOS) {
  standIn.connections.clear()
  standIn.requests.length = 0
  scenario.setup(standIn)
  const run = await runAction({ inputs: { ...inputs, ...scenario.inputs } })
  const methods = standIn.requests.map(r => r.method)
  scenarioRows.push({
    name: scenario.name,
    result: run.outputs.result,
    requests: methods.length,
    methods,
    minimum: scenario.requests.length,
    wall: run.wallMs
  })
}
await standIn.close()

console.log('Many connections: a list of 100 against the stand-in with 20 ms added to every request...')
const lists = await benchLists({ withClient })
console.log('An account file: 100 entries across 10 source orgs, one leg per org...')
const account = await benchAccount({ latencyMs: lists.latencyMs })
console.log('What the modules left out of the main chunk would cost at every start...')
const imports = await benchImports({ runs })
const listRow = (/** @type {string} */ start) => lists.rows.find(r => r.name.startsWith(start))
/** @param {string} a @param {string} b @param {'wallMs' | 'cpuMs'} [what] */
const listRatio = (a, b, what = 'wallMs') => {
  const x = listRow(a)?.[what]
  const y = listRow(b)?.[what]
  return x && y ? `${fmt(x / y, 2)}x` : 'n/a'
}

const bundleBytes = statSync(BUNDLE).size
const chunks = readdirSync(join(ROOT, 'dist'))
  .filter(name => name.endsWith('.js') && join(ROOT, 'dist', name) !== BUNDLE)
  .map(name => `${name} ${fmt(statSync(join(ROOT, 'dist', name)).size / 1024)} KiB`)
const cpu = cpus()[0]?.model ?? 'unknown CPU'
const machine = `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`
/** @param {string} a @param {string} b */
const ratio = (a, b) =>
  byKey[a] && byKey[b]
    ? `${fmt(byKey[a].wall / byKey[b].wall, 2)}x wall, ${fmt(byKey[a].rss / byKey[b].rss, 2)}x peak RSS`
    : 'n/a'

const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; ${runs} interleaved runs each after a warm-up.`,
  '',
  '| contender | wall median (ms) | wall min-max (ms) | CPU median (ms) | peak RSS median (MiB) | RSS min-max (MiB) |',
  '|---|---:|---:|---:|---:|---:|',
  ...stats.map(
    s =>
      `| ${s.label} | ${fmt(s.wall)} | ${fmt(s.wallMin)}-${fmt(s.wallMax)} | ${fmt(s.cpu)} | ${fmt(s.rss)} | ${fmt(s.rssMin)}-${fmt(s.rssMax)} |`
  ),
  '',
  `- action / floor: ${ratio('action', 'floor')}`,
  `- action / official client: ${ratio('action', 'client')}`,
  '',
  '| start-up of | wall median (ms) | CPU median (ms) | CPU beyond node alone (ms) |',
  '|---|---:|---:|---:|',
  ...imports.map(r => `| ${r.label} | ${fmt(r.wallMs)} | ${fmt(r.cpuMs)} | ${fmt(r.cpuMs - imports[0].cpuMs)} |`),
  '',
  `- bundle: dist/index.js ${fmt(bundleBytes / 1024)} KiB, loaded at every start; chunks loaded when needed: ${chunks.join(', ') || 'none'}`,
  '',
  '| scenario | result | requests (minimum) | wall (ms) |',
  '|---|---|---:|---:|',
  ...scenarioRows.map(
    r => `| ${r.name} | ${r.result} | ${r.requests} (${r.minimum}): ${r.methods.join(', ')} | ${fmt(r.wall, 0)} |`
  ),
  '',
  `Many connections: ${lists.entries} entries, ${lists.latencyMs} ms added to every request by the stand-in.`,
  '',
  '| run | requests | expected | wall (ms) | CPU (ms) |',
  '|---|---:|---|---:|---:|',
  ...lists.rows.map(
    r =>
      `| ${r.name} | ${r.requests} | ${r.expected} | ${fmt(r.wallMs, 0)} | ${r.cpuMs === undefined ? '' : fmt(r.cpuMs, 0)} |`
  ),
  '',
  `- no-op re-run of the list / no-op re-run of one connection (both two requests, measured interleaved): ` +
    `${listRatio('list of 100: re-run', 'one connection: re-run')} wall, ` +
    `${listRatio('list of 100: re-run', 'one connection: re-run', 'cpuMs')} CPU (target: at most 1.2x)`,
  `- no-op re-run of the list / one single-connection create (one request): ${listRatio('list of 100: re-run', 'one connection: a single')} wall`,
  `- first run of the list / ${lists.entries} single-connection runs: ${listRatio('list of 100: first', '100 single')} wall (target: at most 0.35x)`,
  `- first run of the list / the official client's loop: ${listRatio('list of 100: first', 'official client')} wall`,
  '',
  `Account file: ${account.entries} entries across ${account.sources} source orgs, ` +
    `one leg per source org with that org's keys, ${lists.latencyMs} ms added to every request by the stand-in.`,
  '',
  '| run | requests | expected | wall (ms) | CPU (ms) |',
  '|---|---:|---|---:|---:|',
  ...account.rows.map(
    r => `| ${r.name} | ${r.requests} | ${r.expected} | ${fmt(r.wallMs, 0)} | ${fmt(r.cpuMs ?? 0, 0)} |`
  ),
  '',
  `- a leg's no-op re-run / one connection's no-op re-run (measured interleaved): ` +
    `${fmt(account.rows[1].wallMs / account.rows[2].wallMs, 2)}x wall, ` +
    `${fmt((account.rows[1].cpuMs ?? 0) / (account.rows[2].cpuMs ?? 1), 2)}x CPU (target: at most 1.2x)`
].join('\n')

console.log(`\n${table}\n`)

function chart() {
  const width = 640
  const barMax = 330
  const rowHeight = 26
  /** @type {{ title: string, value: (s: (typeof stats)[number]) => number }[]} */
  const groups = [
    { title: 'Wall time, median (ms)', value: s => s.wall },
    { title: 'Peak RSS, median (MiB)', value: s => s.rss }
  ]
  /** @type {Record<string, string>} */
  const colors = { action: '#632ca6', floor: '#7f8c8d', client: '#e67e22' }
  let y = 30
  const parts = []
  for (const group of groups) {
    const top = Math.max(...stats.map(group.value))
    parts.push(`<text x="10" y="${y}" font-weight="bold">${group.title}</text>`)
    y += 10
    for (const s of stats) {
      const w = Math.max(1, (group.value(s) / top) * barMax)
      parts.push(
        `<text x="10" y="${y + 17}">${s.label}</text>`,
        `<rect x="230" y="${y + 4}" width="${fmt(w)}" height="18" fill="${colors[s.key]}"/>`,
        `<text x="${fmt(236 + w)}" y="${y + 17}">${fmt(group.value(s))}</text>`
      )
      y += rowHeight
    }
    y += 24
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="sans-serif" font-size="13">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...parts,
    '</svg>',
    ''
  ].join('\n')
}

if (write) {
  const docPath = join(ROOT, 'docs', 'benchmarks.md')
  const doc = readFileSync(docPath, 'utf8')
  const start = '<!-- bench:start -->'
  const end = '<!-- bench:end -->'
  const next = `${doc.slice(0, doc.indexOf(start) + start.length)}\n${table}\n${doc.slice(doc.indexOf(end))}`
  // Laid out as Prettier lays out the rest of the repository, so the format check passes on the results.
  const { format, resolveConfig } = await import('prettier')
  writeFileSync(docPath, await format(next, { ...(await resolveConfig(docPath)), filepath: docPath }))
  writeFileSync(join(ROOT, 'docs', 'benchmarks.svg'), chart())
  console.log('Wrote docs/benchmarks.md (results) and docs/benchmarks.svg.')
}
