/**
 * GitHub's REST calls through the shared bounded request: where the token may go, what each failure says (the advice
 * table), and that a GitHub that hangs or redirects cannot hold the step or lead the token elsewhere.
 */
import { createServer, type Server } from 'node:http'
import { CommentError } from '../../src/errors.js'
import { upsertPlanComment } from '../../src/github/comment.js'
import { GitHubRest } from '../../src/github/rest.js'
import { BOT, GITHUB_TOKEN, PULL_REQUEST, startGitHubStandIn } from '../../scripts/github-stand-in.js'
import { msg } from '../../src/message.js'

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']
const saved = Object.fromEntries(PROXY_VARIABLES.map(name => [name, process.env[name]]))
beforeAll(() => PROXY_VARIABLES.forEach(name => delete process.env[name]))
afterAll(() => {
  for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value
})

const MARKER = '<!-- datadog-org-connection:0123456789abcdef0123456789abcdef -->'

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler)
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` }
}

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

describe('GitHub failures against the stand-in', () => {
  let gh: Awaited<ReturnType<typeof startGitHubStandIn>>
  beforeAll(async () => {
    gh = await startGitHubStandIn()
  })
  afterAll(async () => {
    await gh.close()
  })
  beforeEach(() => gh.reset())
  const upsert = (extra: Partial<Parameters<typeof upsertPlanComment>[0]> = {}) =>
    upsertPlanComment({ token: GITHUB_TOKEN, apiUrl: gh.url, pr: PULL_REQUEST, marker: MARKER, body: 'plan', ...extra })

  it('403 on the write: asks for pull-requests: write', async () => {
    gh.failWrites(403)
    const error = await failure(upsert())
    expect(error.status).toBe(403)
    expect(error.reason).toBe('write-failed')
    expect(error.message).toMatch(
      /^GitHub answered 403 \(Resource not accessible by integration\) when trying to comment on acme\/observability#42: /
    )
    expect(error.message).toContain(
      'the token may not write to pull requests: give the job `permissions: pull-requests: write`'
    )
    gh.seed(1, { body: () => `${MARKER}\nold`, user: BOT })
    expect((await failure(upsert())).message).toMatch(/when trying to update comment \d+ on acme\/observability#42/)
  })

  it('403 on the listing: the token may not read the comments, and nothing is written', async () => {
    gh.failReads(403)
    expect((await failure(upsert())).message).toMatch(
      /list the comments of acme\/observability#42: the token may not read/
    )
    expect(gh.requests.map(r => r.method)).toEqual(['GET'])
  })

  it('403 on a pull request from a fork: says the token is read-only for forks', async () => {
    gh.failWrites(403)
    const error = await failure(upsert({ pr: { ...PULL_REQUEST, fromFork: true } }))
    expect(error.message).toContain('this pull request comes from a fork')
  })

  it('a rate limit, a wrong token, a missing repository, a server error: each says what to do', async () => {
    gh.failWrites(403, 'API rate limit exceeded for installation ID 1.')
    expect((await failure(upsert())).message).toContain("GitHub's rate limit stopped it")
    gh.failWrites(null)
    const wrong = `${GITHUB_TOKEN}x`
    const unauthorized = await failure(upsert({ token: wrong }))
    expect(unauthorized.message).toContain('401 (Bad credentials)')
    expect(unauthorized.message).toContain('check the `github-token` input')
    expect(unauthorized.message).not.toContain(wrong)
    gh.failReads(404)
    expect((await failure(upsert())).message).toContain('not visible to this token')
    gh.failReads(502)
    expect((await failure(upsert())).message).toMatch(/answered 502 \(Server Error\).*re-run the job/)
  })

  it('a token that GitHub echoes in its message is blanked', async () => {
    gh.failWrites(422, `body contains ${GITHUB_TOKEN}`)
    expect((await failure(upsert())).message).toContain('422 (body contains ***)')
  })

  it('refuses a missing token and an API URL that is not http(s) before any request', async () => {
    await expect(upsert({ token: '' })).rejects.toThrow(/set the `github-token` input/)
    await expect(upsert({ apiUrl: 'not a url' })).rejects.toThrow(CommentError)
    await expect(upsert({ apiUrl: 'file:///etc/passwd' })).rejects.toThrow(/must be an http\(s\) URL/)
    expect(gh.requests).toHaveLength(0)
  })

  it('refuses a repository name from the payload that would lead the token out of the API URL', async () => {
    const error = await failure(
      upsert({ apiUrl: `${gh.url}/api/v3`, pr: { ...PULL_REQUEST, owner: '..', repo: '..' } })
    )
    expect(error.message).toMatch(/refused to send the token outside GITHUB_API_URL/)
    expect(gh.requests).toHaveLength(0)
  })
})

describe('GitHubRest on a misbehaving server', () => {
  const doing = { what: msg`list the comments of acme/app#1`, reading: true }

  it('does not follow a redirect: the other place receives nothing', async () => {
    const other = await listen((_, res) => res.end('[]'))
    const received: string[] = []
    const redirecting = await listen((req, res) => {
      received.push(req.url ?? '')
      res.writeHead(301, { location: `${other.url}/steal` }).end()
    })
    let reached = false
    other.server.on('request', () => (reached = true))
    try {
      const rest = new GitHubRest({ token: GITHUB_TOKEN, apiUrl: redirecting.url })
      const error = await failure(rest.call('GET', '/repos/acme/app/issues/1/comments', doing))
      expect(error.message).toMatch(/answered 301 .*redirects are never followed/)
      expect(received).toEqual(['/repos/acme/app/issues/1/comments'])
      expect(reached).toBe(false)
    } finally {
      redirecting.server.close()
      other.server.close()
    }
  })

  it('no answer at all: says where it could not reach, without credentials in the URL', async () => {
    const { server, url } = await listen(() => undefined)
    await new Promise(resolve => server.close(resolve))
    const withCredentials = url.replace('http://', 'http://user:secret@')
    const error = await failure(
      new GitHubRest({ token: GITHUB_TOKEN, apiUrl: `${withCredentials}/api/v3?x=1` }).call('GET', '/user', doing)
    )
    expect(error.status).toBeUndefined()
    expect(error.message).toContain(`could not reach GitHub at ${url}/api/v3 to list the comments of acme/app#1: `)
    expect(error.message).not.toContain('secret')
  })

  it('times out a GitHub that never answers, and tears the socket down', async () => {
    const { server, url } = await listen(() => undefined)
    const error = await failure(
      new GitHubRest({ token: GITHUB_TOKEN, apiUrl: url, timeoutMs: 100 }).call('GET', '/user', doing)
    )
    expect(error.message).toContain('no complete answer within 0.1 s')
    await new Promise(resolve => server.close(resolve)) // would wait forever if a socket were left open
  })

  it('a 2xx that is not a list of comments fails the listing clearly', async () => {
    const { server, url } = await listen((_, res) => res.end('<html>portal</html>'))
    try {
      const error = await failure(
        upsertPlanComment({ token: GITHUB_TOKEN, apiUrl: url, pr: PULL_REQUEST, marker: MARKER, body: 'x' })
      )
      expect(error.message).toMatch(/^GitHub's answer was not a list of comments when trying to list the comments/)
    } finally {
      server.close()
    }
  })
})
