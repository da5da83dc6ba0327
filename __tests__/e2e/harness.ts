/**
 * End-to-end harness: the committed bundle, run as the GitHub runner runs it, against the stand-in on 127.0.0.1.
 * Every run is checked for the two promises that hold on every path: the masks come first, and neither key
 * appears anywhere else (stdout, stderr, the outputs file, the summary). The stand-in, its keys and orgs, and the
 * hook that starts it around each test are the shared fixtures' (../fixtures/index.ts), re-exported here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PULL_REQUEST } from '../../scripts/github-stand-in.js'
import { inputsFor, startStandIn } from '../../scripts/stand-in.js'
import { runAction } from '../../scripts/runner.js'

export type Run = Awaited<ReturnType<typeof runAction>>
export { inputsFor, startStandIn }
export {
  KEYS,
  LIST,
  ME,
  POST,
  SINK,
  SINK_ORGS,
  type StandIn,
  type StandInHolder,
  useStandIn
} from '../fixtures/index.js'

/**
 * Runs the bundle with debug logging on (the riskiest setting for leaks) and checks the secrets on every channel.
 * `hosts` resolves names to loopback addresses in the bundle's process (scripts/ci/network.js), for the tests
 * that need a real Datadog host name: no test reaches a host outside the machine.
 */
export async function runBundle(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  hosts: Record<string, string> = {}
): Promise<Run> {
  const run = await runAction({ inputs, env: { RUNNER_DEBUG: '1', ...env }, hosts })
  // Users must see no runtime warning (DeprecationWarning, ExperimentalWarning, ...) and no crash: the action
  // reports everything through workflow commands on stdout. Also where the network guard prints a refusal.
  expect(run.stderr).toBe('')
  const given = [inputs['api-key'], inputs['app-key'], env.DD_API_KEY, env.DD_APP_KEY]
  // A multi-line value is printed (and masked) line by line.
  expectSecretsSafe(run, given.flatMap(value => (value ?? '').split('\n').map(line => line.trim())).filter(Boolean))
  return run
}

export function expectSecretsSafe(run: Run, secrets: string[]): void {
  const lines = run.stdout.split('\n')
  const masks = lines.filter(line => line.startsWith('::add-mask::'))
  // Every mask is printed before any other line.
  expect(lines.slice(0, masks.length)).toEqual(masks)
  for (const secret of secrets) {
    expect(masks).toContain(`::add-mask::${secret}`)
    const elsewhere = [...lines.slice(masks.length), run.stderr, run.outputsFile, run.summary].filter(text =>
      text.includes(secret)
    )
    expect(elsewhere).toEqual([])
  }
}

export function expectFailure(run: Run, message: RegExp): void {
  expect(run.code).toBe(1)
  const errors = run.stdout.split('\n').filter(line => line.startsWith('::error::'))
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(message)
  // A message for people: no stack trace.
  expect(run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/)
  expect(run.stderr).toBe('')
}

export function debugLines(run: Run): string[] {
  return run.stdout.split('\n').filter(line => line.startsWith('::debug::'))
}

/** The runner's environment for a run on a pull request, with the GitHub stand-in (at `github.url`) as its API. */
export function pullRequestEnv(github: { url: string }): Record<string, string> {
  const path = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json')
  writeFileSync(
    path,
    JSON.stringify({
      number: PULL_REQUEST.number,
      pull_request: { number: PULL_REQUEST.number },
      repository: { name: PULL_REQUEST.repo, owner: { login: PULL_REQUEST.owner } }
    })
  )
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path,
    GITHUB_API_URL: github.url,
    GITHUB_JOB: 'plan',
    GITHUB_ACTION: 'plan'
  }
}
