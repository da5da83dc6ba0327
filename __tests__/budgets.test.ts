/** Deterministic budgets, kept by CI: the bundle's size, and the requests each scenario may make. */
import { statSync } from 'node:fs'
import { SCENARIOS } from '../scripts/scenarios.js'
import { inputsFor, runBundle, startStandIn } from './e2e/harness.js'

const MAX_BUNDLE_BYTES = 250 * 1024

describe('budgets', () => {
  it(`dist/index.js stays under ${MAX_BUNDLE_BYTES / 1024} KiB`, () => {
    expect(statSync('dist/index.js').size).toBeLessThanOrEqual(MAX_BUNDLE_BYTES)
  })

  it.each(SCENARIOS.map(s => [s.name, s] as const))('%s: the minimum number of requests', async (_, scenario) => {
    const standIn = await startStandIn()
    try {
      scenario.setup(standIn)
      const run = await runBundle(inputsFor(standIn, scenario.inputs))
      expect(run.outputs.result).toBe(scenario.result)
      expect(standIn.requests.map(r => r.method)).toEqual(scenario.requests)
      expect(run.wallMs).toBeGreaterThanOrEqual(scenario.minimumMs ?? 0)
    } finally {
      await standIn.close()
    }
  })
})
