/**
 * Apply exactly what was approved: the plan digest, drift checks, the source-org guard, the plan on the pull request,
 * each across real runs. The rules themselves are proven by apply.test.ts, settings.test.ts, report.test.ts and
 * github/comment.test.ts (one comment per step and target, pages, ownership).
 */
import { GITHUB_TOKEN, PULL_REQUEST, startGitHubStandIn } from '../../scripts/github-stand-in.js'
import { SOURCE_ORG } from '../../scripts/stand-in.js'
import {
  expectFailure,
  inputsFor,
  runBundle,
  SINK,
  SINK_ORGS,
  type StandIn,
  useStandIn,
  pullRequestEnv,
  ME,
  LIST,
  POST
} from './harness.js'

const standIn = useStandIn()

const writes = (s: StandIn) => s.requests.filter(r => r.method !== 'GET')

describe('dist/index.js with expected-plan-digest', () => {
  it('applies a plan whose digest was approved, and refuses one that changed since, writing nothing', async () => {
    const plan = await runBundle(inputsFor(standIn.current, { 'dry-run': 'true', 'connection-types': 'logs, audit' }))
    expect(plan.outputs).toMatchObject({ result: 'would-create', changed: 'true' })
    const digest = plan.outputs['plan-digest']
    expect(plan.summary).toContain(`Plan digest: \`${digest}\``)

    // Someone creates the connection in the Datadog UI between approval and apply.
    const other = standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    const refused = await runBundle(
      inputsFor(standIn.current, { 'connection-types': 'logs, audit', 'expected-plan-digest': digest })
    )
    expectFailure(
      refused,
      new RegExp(
        `^::error::The plan changed since it was approved: approved ${digest}, now sha256:[0-9a-f]{64}\\. ` +
          `Nothing was written\\. The plan now: update ${SINK} \\(connection ${other.id}\\)`
      )
    )
    expect(writes(standIn.current)).toEqual([])

    standIn.current.connections.delete(other.id)
    const applied = await runBundle(
      inputsFor(standIn.current, { 'connection-types': 'audit logs', 'expected-plan-digest': digest })
    )
    expect(applied.outputs).toMatchObject({ result: 'created', 'plan-digest': digest })
    expect(standIn.current.calls().slice(-2)).toEqual([LIST, POST])
  })
})

describe('dist/index.js with fail-on-drift', () => {
  it('fails a dry run that would change something, after writing the summary and outputs', async () => {
    standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    const run = await runBundle(inputsFor(standIn.current, { 'dry-run': 'true', 'fail-on-drift': 'true' }))
    expectFailure(
      run,
      new RegExp(
        `^::error::Drift: 1 connection\\(s\\) differ from what is declared and would change: update ${SINK} \\(connection [0-9a-f-]+\\): metrics -> logs`
      )
    )
    expect(run.outputs).toMatchObject({ result: 'would-update', changed: 'true' })
    expect(run.summary).toContain('1 to update.')
    expect(writes(standIn.current)).toEqual([])
  })

  // Passing when nothing would change: with comment-on-pr below, outside a pull request.
})

describe('dist/index.js with source-org', () => {
  it("goes on when the keys belong to the org named, and warns when they are a person's, without printing who", async () => {
    standIn.current.user.serviceAccount = false
    const run = await runBundle(inputsFor(standIn.current, { 'source-org': SOURCE_ORG.id.toUpperCase() }))
    expect(run.outputs.result).toBe('created')
    expect(standIn.current.calls()).toEqual([ME, POST])
    expect(run.stdout).toMatch(/^::warning::The application key belongs to a person, not a service account/m)
    expect(run.stdout).not.toMatch(/@|handle/i)
  })

  it('fails before any write when they belong to another org, naming both', async () => {
    const run = await runBundle(inputsFor(standIn.current, { 'source-org': SINK_ORGS[1].id }))
    expectFailure(
      run,
      new RegExp(
        `^::error::The keys belong to org ${SOURCE_ORG.id} \\(${SOURCE_ORG.name}\\), not to source-org ${SINK_ORGS[1].id}`
      )
    )
    expect(standIn.current.calls()).toEqual([ME])
  })
})

describe('dist/index.js with comment-on-pr', () => {
  let github: Awaited<ReturnType<typeof startGitHubStandIn>>
  beforeEach(async () => {
    github = await startGitHubStandIn()
  })
  afterEach(async () => {
    await github.close()
  })

  const commenting = (extra: Record<string, string> = {}) =>
    inputsFor(standIn.current, { 'dry-run': 'true', 'comment-on-pr': 'true', 'github-token': GITHUB_TOKEN, ...extra })

  it('writes the plan as one comment, updated in place on a re-run, found across pages', async () => {
    github.seed(150, { pr: PULL_REQUEST })
    const first = await runBundle(commenting(), pullRequestEnv(github))
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/Pull-request comment created/)
    const ours = github.comments.filter(c => c.body.includes('datadog-org-connection:'))
    expect(ours).toHaveLength(1)
    expect(ours[0].body).toContain('1 to create.')
    expect(ours[0].body).toContain(first.outputs['plan-digest'])
    expect(ours[0].body).not.toContain(GITHUB_TOKEN)

    const second = await runBundle(commenting({ 'connection-types': 'audit' }), pullRequestEnv(github))
    expect(second.stdout).toMatch(/Pull-request comment updated/)
    const after = github.comments.filter(c => c.body.includes('datadog-org-connection:'))
    expect(after).toHaveLength(1)
    expect(after[0].body).toContain(second.outputs['plan-digest'])
  })

  it('warns, and succeeds, when the comment cannot be written', async () => {
    github.failWrites(403)
    const run = await runBundle(commenting(), pullRequestEnv(github))
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^::warning::Could not write the pull-request comment: .*pull-requests: write/m)
  })

  it('a drift check with nothing to change, outside a pull request: passes, and says in one line that no comment is written', async () => {
    standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    const run = await runBundle(commenting({ 'fail-on-drift': 'true' }), { GITHUB_API_URL: github.url })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'unchanged', changed: 'false' })
    expect(run.stdout).toContain(
      'comment-on-pr: this run is not for a pull request (event workflow_dispatch); no comment written.'
    )
    expect(github.requests).toEqual([])
  })
})
