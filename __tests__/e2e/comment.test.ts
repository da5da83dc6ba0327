/**
 * The plan on the pull request, through the bundle and the GitHub stand-in: one comment per step and org, kept up to
 * date (a failed plan says so in it), never written into another person's comment, and cut where it matters least.
 * The ownership rules themselves are proven by github/comment.test.ts; paging and the warning on a failed write by
 * e2e/approval.test.ts.
 */
import { GITHUB_TOKEN, MAX_BODY, OCTOCAT, startGitHubStandIn } from '../../scripts/github-stand-in.js'
import { keyPair, KEYS, manyOrgs } from '../../scripts/stand-in.js'
import { expectFailure, inputsFor, runBundle, SINK, SINK_ORGS, useStandIn, pullRequestEnv } from './harness.js'

const standIn = useStandIn()

type GitHub = Awaited<ReturnType<typeof startGitHubStandIn>>

const marker = (body: string) => body.split('\n')[0]

describe('dist/index.js with comment-on-pr', () => {
  let github: GitHub
  afterEach(async () => {
    await github.close()
  })

  const planning = (extra: Record<string, string> = {}, token = GITHUB_TOKEN) =>
    inputsFor(standIn.current, { 'dry-run': 'true', 'comment-on-pr': 'true', 'github-token': token, ...extra })

  it('updates the same comment when a later plan fails, saying that it failed and why', async () => {
    github = await startGitHubStandIn()
    const first = await runBundle(planning(), pullRequestEnv(github))
    expect(first.code).toBe(0)
    expect(github.comments).toHaveLength(1)
    const [ours] = github.comments
    expect(marker(ours.body)).toMatch(/^<!--.*-->$/)
    expect(ours.body).toContain('1 to create.')

    standIn.current.fault({ method: 'GET', path: '/api/v2/org_connections', status: 403 })
    const failed = await runBundle(planning(), pullRequestEnv(github))
    expectFailure(failed, /^::error::.*403/)
    expect(failed.outputs['failure-reason']).toBe('read-failed')
    expect(failed.stdout).toMatch(/Pull-request comment updated/)
    expect(github.comments).toEqual([expect.objectContaining({ id: ours.id })])
    const body = github.comments[0].body
    expect(marker(body)).toBe(marker(ours.body))
    expect(body).toContain('Datadog org connections: failed')
    expect(body).toContain('**Failed** (read-failed)')
    expect(body).toMatch(/403/)
    expect(body).not.toContain('1 to create.')
  })

  it("never writes into another person's comment that holds the marker, with a personal token", async () => {
    const token = 'ghp_personalToken0123456789abcdefABCDEF'
    const person = { login: 'dana-ops', id: 9001, type: 'User' }
    github = await startGitHubStandIn({ token, identity: person })
    const first = await runBundle(planning({}, token), pullRequestEnv(github))
    expect(first.code).toBe(0)
    expect(github.requests.map(r => `${r.method} ${r.path}`)).toContain('GET /user')
    expect(github.comments).toEqual([expect.objectContaining({ user: person })])

    // The same text, now another person's: someone pasted the marker (or GitHub shows someone else as its author).
    const quoted = github.comments[0]
    quoted.user = OCTOCAT
    const theirs = quoted.body
    const second = await runBundle(planning({ 'connection-types': 'audit' }, token), pullRequestEnv(github))
    expect(second.code).toBe(0)
    expect(second.stdout).toMatch(/Pull-request comment created/)
    expect(github.comments).toHaveLength(2)
    expect(github.comments[0]).toMatchObject({ id: quoted.id, body: theirs, user: OCTOCAT })
    expect(github.comments[1].user).toEqual(person)
    expect(marker(github.comments[1].body)).toBe(marker(theirs))
    expect(github.comments[1].body).toContain(second.outputs['plan-digest'])
    expect(github.requests.filter(r => r.method === 'PATCH')).toEqual([])
  })

  it('keeps one comment per org of the keys: two matrix legs with keys of different orgs', async () => {
    const staging = { id: '5a5a5a5a-0000-4000-8000-00000000005a', name: 'Acme Staging' }
    const other = { ...keyPair(1), orgId: staging.id }
    await standIn.restart({ keys: [KEYS, other], orgs: [staging] })
    github = await startGitHubStandIn()
    const production = await runBundle(planning(), pullRequestEnv(github))
    const leg = await runBundle(
      planning({ 'api-key': other.api, 'app-key': other.app, 'sink-org': SINK_ORGS[1].id }),
      pullRequestEnv(github)
    )
    expect([production.code, leg.code]).toEqual([0, 0])
    expect(leg.stdout).toMatch(/Pull-request comment created/)
    expect(github.comments).toHaveLength(2)
    const [a, b] = github.comments
    expect(marker(a.body)).not.toBe(marker(b.body))
    expect(a.body).toContain(production.outputs['plan-digest'])
    expect(b.body).toContain(leg.outputs['plan-digest'])
    expect(b.body).toContain(staging.id)
  })

  it('cuts a long plan inside the unchanged rows, keeping the counts, the digest and every change', async () => {
    github = await startGitHubStandIn()
    const many = manyOrgs(600)
    standIn.current.seedMany(600, ['logs'])
    const pruned = standIn.current.seed({ sinkOrgId: SINK_ORGS[1].id, types: ['metrics'] })
    const connections = [...many.map(org => org.id), SINK]
      .map(id => `- sink-org: ${id}\n  connection-types: [logs]`)
      .join('\n')
    const inputs = planning({ connections, prune: 'true' })
    delete inputs['sink-org']
    delete inputs['connection-types']
    const run = await runBundle(inputs, pullRequestEnv(github))
    expect(run.code).toBe(0)
    expect(github.comments).toHaveLength(1)
    const body = github.comments[0].body
    expect(body.length).toBeLessThanOrEqual(MAX_BODY)
    expect(body).toContain(
      `**1 to create, 1 to delete, 600 unchanged.** Plan digest: \`${run.outputs['plan-digest']}\``
    )
    const rows = body.split('\n').filter(line => line.startsWith('| '))
    expect(rows.find(row => row.includes(SINK))).toMatch(/^\| create \|.*`\+logs`/)
    expect(rows.find(row => row.includes(pruned.id))).toMatch(/^\| \*\*delete\*\* \(prune\) \|.*`-metrics`/)
    const shown = rows.filter(row => row.endsWith('| unchanged |')).length
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(600)
    expect(body).toContain(`_${600 - shown} more row(s) not shown here: see the job summary and the results output._`)
    // The changes come before the cut: they are whole, and the job summary has every row.
    expect(body.indexOf(pruned.id)).toBeLessThan(body.indexOf('<details>'))
    expect(run.summary.split('\n').filter(line => line.endsWith('| unchanged |'))).toHaveLength(600)
  })
})
