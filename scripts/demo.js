#!/usr/bin/env node
/**
 * `npm run demo`: no install needed. Starts the Datadog stand-in on 127.0.0.1 and runs the committed bundle
 * (dist/index.js) exactly as a GitHub runner would, through a connection's whole life: plan, create, re-run,
 * converge, a rate limit, a bad input, teardown; then a reviewed list of connections, planned and applied exactly as
 * approved. Prints what the step logs, its outputs and its job summary.
 */
import { inputsFor, startStandIn } from './stand-in.js'
import { ROOT, runAction } from './runner.js'

/** @param {string} text */
const bold = text => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text)
/** @param {string} text */
const dim = text => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[0m` : text)

const standIn = await startStandIn()
const base = inputsFor(standIn, { 'connection-types': 'logs, metrics' })
/** A list instead of one sink org: the repository's own example file. */
const list = { 'sink-org': '', 'connection-types': '', 'connections-file': '.github/datadog-org-connections.yml' }
/** @type {Record<string, string>} the outputs of the previous run */
let previous = {}

/** @type {[string, Record<string, string> | (() => Record<string, string>), { summary?: boolean, rateLimit?: boolean }?][]} */
const steps = [
  ['Plan on a pull request (dry-run: true)', { 'dry-run': 'true' }, { summary: true }],
  ['Apply on main', {}, { summary: true }],
  ['Re-run the same step (nothing to do)', {}],
  ['Add audit: converge the existing connection', { 'connection-types': 'logs metrics audit' }],
  [
    'Re-run while rate-limited (429, X-RateLimit-Reset: 1)',
    { 'connection-types': 'logs metrics audit' },
    { rateLimit: true }
  ],
  ['A typo in an input: refused before any request', { 'connection-types': 'logs, trace' }],
  ['Teardown (state: absent)', { state: 'absent' }],
  [
    'Many connections: plan the reviewed list, with prune (dry-run: true)',
    { ...list, prune: 'true', 'dry-run': 'true' },
    { summary: true }
  ],
  [
    'Apply exactly the approved plan (expected-plan-digest from the plan)',
    () => ({ ...list, prune: 'true', 'expected-plan-digest': previous['plan-digest'] })
  ]
]

console.log(bold(`Datadog stand-in on ${standIn.url}; running dist/index.js as the GitHub runner does.\n`))
let failures = 0
for (const [title, inputs, options = {}] of steps) {
  if (options.rateLimit) {
    standIn.fault({
      status: 429,
      headers: { 'x-ratelimit-reset': '1', 'x-ratelimit-remaining': '0' },
      body: { errors: ['Too many requests'] }
    })
  }
  const before = standIn.requests.length
  const given = typeof inputs === 'function' ? inputs() : inputs
  const run = await runAction({ inputs: { ...base, ...given }, env: { GITHUB_WORKSPACE: ROOT } })
  previous = run.outputs
  const calls = standIn.requests.slice(before).map(r => `${r.method} ${r.path}`)
  console.log(bold(`== ${title}`))
  console.log(
    dim(
      `   with: ${
        Object.entries(given)
          .filter(([, v]) => v !== '')
          .map(([k, v]) => `${k}: ${v}`)
          .join(', ') || '(the base inputs)'
      }`
    )
  )
  for (const line of run.stdout.trim().split('\n')) console.log(`   ${line}`)
  console.log(
    `   exit code ${run.code}, ${Math.round(run.wallMs)} ms, ${calls.length} request(s)${calls.length ? `: ${calls.join(', ')}` : ''}`
  )
  if (run.code === 0) {
    const { connection, ...shown } = run.outputs
    console.log('   outputs:')
    for (const [name, value] of Object.entries(shown)) console.log(`     ${name.padEnd(17)} ${value}`)
    console.log(`     ${'connection'.padEnd(17)} ${connection ? `${connection.slice(0, 70)}...` : ''}`)
  } else {
    failures++
  }
  if (options.summary) {
    console.log('   job summary:')
    for (const line of run.summary.trim().split('\n')) console.log(dim(`     ${line}`))
  }
  console.log('')
}
await standIn.close()
console.log(bold(`Done: ${steps.length} runs, ${failures} refused as expected (the typo).`))
process.exitCode = failures === 1 ? 0 : 1
