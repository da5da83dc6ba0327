/**
 * The pull-request comment: the marker, which comments are ours, the body's backstop cap, and the upsert against the
 * GitHub stand-in (127.0.0.1 only; no proxy variable of the machine running the tests leaks in).
 */
import type { PullRequestRef } from '../../src/github/context.js'
import {
  MAX_BODY_CHARS,
  MAX_COMMENT_CHARS,
  commentBody,
  commentMarker,
  commentTargetOf,
  identityOf,
  isOurs,
  upsertPlanComment,
  type CommentTarget,
  type Identity
} from '../../src/github/comment.js'
import { BOT, GITHUB_TOKEN, OCTOCAT, PULL_REQUEST, startGitHubStandIn } from '../../scripts/github-stand-in.js'

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']
const saved = Object.fromEntries(PROXY_VARIABLES.map(name => [name, process.env[name]]))
beforeAll(() => PROXY_VARIABLES.forEach(name => delete process.env[name]))
afterAll(() => {
  for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value
})

const TARGET: CommentTarget = {
  workflow: 'acme/observability/.github/workflows/datadog.yml',
  job: 'plan',
  step: 'connect',
  target: '83999dcd-7f97-11f0-8de1-1ecf66f1aa85',
  org: '4dee724d-00cc-11ea-a77b-570c9d03c6c5'
}
const MARKER = commentMarker(TARGET)
const PR: PullRequestRef = { ...PULL_REQUEST, event: 'pull_request', fromFork: false }
const INSTALLATION: Identity = { kind: 'installation' }
const ALICE: Identity = { kind: 'user', login: 'alice' }
const ALICE_USER = { login: 'alice', id: 7, type: 'User' }
const PAT = 'github_pat_standIn0123456789'

describe('commentMarker', () => {
  it('is a hidden HTML comment, the same for the same target', () => {
    expect(MARKER).toMatch(/^<!-- datadog-org-connection:[0-9a-f]{32} -->$/)
    expect(commentMarker({ ...TARGET })).toBe(MARKER)
  })

  it('differs for another workflow, job, step, target or org (matrix legs with other keys or sites)', () => {
    const markers = new Set([
      MARKER,
      commentMarker({ ...TARGET, workflow: 'acme/observability/.github/workflows/other.yml' }),
      commentMarker({ ...TARGET, job: 'plan-eu' }),
      commentMarker({ ...TARGET, step: '__DataDog_org-connection_2' }),
      commentMarker({ ...TARGET, target: 'inline' }),
      commentMarker({ ...TARGET, org: '0c1e5a3e-7f97-11f0-8de1-1ecf66f1aa85' }),
      commentMarker({ ...TARGET, org: 'datadoghq.eu' }),
      // No two ways of splitting the same characters give the same marker.
      commentMarker({ ...TARGET, job: 'plan/connect', step: '' }),
      commentMarker({ ...TARGET, job: 'plan', step: '/connect' })
    ])
    expect(markers.size).toBe(9)
  })

  it('lets nothing of its parts through: no -->, line break or Markdown', () => {
    const marker = commentMarker({ workflow: 'x --> <script>', job: '-->\n# h', step: '<!--', target: '`i`', org: '*' })
    expect(marker).toMatch(/^<!-- datadog-org-connection:[0-9a-f]{32} -->$/)
  })

  it('takes workflow file (else name), job and step from the runner context', () => {
    const context = { serverUrl: 'https://github.com', apiUrl: 'https://api.github.com' }
    const full = { ...context, workflow: 'Datadog', workflowFile: TARGET.workflow, job: 'plan', step: 'connect' }
    expect(commentTargetOf(full, TARGET.target, TARGET.org)).toEqual(TARGET)
    expect(commentTargetOf({ ...context, workflow: 'Datadog' }, 'inline', 'datadoghq.eu')).toEqual({
      workflow: 'Datadog',
      job: '',
      step: '',
      target: 'inline',
      org: 'datadoghq.eu'
    })
  })
})

describe('isOurs', () => {
  const comment = (body: string, user: { login?: string; type?: string } | null) => ({ id: 1, body, user })

  it('an installation token owns a Bot account’s comment that starts with the marker', () => {
    expect(isOurs(comment(`${MARKER}\nplan`, BOT), MARKER, INSTALLATION)).toBe(true)
    expect(isOurs(comment(`${MARKER}\nplan`, OCTOCAT), MARKER, INSTALLATION)).toBe(false)
    expect(isOurs(comment(`${MARKER}\nplan`, null), MARKER, INSTALLATION)).toBe(false)
  })

  it('another token owns only its own login’s comments, in any case, never a bot’s', () => {
    expect(isOurs(comment(`${MARKER}\nplan`, ALICE_USER), MARKER, ALICE)).toBe(true)
    expect(isOurs(comment(`${MARKER}\nplan`, { login: 'Alice', type: 'User' }), MARKER, ALICE)).toBe(true)
    expect(isOurs(comment(`${MARKER}\nplan`, OCTOCAT), MARKER, ALICE)).toBe(false)
    expect(isOurs(comment(`${MARKER}\nplan`, BOT), MARKER, ALICE)).toBe(false)
    expect(isOurs(comment(`${MARKER}\nplan`, { type: 'User' }), MARKER, ALICE)).toBe(false)
  })

  it('the marker counts only at the very start of the body', () => {
    for (const body of [`quoted: ${MARKER}`, ` ${MARKER}`, `\n${MARKER}`, `> ${MARKER}`, MARKER.slice(0, -1)]) {
      expect(isOurs(comment(body, BOT), MARKER, INSTALLATION)).toBe(false)
    }
    expect(isOurs({ id: 1, body: null, user: BOT }, MARKER, INSTALLATION)).toBe(false)
  })
})

describe('identityOf', () => {
  it('asks nothing for an installation token, and GET /user for any other', async () => {
    const calls: string[] = []
    const rest = {
      call: (method: string, path: string) => {
        calls.push(`${method} ${path}`)
        return Promise.resolve({ login: 'alice' })
      }
    }
    expect(await identityOf('ghs_x', rest)).toEqual(INSTALLATION)
    expect(calls).toEqual([])
    expect(await identityOf(PAT, rest)).toEqual(ALICE)
    expect(calls).toEqual(['GET /user'])
  })

  it('fails when GitHub does not name the token’s user', async () => {
    const rest = { call: () => Promise.resolve({}) }
    await expect(identityOf(PAT, rest)).rejects.toThrow(/did not say whom the token belongs to/)
  })
})

describe('commentBody', () => {
  it('puts the marker first and leaves a body within the limit alone', () => {
    expect(commentBody(MARKER, '### Plan')).toBe(`${MARKER}\n### Plan`)
    const exact = 'x'.repeat(MAX_BODY_CHARS)
    expect(commentBody(MARKER, exact)).toBe(`${MARKER}\n${exact}`)
    expect(commentBody(MARKER, `${exact}x`)).toContain('**Cut here**')
  })

  it('cuts a longer body to the limit, says so, and never between the halves of a surrogate pair', () => {
    const text = commentBody(MARKER, 'x'.repeat(100_000))
    expect(text.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(text.startsWith(`${MARKER}\nxxx`)).toBe(true)
    expect(text).toMatch(/\*\*Cut here\*\*: longer than GitHub allows in a comment \(65536 characters\)/)
    for (let limit = 300; limit < 310; limit++) {
      const cut = commentBody(MARKER, '🙂'.repeat(400), limit)
      expect(cut.length).toBeLessThanOrEqual(limit)
      expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
    }
  })
})

describe('upsertPlanComment against the GitHub stand-in', () => {
  let gh: Awaited<ReturnType<typeof startGitHubStandIn>>
  let personal: Awaited<ReturnType<typeof startGitHubStandIn>>
  beforeAll(async () => {
    gh = await startGitHubStandIn()
    personal = await startGitHubStandIn({ token: PAT, identity: ALICE_USER })
  })
  afterAll(async () => {
    await gh.close()
    await personal.close()
  })
  beforeEach(() => {
    gh.reset()
    personal.reset()
  })

  const upsert = (extra: Partial<Parameters<typeof upsertPlanComment>[0]> = {}) =>
    upsertPlanComment({ token: GITHUB_TOKEN, apiUrl: gh.url, pr: PR, marker: MARKER, body: '### Plan', ...extra })
  const asAlice = (extra: Partial<Parameters<typeof upsertPlanComment>[0]> = {}) =>
    upsert({ token: PAT, apiUrl: personal.url, ...extra })
  const calls = (standIn = gh) => standIn.requests.map(r => `${r.method} ${r.url}`)
  const LIST = '/repos/acme/observability/issues/42/comments'

  it('creates the comment when there is none, marker first, the token only in Authorization', async () => {
    const result = await upsert()
    expect(result.action).toBe('created')
    expect(result.url).toMatch(/^https:\/\/github\.example\/acme\/observability\/pull\/42#issuecomment-\d+$/)
    expect(calls()).toEqual([`GET ${LIST}?per_page=100&page=1`, `POST ${LIST}`])
    expect(gh.comments.map(c => c.body)).toEqual([`${MARKER}\n### Plan`])
    for (const request of gh.requests) {
      expect(request.headers.authorization).toBe(`Bearer ${GITHUB_TOKEN}`)
      expect(request.headers['user-agent']).toMatch(/^datadog-org-connection-action\/\d/)
      expect(request.url).not.toContain(GITHUB_TOKEN)
    }
  })

  it('updates that same comment on a re-run instead of adding one', async () => {
    gh.seed(3)
    const first = await upsert()
    gh.requests.length = 0
    const second = await upsert({ body: 'update' })
    expect(second).toEqual({ action: 'updated', url: first.url })
    expect(calls()).toEqual([
      `GET ${LIST}?per_page=100&page=1`,
      `PATCH /repos/acme/observability/issues/comments/${gh.comments[3].id}`
    ])
    expect(gh.comments.map(c => c.body)).toEqual(['comment 1', 'comment 2', 'comment 3', `${MARKER}\nupdate`])
  })

  it('finds its comment on page 3 of 250, asking page by page', async () => {
    gh.seed(200)
    gh.seed(1, { body: () => `${MARKER}\nold plan`, user: BOT })
    gh.seed(49)
    expect((await upsert()).action).toBe('updated')
    expect(calls()).toEqual([
      `GET ${LIST}?per_page=100&page=1`,
      `GET ${LIST}?per_page=100&page=2`,
      `GET ${LIST}?per_page=100&page=3`,
      `PATCH /repos/acme/observability/issues/comments/${gh.comments[200].id}`
    ])
    expect(gh.comments[200].body).toBe(`${MARKER}\n### Plan`)
  })

  it('reads at most 50 pages (5,000 comments), then writes a new comment', async () => {
    gh.seed(5_100)
    expect((await upsert()).action).toBe('created')
    expect(calls().filter(c => c.startsWith('GET'))).toHaveLength(50)
  })

  it('leaves the comments of other steps and of matrix legs with another org alone', async () => {
    const otherOrg = commentMarker({ ...TARGET, org: '0c1e5a3e-7f97-11f0-8de1-1ecf66f1aa85' })
    const otherStep = commentMarker({ ...TARGET, step: 'connect-eu' })
    await upsert({ marker: otherOrg, body: 'leg 2' })
    await upsert({ marker: otherStep, body: 'step 2' })
    expect((await upsert()).action).toBe('created')
    expect((await upsert({ body: 'again' })).action).toBe('updated')
    expect((await upsert({ marker: otherOrg, body: 'leg 2 again' })).action).toBe('updated')
    expect(gh.comments.map(c => c.body)).toEqual([
      `${otherOrg}\nleg 2 again`,
      `${otherStep}\nstep 2`,
      `${MARKER}\nagain`
    ])
  })

  it('never updates a person’s comment holding the marker (the job token writes as a bot)', async () => {
    gh.seed(1, { body: () => `${MARKER}\nnot the plan` })
    expect((await upsert()).action).toBe('created')
    expect(gh.comments.map(c => c.body)).toEqual([`${MARKER}\nnot the plan`, `${MARKER}\n### Plan`])
    expect(calls().filter(c => c.startsWith('PATCH'))).toEqual([])
  })

  it('ignores a comment that quotes the marker after its start, even the bot’s own', async () => {
    gh.seed(1, { body: () => `> ${MARKER}\nquoted`, user: BOT })
    gh.seed(1, { body: () => `org name: ${MARKER}`, user: BOT })
    expect((await upsert()).action).toBe('created')
    expect(gh.comments.slice(0, 2).map(c => c.body)).toEqual([`> ${MARKER}\nquoted`, `org name: ${MARKER}`])
  })

  it('with a personal token, updates only the comment of the login GET /user names', async () => {
    personal.seed(1, { body: () => `${MARKER}\nsomeone else's`, user: OCTOCAT })
    personal.seed(1, { body: () => `${MARKER}\na bot's`, user: BOT })
    expect((await asAlice()).action).toBe('created')
    expect(calls(personal)).toEqual(['GET /user', `GET ${LIST}?per_page=100&page=1`, `POST ${LIST}`])
    personal.requests.length = 0
    expect((await asAlice({ body: 'again' })).action).toBe('updated')
    expect(calls(personal)[2]).toBe(`PATCH /repos/acme/observability/issues/comments/${personal.comments[2].id}`)
    expect(personal.comments.map(c => [c.user.login, c.body])).toEqual([
      ['octocat', `${MARKER}\nsomeone else's`],
      ['github-actions[bot]', `${MARKER}\na bot's`],
      ['alice', `${MARKER}\nagain`]
    ])
  })

  it('asks GET /user only for a token that is not an installation token', async () => {
    await upsert()
    expect(calls().filter(c => c.includes('/user'))).toEqual([])
  })

  it('works with a GitHub Enterprise Server API URL that has a path (/api/v3), on every page', async () => {
    gh.seed(150)
    expect((await upsert({ apiUrl: `${gh.url}/api/v3/` })).action).toBe('created')
    expect(gh.requests.map(r => r.prefix)).toEqual(['/api/v3', '/api/v3', '/api/v3'])
    expect((await upsert({ apiUrl: `${gh.url}/api/v3`, body: 'again' })).action).toBe('updated')
  })

  it('cuts a body over GitHub’s limit so that GitHub accepts it', async () => {
    expect((await upsert({ body: 'x'.repeat(100_000) })).action).toBe('created')
    expect(gh.comments[0].body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(gh.comments[0].body).toContain('**Cut here**')
  })
})
