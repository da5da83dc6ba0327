/**
 * The version comes from package.json at build time (src/version.ts): the bundle users run must send it in its
 * User-Agent, which is what Datadog's logs (and a proxy's) show of the action.
 */
import { readFileSync } from 'node:fs'
import { inputsFor, runBundle, startStandIn } from './e2e/harness.js'

it("dist/index.js sends package.json's version in its User-Agent", async () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
  const standIn = await startStandIn()
  try {
    const run = await runBundle(inputsFor(standIn))
    expect(run.outputs.result).toBe('created')
    expect(standIn.requests.map(r => r.headers['user-agent'])).toEqual([`datadog-org-connection-action/${version}`])
  } finally {
    await standIn.close()
  }
})
