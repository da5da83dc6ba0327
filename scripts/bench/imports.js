/**
 * What leaving modules out of the main chunk saves: the start-up of node alone, then of node importing each module the
 * bundle holds in its place or reads a part of (undici, which @actions/http-client imports at load; the entry of
 * @actions/github, which builds an Octokit client; its Context module alone, which the action reads), each a process
 * of its own, interleaved run by run. The difference with node alone is what the module costs every run.
 */
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROOT, runAction } from '../runner.js'

const MODULES = [
  { name: '', label: 'node alone' },
  { name: 'undici', label: 'undici (left out: src/http/no-undici.ts)' },
  { name: '@actions/github', label: "@actions/github's entry (left out: it builds Octokit)" },
  {
    // By its path, as src/github/context.ts imports it: the package exports only its entry.
    name: pathToFileURL(join(ROOT, 'node_modules', '@actions', 'github', 'lib', 'context.js')).href,
    label: "@actions/github's Context alone (what the action reads)"
  }
]

/**
 * @param {{ runs: number }} options
 * @returns {Promise<{ label: string, wallMs: number, cpuMs: number }[]>} medians
 */
export async function benchImports({ runs }) {
  /** @type {{ wall: number[], cpu: number[] }[]} */
  const samples = MODULES.map(() => ({ wall: [], cpu: [] }))
  for (let i = 0; i <= runs; i++) {
    for (const [m, module] of MODULES.entries()) {
      const run = await runAction({
        inputs: {},
        defaults: false,
        measureRss: true,
        bundle: join(ROOT, 'scripts', 'bench', 'import-probe.js'),
        env: { BENCH_IMPORT: module.name }
      })
      if (run.code !== 0) throw new Error(`importing ${module.label} failed:\n${run.stderr}`)
      // The first round warms the file cache and is not counted.
      if (i > 0) {
        samples[m].wall.push(run.wallMs)
        samples[m].cpu.push(run.cpuMs ?? 0)
      }
    }
  }
  const median = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[values.length >> 1]
  return MODULES.map((module, m) => ({
    label: module.label,
    wallMs: median(samples[m].wall),
    cpuMs: median(samples[m].cpu)
  }))
}
