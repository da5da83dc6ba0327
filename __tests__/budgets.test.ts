/** Deterministic budgets, kept by CI: the bundle's size, and the requests each scenario may make. */
import { statSync } from 'node:fs'
import { SCENARIOS } from '../scripts/scenarios.js'
import { inputsFor, runBundle, useStandIn } from './e2e/harness.js'

/**
 * What every run loads. This round's reading of the whole contract, the approval gate, the review summary, export
 * and account files took it from about 250 KiB to about 300 KiB, with one create still well within 1.5x of the floor
 * (docs/benchmarks.md). The budget is there to catch what would cost far more: undici or Octokit, about 1 MiB, pulled
 * into the main chunk by an import.
 */
const MAX_BUNDLE_BYTES = 320 * 1024

describe('budgets', () => {
  it(`dist/index.js stays under ${MAX_BUNDLE_BYTES / 1024} KiB`, () => {
    expect(statSync('dist/index.js').size).toBeLessThanOrEqual(MAX_BUNDLE_BYTES)
  })

  const standIn = useStandIn()

  // A scenario that waits (a 429 asking for seconds) is the benchmark's: its wait is proven with a fake clock by
  // datadog/transport.test.ts, and a retried 429 through the bundle by e2e/faults.test.ts, without the real wait.
  it.each(SCENARIOS.filter(scenario => !scenario.minimumMs))(
    '$name: the minimum number of requests',
    async scenario => {
      scenario.setup(standIn.current)
      const run = await runBundle(inputsFor(standIn.current, scenario.inputs))
      expect(run.outputs.result).toBe(scenario.result)
      expect(standIn.current.requests.map(r => r.method)).toEqual(scenario.requests)
    }
  )
})
