/**
 * Runs the committed bundle (`node dist/index.js`) the way a GitHub runner does: inputs as INPUT_<NAME> variables
 * (upper case, hyphens kept), defaults from action.yml filled in, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files,
 * the workflow context variables. Plain Node, no dependencies: the demo, the benchmark and the tests share it.
 *
 * Two variables of the calling process change how the bundle is started, and nothing else does:
 * - `ACTION_NODE`: the node binary to run it with (default: the one running this script). `.ci/run` points it at
 *   Node 24, the runtime action.yml declares (scripts/ci/node24.sh installs it).
 * - `NETWORK_GUARD=loopback-only`: load scripts/ci/network.js into the bundle's process, so that any connection
 *   outside the machine fails loudly. Without it (and without `hosts`), the bundle runs as `node dist/index.js`.
 * NODE_OPTIONS is not passed on (a runner does not set jest's flags).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const BUNDLE = join(ROOT, 'dist', 'index.js')
const NETWORK_PRELOAD = pathToFileURL(join(ROOT, 'scripts', 'ci', 'network.js')).href

/** The `default:` of each input in action.yml, read without a YAML library (the file is ours and simple). */
/** What the runner gives for `${{ github.token }}`: a token of the job, fake here. */
export const JOB_TOKEN = 'ghs_jobTokenOfTheTestRunner0123456789'

export function actionDefaults() {
  const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8')
  const inputs = yml.split(/^outputs:/m)[0].split(/^inputs:/m)[1] ?? ''
  /** @type {Record<string, string>} */
  const defaults = {}
  let current
  for (const line of inputs.split('\n')) {
    const name = /^ {2}([a-z0-9-]+):\s*$/.exec(line)
    if (name) current = name[1]
    const value = /^ {4}default:\s*['"]?(.*?)['"]?\s*$/.exec(line)
    if (value && current) defaults[current] = value[1].replace(/\$\{\{\s*github\.token\s*\}\}/g, JOB_TOKEN)
  }
  return defaults
}

/**
 * Reads `name<<delimiter` blocks, as the runner does.
 * @param {string} text
 */
export function parseOutputs(text) {
  /** @type {Record<string, string>} */
  const outputs = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    outputs[m[1]] = value.join('\n')
  }
  return outputs
}

/**
 * The environment of a step on a runner: this process's, without anything that could reach the action by accident
 * (inputs, Datadog and GitHub variables, proxies, jest's NODE_OPTIONS), then the workflow context and the inputs.
 * @param {{ inputs: Record<string, string>, outputPath: string, summaryPath: string }} step
 */
function runnerEnv({ inputs, outputPath, summaryPath }) {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(INPUT_|DD_|GITHUB_|RUNNER_|HTTPS?_PROXY|NO_PROXY|NODE_OPTIONS$|NETWORK_HOSTS$)/i.test(k)
    )
  )
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])
  )
  return {
    ...base,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: 'acme/platform',
    GITHUB_WORKFLOW: 'Connect Datadog orgs',
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: '5f1d3c2b9a8e7d6c5b4a39281706f5e4d3c2b1a0',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    ...inputEnv
  }
}

/**
 * @param {object} options
 * @param {Record<string, string>} options.inputs  by input name, as in a workflow's `with:`
 * @param {Record<string, string>} [options.env]   extra environment (DD_SITE, RUNNER_DEBUG, HTTPS_PROXY, ...)
 * @param {boolean} [options.defaults]             fill in action.yml defaults as the runner does (true)
 * @param {number} [options.timeoutMs]             kill the process after this long (a test's safety net)
 * @param {string} [options.bundle]                the script to run (the benchmark runs its baselines the same way)
 * @param {boolean} [options.measureRss]           report the process's peak RSS and CPU time (the benchmark's probe)
 * @param {Record<string, string>} [options.hosts]  names that resolve to these loopback addresses in the bundle's
 *                                                  process, without DNS (scripts/ci/network.js)
 * @returns {Promise<{code: number | null, stdout: string, stderr: string, outputs: Record<string,string>,
 *   outputsFile: string, summary: string, wallMs: number, maxRssKb?: number, cpuMs?: number}>}
 */
export async function runAction({
  inputs,
  env = {},
  defaults = true,
  timeoutMs = 60_000,
  bundle = BUNDLE,
  measureRss = false,
  hosts = {}
}) {
  const dir = mkdtempSync(join(tmpdir(), 'dd-org-connection-'))
  const outputPath = join(dir, 'output.txt')
  const summaryPath = join(dir, 'summary.md')
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const started = process.hrtime.bigint()
  try {
    const probe = measureRss ? ['--import', pathToFileURL(join(ROOT, 'scripts', 'bench', 'rss-probe.js')).href] : []
    const hostList = Object.entries(hosts).map(([name, address]) => `${name}=${address}`)
    const network = process.env.NETWORK_GUARD || hostList.length ? ['--import', NETWORK_PRELOAD] : []
    const child = spawn(process.env.ACTION_NODE || process.execPath, [...network, ...probe, bundle], {
      env: {
        ...runnerEnv({ inputs: { ...(defaults ? actionDefaults() : {}), ...inputs }, outputPath, summaryPath }),
        ...(hostList.length ? { NETWORK_HOSTS: hostList.join(',') } : {}),
        ...env
      },
      stdio: ['ignore', 'pipe', 'pipe', measureRss ? 'pipe' : 'ignore']
    })
    let stdout = ''
    let stderr = ''
    let rss = ''
    child.stdout?.on('data', d => (stdout += d))
    child.stderr?.on('data', d => (stderr += d))
    child.stdio[3]?.on('data', d => (rss += d))
    const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    const code = await new Promise(resolve => child.on('close', c => resolve(c)))
    clearTimeout(killer)
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6
    const outputsFile = readFileSync(outputPath, 'utf8')
    const summary = readFileSync(summaryPath, 'utf8')
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputs(outputsFile),
      outputsFile,
      summary,
      wallMs,
      maxRssKb: rss ? Number(rss.split(' ')[0]) : undefined,
      cpuMs: rss ? Number(rss.split(' ')[1]) / 1000 : undefined
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
