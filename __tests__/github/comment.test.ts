import { CommentError } from '../../src/errors.js'
/**
 * The pull-request comment: which events name a pull request, the marker, the body's bound, and the upsert against
 * the GitHub stand-in (only 127.0.0.1; no proxy variable of the machine running the tests leaks in).
 */
import { jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import {
  MAX_COMMENT_CHARS,
  commentBody,
  commentMarker,
  commentTargetOf,
  pullRequestOf,
  upsertPlanComment,
  type CommentTarget,
  type PullRequestRef
} from '../../src/github/comment.js'
import { BOT, GITHUB_TOKEN, PULL_REQUEST, startGitHubStandIn } from '../../scripts/github-stand-in.js'
import { httpClientFetch } from '../../src/github/fetch.js'

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']
const saved: Record<string, string | undefined> = {}
beforeAll(() => {
  for (const name of [...PROXY_VARIABLES, 'GITHUB_API_URL']) {
    saved[name] = process.env[name]
    delete process.env[name]
  }
})
afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

const TARGET: CommentTarget = {
  workflow: 'acme/observability/.github/workflows/datadog.yml',
  job: 'plan',
  step: 'connect',
  target: '83999dcd-7f97-11f0-8de1-1ecf66f1aa85'
}
const MARKER = commentMarker(TARGET)
const PR: PullRequestRef = { ...PULL_REQUEST, event: 'pull_request', fromFork: false }

function event(name: string, payload: unknown): { env: Record<string, string>; readFile: (path: string) => string } {
  return {
    env: { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: '/runner/event.json', GITHUB_REPOSITORY: 'acme/observability' },
    readFile: path => {
      expect(path).toBe('/runner/event.json')
      return JSON.stringify(payload)
    }
  }
}

function prPayload(headRepo: string | null) {
  return {
    action: 'synchronize',
    number: 42,
    pull_request: {
      number: 42,
      head: { ref: 'feature', repo: headRepo === null ? null : { full_name: headRepo } },
      base: { ref: 'main', repo: { full_name: 'acme/observability' } }
    },
    repository: { name: 'observability', full_name: 'acme/observability', owner: { login: 'acme' } }
  }
}

describe('pullRequestOf', () => {
  it('reads the pull request of a pull_request event', () => {
    const { env, readFile } = event('pull_request', prPayload('acme/observability'))
    expect(pullRequestOf(env, readFile)).toEqual({
      owner: 'acme',
      repo: 'observability',
      number: 42,
      event: 'pull_request',
      fromFork: false
    })
  })

  it('reads pull_request_target too, and tells a fork (or a deleted one) from the base repository', () => {
    const { env, readFile } = event('pull_request_target', prPayload('someone/observability'))
    expect(pullRequestOf(env, readFile)).toEqual({
      owner: 'acme',
      repo: 'observability',
      number: 42,
      event: 'pull_request_target',
      fromFork: true
    })
    const deleted = event('pull_request', prPayload(null))
    expect(pullRequestOf(deleted.env, deleted.readFile)?.fromFork).toBe(true)
  })

  it('falls back to GITHUB_REPOSITORY when the payload names no repository', () => {
    const { env, readFile } = event('pull_request', { number: 7, pull_request: { number: 7 } })
    expect(pullRequestOf(env, readFile)).toEqual({
      owner: 'acme',
      repo: 'observability',
      number: 7,
      event: 'pull_request'
    })
  })

  it('is undefined for other events, without reading the payload', () => {
    for (const name of ['push', 'schedule', 'workflow_dispatch', 'pull_request_review', '']) {
      const readFile = jest.fn(() => JSON.stringify(prPayload('acme/observability')))
      expect(
        pullRequestOf({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: '/runner/event.json' }, readFile)
      ).toBeUndefined()
      expect(readFile).not.toHaveBeenCalled()
    }
    expect(pullRequestOf({})).toBeUndefined()
  })

  it('is undefined when the payload is missing, unreadable or has no pull request number', () => {
    expect(pullRequestOf({ GITHUB_EVENT_NAME: 'pull_request' })).toBeUndefined()
    expect(
      pullRequestOf({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/nowhere/event.json' })
    ).toBeUndefined()
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/runner/event.json' }
    expect(pullRequestOf(env, () => '{not json')).toBeUndefined()
    expect(
      pullRequestOf(env, () => JSON.stringify({ repository: { name: 'r', owner: { login: 'o' } } }))
    ).toBeUndefined()
    expect(pullRequestOf(env, () => JSON.stringify({ number: '42' }))).toBeUndefined()
    expect(pullRequestOf(env, () => 'null')).toBeUndefined()
  })
})

describe('commentMarker', () => {
  it('is a hidden HTML comment, the same for the same target', () => {
    expect(MARKER).toMatch(/^<!-- datadog-org-connection:[0-9a-f]{32} -->$/)
    expect(commentMarker({ ...TARGET })).toBe(MARKER)
  })

  it('differs for another workflow, job, step or target', () => {
    const markers = new Set([
      MARKER,
      commentMarker({ ...TARGET, workflow: 'acme/observability/.github/workflows/other.yml' }),
      commentMarker({ ...TARGET, job: 'plan-eu' }),
      commentMarker({ ...TARGET, step: '__DataDog_org-connection_2' }),
      commentMarker({ ...TARGET, target: 'c1a5e0f2-7f97-11f0-9a3b-2b7d1e4c5a6f' }),
      commentMarker({ ...TARGET, target: 'inline' }),
      commentMarker({ ...TARGET, target: 'connections.yml' }),
      // No two ways of splitting the same characters give the same marker.
      commentMarker({ ...TARGET, job: 'plan/connect', step: '' }),
      commentMarker({ ...TARGET, job: 'plan', step: '/connect' })
    ])
    expect(markers.size).toBe(9)
  })

  it('lets nothing of its parts through: no -->, line break or Markdown', () => {
    const marker = commentMarker({
      workflow: 'x --> <script>alert(1)</script>',
      job: '-->\n# heading',
      step: '<!--',
      target: '`inline`'
    })
    expect(marker).toMatch(/^<!-- datadog-org-connection:[0-9a-f]{32} -->$/)
    expect(marker.indexOf('-->')).toBe(marker.length - 3)
  })

  it('takes the target from the runner: workflow file without its ref, job id, step id', () => {
    const env = {
      GITHUB_WORKFLOW_REF: 'acme/observability/.github/workflows/datadog.yml@refs/pull/42/merge',
      GITHUB_WORKFLOW: 'Datadog',
      GITHUB_JOB: 'plan',
      GITHUB_ACTION: 'connect'
    }
    expect(commentTargetOf(env, TARGET.target)).toEqual(TARGET)
    const later = { ...env, GITHUB_WORKFLOW_REF: env.GITHUB_WORKFLOW_REF.replace('42/merge', '42/head') }
    expect(commentMarker(commentTargetOf(later, TARGET.target))).toBe(MARKER)
    expect(commentTargetOf({ GITHUB_WORKFLOW: 'Datadog' }, 'inline')).toEqual({
      workflow: 'Datadog',
      job: '',
      step: '',
      target: 'inline'
    })
  })
})

describe('commentBody', () => {
  it('puts the marker on the first line and leaves a body within the limit alone', () => {
    expect(commentBody(MARKER, '### Plan\n\nnothing to change')).toBe(`${MARKER}\n### Plan\n\nnothing to change`)
    const exact = 'x'.repeat(MAX_COMMENT_CHARS - MARKER.length - 1)
    expect(commentBody(MARKER, exact)).toBe(`${MARKER}\n${exact}`)
  })

  it('cuts a longer body to the limit, says so, and closes a code block the cut left open', () => {
    const body = `### Plan\n\n\`\`\`\`json\n${'{"sink-org": "x"}\n'.repeat(10_000)}\`\`\`\`\n`
    const text = commentBody(MARKER, body)
    expect(text.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(text.startsWith(`${MARKER}\n### Plan`)).toBe(true)
    expect(text).toMatch(
      /\n````\n\n\*\*The plan is cut here\*\*: it is longer than GitHub allows in a comment \(65536 characters\)/
    )
  })

  it('never cuts between the halves of a surrogate pair', () => {
    const text = commentBody(MARKER, '🙂'.repeat(40_000), 1000)
    expect(text.length).toBeLessThanOrEqual(1000)
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
  })
})

describe('upsertPlanComment against the GitHub stand-in', () => {
  type StandIn = Awaited<ReturnType<typeof startGitHubStandIn>>
  let gh: StandIn
  beforeAll(async () => {
    gh = await startGitHubStandIn()
  })
  afterAll(async () => {
    await gh.close()
  })
  beforeEach(() => gh.reset())

  const upsert = (extra: Partial<Parameters<typeof upsertPlanComment>[0]> = {}) =>
    upsertPlanComment({
      token: GITHUB_TOKEN,
      apiUrl: gh.url,
      pr: PR,
      marker: MARKER,
      body: '### Plan\n\ncreate',
      ...extra
    })
  const calls = () => gh.requests.map(r => `${r.method} ${r.url}`)
  const ours = () => gh.comments.filter(c => c.body.includes(MARKER))

  async function failure(promise: Promise<unknown>): Promise<CommentError> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(CommentError)
    const text = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack ?? ''}`
    expect(text).not.toContain(GITHUB_TOKEN)
    expect((error as Error).message).not.toContain('\n')
    return error as CommentError
  }

  it('creates the comment when there is none, with the marker first and the token only in Authorization', async () => {
    const result = await upsert()
    expect(result.action).toBe('created')
    expect(result.url).toMatch(/^https:\/\/github\.example\/acme\/observability\/pull\/42#issuecomment-\d+$/)
    expect(calls()).toEqual([
      'GET /repos/acme/observability/issues/42/comments?per_page=100&page=1',
      'POST /repos/acme/observability/issues/42/comments'
    ])
    expect(gh.comments.map(c => c.body)).toEqual([`${MARKER}\n### Plan\n\ncreate`])
    for (const request of gh.requests) {
      expect(request.headers.authorization).toBe(`token ${GITHUB_TOKEN}`)
      expect(request.headers['user-agent']).toMatch(/^datadog-org-connection-action\/\d/)
      expect(request.url).not.toContain(GITHUB_TOKEN)
    }
  })

  it('updates that same comment on a re-run instead of adding one', async () => {
    gh.seed(3)
    const first = await upsert()
    gh.requests.length = 0
    const second = await upsert({ body: '### Plan\n\nupdate' })
    expect(second).toEqual({ action: 'updated', url: first.url })
    expect(calls()).toEqual([
      'GET /repos/acme/observability/issues/42/comments?per_page=100&page=1',
      `PATCH /repos/acme/observability/issues/comments/${gh.comments[3].id}`
    ])
    expect(gh.comments).toHaveLength(4)
    expect(ours().map(c => c.body)).toEqual([`${MARKER}\n### Plan\n\nupdate`])
  })

  it('finds its comment on page 3 of 250, asking page by page', async () => {
    gh.seed(200)
    gh.seed(1, { body: () => `${MARKER}\nold plan`, user: BOT })
    gh.seed(49)
    const result = await upsert()
    expect(result.action).toBe('updated')
    expect(calls()).toEqual([
      'GET /repos/acme/observability/issues/42/comments?per_page=100&page=1',
      'GET /repos/acme/observability/issues/42/comments?per_page=100&page=2',
      'GET /repos/acme/observability/issues/42/comments?per_page=100&page=3',
      `PATCH /repos/acme/observability/issues/comments/${gh.comments[200].id}`
    ])
    expect(gh.comments).toHaveLength(250)
    expect(gh.comments[200].body).toBe(`${MARKER}\n### Plan\n\ncreate`)
  })

  it('reads at most 50 pages (5,000 comments), then writes a new comment', async () => {
    gh.seed(5_100)
    expect((await upsert()).action).toBe('created')
    expect(calls().filter(c => c.startsWith('GET'))).toHaveLength(50)
  })

  it('reads every page before creating a new comment', async () => {
    gh.seed(250)
    expect((await upsert()).action).toBe('created')
    expect(calls().filter(c => c.startsWith('GET'))).toHaveLength(3)
    expect(gh.comments).toHaveLength(251)
  })

  it('leaves the comments of other steps and matrix legs alone', async () => {
    const otherLeg = commentMarker({ ...TARGET, target: 'c1a5e0f2-7f97-11f0-9a3b-2b7d1e4c5a6f' })
    const otherStep = commentMarker({ ...TARGET, step: 'connect-eu' })
    await upsert({ marker: otherLeg, body: 'leg 2' })
    await upsert({ marker: otherStep, body: 'step 2' })
    expect((await upsert()).action).toBe('created')
    expect((await upsert({ body: 'again' })).action).toBe('updated')
    expect(gh.comments.map(c => c.body)).toEqual([`${otherLeg}\nleg 2`, `${otherStep}\nstep 2`, `${MARKER}\nagain`])
  })

  it("does not take a person's comment that holds the marker for ours (GITHUB_TOKEN writes as a bot)", async () => {
    const [planted] = gh.seed(1, { body: () => `${MARKER}\nnot the plan` })
    expect((await upsert()).action).toBe('created')
    expect((await upsert({ body: 'again' })).action).toBe('updated')
    expect(gh.comments.map(c => c.body)).toEqual([`${MARKER}\nnot the plan`, `${MARKER}\nagain`])
    expect(planted.user.type).toBe('User')
  })

  it("with a personal access token, the token's own (a person's) comment is ours", async () => {
    const pat = 'github_pat_standIn0123456789'
    const personal = await startGitHubStandIn({ token: pat })
    try {
      personal.seed(1, { body: () => `${MARKER}\nold plan` })
      const result = await upsertPlanComment({ token: pat, apiUrl: personal.url, pr: PR, marker: MARKER, body: 'new' })
      expect(result.action).toBe('updated')
      expect(personal.comments.map(c => c.body)).toEqual([`${MARKER}\nnew`])
    } finally {
      await personal.close()
    }
  })

  it('works with a GitHub Enterprise Server API URL that has a path (/api/v3), on every page', async () => {
    gh.seed(150)
    const result = await upsert({ apiUrl: `${gh.url}/api/v3/` })
    expect(result.action).toBe('created')
    expect(gh.requests.map(r => r.prefix)).toEqual(['/api/v3', '/api/v3', '/api/v3'])
    expect(calls()[1]).toBe('GET /api/v3/repos/acme/observability/issues/42/comments?per_page=100&page=2')
    expect((await upsert({ apiUrl: `${gh.url}/api/v3`, body: 'again' })).action).toBe('updated')
  })

  it('cuts a body over GitHub limit so that GitHub accepts it', async () => {
    const result = await upsert({ body: 'x'.repeat(100_000) })
    expect(result.action).toBe('created')
    expect(gh.comments[0].body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS)
    expect(gh.comments[0].body).toContain('The plan is cut here')
  })

  it('403 on the write: CommentError that asks for pull-requests: write, without the token', async () => {
    gh.failWrites(403)
    const error = await failure(upsert())
    expect(error.status).toBe(403)
    expect(error.message).toContain('403 Resource not accessible by integration')
    expect(error.message).toContain('`permissions: pull-requests: write`')
    expect(error.message).toMatch(/^GitHub refused to comment on acme\/observability#42/)
    gh.seed(1, { body: () => `${MARKER}\nold`, user: BOT })
    expect((await failure(upsert())).message).toMatch(/^GitHub refused to update comment \d+ on acme\/observability#42/)
  })

  it('403 on the listing: says the token may not read the comments', async () => {
    gh.failReads(403)
    const error = await failure(upsert())
    expect(error.message).toMatch(/^GitHub refused to list the comments of acme\/observability#42 \(403 /)
    expect(error.message).toContain("may not read this pull request's comments")
    expect(gh.requests.map(r => r.method)).toEqual(['GET'])
  })

  it('403 on a pull request from a fork: says the token is read-only for forks', async () => {
    gh.failWrites(403)
    const error = await failure(upsert({ pr: { ...PR, fromFork: true } }))
    expect(error.message).toContain('this pull request comes from a fork')
    expect(error.message).toContain('read-only token')
  })

  it('a rate limit, a wrong token, a missing repository: each says what to do, without the token', async () => {
    gh.failWrites(403, 'API rate limit exceeded for installation ID 1.')
    expect((await failure(upsert())).message).toContain("GitHub's rate limit")
    gh.failWrites(null)
    const wrong = `${GITHUB_TOKEN}x`
    const unauthorized = await failure(upsert({ token: wrong }))
    expect(unauthorized.message).toContain('401 Bad credentials')
    expect(unauthorized.message).toContain('`github-token`')
    expect(unauthorized.message).not.toContain(wrong)
    gh.failReads(404)
    const missing = await failure(upsert())
    expect(missing.status).toBe(404)
    expect(missing.message).toMatch(
      /^GitHub answered 404 \(Not Found\) when trying to list the comments of acme\/observability#42/
    )
  })

  it('a token that GitHub echoes back in its message is still hidden', async () => {
    gh.failWrites(422, `body contains ${GITHUB_TOKEN}`)
    const error = await failure(upsert())
    expect(error.message).toContain('body contains ***')
  })

  it('no answer at all: says GitHub could not be reached and where, without credentials in the URL', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as { port: number }).port
    await new Promise(resolve => closed.close(resolve))
    const error = await failure(upsert({ apiUrl: `http://user:secret@127.0.0.1:${port}/api/v3?x=1` }))
    expect(error.status).toBeUndefined()
    expect(error.message).toContain(`could not reach GitHub at http://127.0.0.1:${port}/api/v3 to list the comments`)
    expect(error.message).not.toContain('secret')
  })

  it('times out a GitHub that never answers, and the socket is torn down', async () => {
    const hanging = createServer(() => undefined)
    await new Promise<void>(resolve => hanging.listen(0, '127.0.0.1', resolve))
    const port = (hanging.address() as { port: number }).port
    const error = await failure(upsert({ apiUrl: `http://127.0.0.1:${port}`, timeoutMs: 200 }))
    expect(error.message).toContain('no answer within')
    await new Promise(resolve => hanging.close(resolve)) // would wait forever if a socket were left open
  })

  it('refuses a missing token and an API URL that is not http(s) before any request', async () => {
    await expect(upsert({ token: '' })).rejects.toThrow(/set the `github-token` input/)
    await expect(upsert({ apiUrl: 'not a url' })).rejects.toThrow(CommentError)
    await expect(upsert({ apiUrl: 'file:///etc/passwd' })).rejects.toThrow(/must be an http\(s\) URL/)
    expect(gh.requests).toHaveLength(0)
  })
})

describe('loading Octokit', () => {
  it('imports @actions/github only through loadGitHub, inside upsertPlanComment', () => {
    const source = readFileSync('src/github/comment.ts', 'utf8')
    expect(source).not.toMatch(/^import[^\n]*['"]@actions\/github['"]/m)
    expect(source).toContain('await loadGitHub()')
  })
})

describe('httpClientFetch with a base', () => {
  it('refuses, before sending, any URL outside GITHUB_API_URL: another host, another port, another path', async () => {
    const received: string[] = []
    const server = createServer((req, res) => {
      received.push(req.url ?? '')
      res.end('{}')
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as { port: number }).port
    try {
      const fetch = httpClientFetch({ base: `http://127.0.0.1:${port}/api/v3` })
      for (const url of [
        `http://localhost:${port}/api/v3/repos`,
        `http://127.0.0.1:${port + 1}/api/v3/repos`,
        `http://127.0.0.1:${port}/api/v30/repos`,
        `http://127.0.0.1:${port}/steal`
      ]) {
        await expect(fetch(url, { headers: { authorization: `token ${GITHUB_TOKEN}` } })).rejects.toThrow(
          /refused to send the token outside GITHUB_API_URL/
        )
      }
      expect((await fetch(`http://127.0.0.1:${port}/api/v3/repos`)).status).toBe(200)
      expect(received).toEqual(['/api/v3/repos'])
    } finally {
      server.close()
    }
  })
})
