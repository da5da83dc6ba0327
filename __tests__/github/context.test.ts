/** The runner context: what the runner's variables and the event payload say, read in one place. */
import { runnerContextOf, type ContextFields } from '../../src/github/context.js'

const BASE: ContextFields = {
  payload: {},
  eventName: 'workflow_dispatch',
  sha: '0123456789abcdef0123456789abcdef01234567',
  workflow: 'Datadog',
  action: 'connect',
  actor: 'octocat',
  job: 'plan',
  runId: 4242,
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com'
}
const ENV = {
  GITHUB_REPOSITORY: 'acme/observability',
  GITHUB_WORKFLOW_REF: 'acme/observability/.github/workflows/datadog.yml@refs/pull/42/merge',
  GITHUB_STEP_SUMMARY: '/runner/summary.md'
}

function prPayload(headRepo: string | null) {
  return {
    number: 42,
    pull_request: {
      number: 42,
      head: { ref: 'feature', repo: headRepo === null ? null : { full_name: headRepo } },
      base: { ref: 'main', repo: { full_name: 'acme/observability' } }
    },
    repository: { name: 'observability', full_name: 'acme/observability', owner: { login: 'acme' } }
  }
}

describe('runnerContextOf', () => {
  it('reads who ran the step, where, and the workflow file without its ref', () => {
    expect(runnerContextOf(BASE, ENV)).toEqual({
      repository: 'acme/observability',
      workflow: 'Datadog',
      workflowFile: 'acme/observability/.github/workflows/datadog.yml',
      job: 'plan',
      step: 'connect',
      actor: 'octocat',
      sha: BASE.sha,
      runUrl: 'https://github.com/acme/observability/actions/runs/4242',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      eventName: 'workflow_dispatch',
      summaryPath: '/runner/summary.md'
    })
  })

  it('leaves out what the runner did not say, and defaults the URLs', () => {
    const context = runnerContextOf(
      { ...BASE, workflow: '', action: '', actor: '', job: '', sha: '', runId: NaN, apiUrl: '', serverUrl: '' },
      {}
    )
    expect(context).toEqual({
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      eventName: 'workflow_dispatch'
    })
  })

  it('reads the pull request of a pull_request event, and tells a fork (or a deleted one) from the base', () => {
    const same = runnerContextOf({ ...BASE, eventName: 'pull_request', payload: prPayload('acme/observability') }, ENV)
    expect(same.pullRequest).toEqual({
      owner: 'acme',
      repo: 'observability',
      number: 42,
      event: 'pull_request',
      fromFork: false
    })
    const fork = runnerContextOf(
      { ...BASE, eventName: 'pull_request_target', payload: prPayload('someone/observability') },
      ENV
    )
    expect(fork.pullRequest).toMatchObject({ event: 'pull_request_target', fromFork: true })
    const deleted = runnerContextOf({ ...BASE, eventName: 'pull_request', payload: prPayload(null) }, ENV)
    expect(deleted.pullRequest?.fromFork).toBe(true)
  })

  it('falls back to GITHUB_REPOSITORY when the payload names no repository', () => {
    const context = runnerContextOf(
      { ...BASE, eventName: 'pull_request', payload: { number: 7, pull_request: { number: 7 } } },
      ENV
    )
    expect(context.pullRequest).toEqual({ owner: 'acme', repo: 'observability', number: 7, event: 'pull_request' })
  })

  it('has no pull request for other events, or a payload without a usable number', () => {
    for (const eventName of ['push', 'schedule', 'pull_request_review', '']) {
      expect(
        runnerContextOf({ ...BASE, eventName, payload: prPayload('acme/observability') }, ENV).pullRequest
      ).toBeUndefined()
    }
    for (const payload of [{}, { number: '42' }, { pull_request: { number: -1 } }, { number: 1.5 }]) {
      expect(runnerContextOf({ ...BASE, eventName: 'pull_request', payload }, ENV).pullRequest).toBeUndefined()
    }
    expect(
      runnerContextOf({ ...BASE, eventName: 'pull_request', payload: { number: 3 } }, {}).pullRequest
    ).toBeUndefined()
  })
})
