#!/usr/bin/env node
/**
 * A stand-in for the part of GitHub's REST API that the pull-request comment uses, on 127.0.0.1, in plain Node with
 * no dependencies:
 *
 * - `GET  [prefix]/repos/:owner/:repo/issues/:number/comments?per_page=&page=` (per_page 1..100, default 30; a `Link`
 *   header with absolute next/last/first/prev URLs, as GitHub sends),
 * - `POST [prefix]/repos/:owner/:repo/issues/:number/comments` `{"body": ...}` -> 201, written by `identity`,
 * - `PATCH [prefix]/repos/:owner/:repo/issues/comments/:id` `{"body": ...}` -> 200,
 * - `GET  [prefix]/user`: the token's identity, or 403 when it is a Bot (GitHub's answer to an installation token).
 *
 * `prefix` is empty (github.com) or anything ending before `/repos/` (GitHub Enterprise Server: `/api/v3`); every
 * request records the prefix it came with. Every request needs `Authorization: token <token>` or `Bearer <token>`
 * (401 "Bad credentials" otherwise). Errors have GitHub's shape: `{"message", "documentation_url", "status"}`; a body
 * over 65536 characters answers 422 as GitHub does. Tests make writes or reads fail with `failWrites()`/`failReads()`.
 * Comments carry `user.login` and `user.type`: seeded ones are a person's (octocat) unless told otherwise.
 *
 * Serves https with `tls` (the e2e proxy test's certificate). Run it alone with
 * `node scripts/github-stand-in.js [--port N] [--seed N] [--login NAME]` (`--login`: the token is that person's).
 */
import { serve, serveUntilStopped } from './stand-in/server.js'
import { pathToFileURL } from 'node:url'

/** The token the stand-in accepts by default (a stand-in value, not a real token). */
export const GITHUB_TOKEN = 'ghs_standInToken0123456789abcdefABCDEF'
/** The repository and pull request the tests comment on by default. */
export const PULL_REQUEST = { owner: 'acme', repo: 'observability', number: 42 }
/** GitHub's limit on the body of an issue comment, in characters. */
export const MAX_BODY = 65536
/** GITHUB_TOKEN's identity: the default author of the comments the stand-in creates. */
export const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
/** A person: the default author of seeded comments. */
export const OCTOCAT = { login: 'octocat', id: 583231, type: 'User' }

const DOCS = 'https://docs.github.com/rest/issues/comments'
const LIST = /^(.*?)\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/
const ONE = /^(.*?)\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/
const USER = /^(.*?)\/user$/

/**
 * @typedef {{ login: string, id: number, type: string }} GitHubUser
 * @typedef {{ id: number, owner: string, repo: string, number: number, body: string, user: GitHubUser,
 *   created_at: string, updated_at: string }} StoredComment
 * @typedef {{ method: string, path: string, prefix: string, query: Record<string, string>, url: string,
 *   headers: import('node:http').IncomingHttpHeaders, body: unknown }} RecordedRequest
 * @typedef {{ status: number, message?: string }} Failure
 * @typedef {{ status: number, headers?: Record<string, string>, body: unknown }} Answer
 * @typedef {{ token: string, identity: GitHubUser, comments: StoredComment[], requests: RecordedRequest[],
 *   failures: { writes: Failure | null, reads: Failure | null }, nextId: number, clock: number }} State
 */

/**
 * Starts the stand-in. It returns its `url` (add `/api/v3` to play GHES), `port`, `token`, `identity`, every request
 * received (`requests`, in order) and every comment (`comments`, oldest first; tests may read and edit them), and
 * `seed(count, { pr, body, user })` (octocat's "comment <i>" by default), `failWrites(status, message?)` and
 * `failReads(...)` (null to stop), `reset()` and `close()`.
 * @param {object} [options]
 * @param {number} [options.port] 0 for any free port
 * @param {string} [options.token] the token it accepts
 * @param {GitHubUser} [options.identity] whom the token belongs to (BOT: an installation token; a person: a PAT)
 * @param {{key: string, cert: string}} [options.tls] serve https with this certificate
 */
export async function startGitHubStandIn({ port = 0, token = GITHUB_TOKEN, identity = BOT, tls = undefined } = {}) {
  const clock = Date.parse('2026-01-01T00:00:00Z')
  /** @type {State} */
  const state = {
    token,
    identity,
    comments: [],
    requests: [],
    failures: { writes: null, reads: null },
    nextId: 1000001,
    clock
  }
  const served = await serve({
    port,
    tls,
    onRequest(received, { req, res }) {
      const request = record(received)
      state.requests.push(request)
      send(res, handle(state, request, `${tls ? 'https' : 'http'}://${req.headers.host ?? '127.0.0.1'}`))
    }
  })
  /** @param {'writes' | 'reads'} kind @returns {(status: number | null, message?: string) => void} */
  const failWith = kind => (status, message) => (state.failures[kind] = status ? { status, message } : null)
  return {
    url: served.url,
    port: served.port,
    token,
    identity,
    requests: state.requests,
    comments: state.comments,
    /** @param {number} count @param {{ pr?: typeof PULL_REQUEST, body?: (i: number) => string, user?: GitHubUser }} [o] */
    seed(count, { pr = PULL_REQUEST, body = i => `comment ${i}`, user = OCTOCAT } = {}) {
      return Array.from({ length: count }, (_, i) => store(state, pr, body(i + 1), user))
    },
    failWrites: failWith('writes'),
    failReads: failWith('reads'),
    reset() {
      state.comments.length = 0
      state.requests.length = 0
      state.failures = { writes: null, reads: null }
    },
    close: served.close
  }
}

/** @param {import('./stand-in/server.js').ReceivedRequest} received @returns {RecordedRequest} */
function record(received) {
  const match = LIST.exec(received.path) ?? ONE.exec(received.path) ?? USER.exec(received.path)
  return { ...received, method: received.method ?? 'GET', url: received.url ?? '/', prefix: match ? match[1] : '' }
}

/** @param {State} state @param {RecordedRequest} request @param {string} origin as the client asked @returns {Answer} */
function handle(state, request, origin) {
  const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(String(request.headers.authorization ?? ''))
  if (!auth || auth[1] !== state.token) return error(401, 'Bad credentials', 'https://docs.github.com/rest')
  const write = request.method === 'POST' || request.method === 'PATCH'
  const failure = write ? state.failures.writes : request.method === 'GET' ? state.failures.reads : null
  if (failure) return error(failure.status, failure.message ?? defaultMessage(failure.status), DOCS)
  const { method, path } = request
  if (USER.test(path) && method === 'GET') {
    if (state.identity.type === 'Bot') return error(403, defaultMessage(403), 'https://docs.github.com/rest/users')
    return { status: 200, body: { ...state.identity, html_url: `https://github.example/${state.identity.login}` } }
  }
  const list = LIST.exec(path)
  if (list && method === 'GET') return page(state, request, origin, list)
  const body = /** @type {{ body?: unknown } | undefined} */ (request.body)?.body
  if (list && method === 'POST') {
    const [, prefix, owner, repo, number] = list
    const invalid = validate(body)
    if (invalid || typeof body !== 'string') return invalid ?? error(422, 'Invalid request.', DOCS)
    const comment = store(state, { owner, repo, number: Number(number) }, body, state.identity)
    return { status: 201, body: resource(comment, origin, prefix) }
  }
  const one = ONE.exec(path)
  if (one && method === 'PATCH') {
    const [, prefix, owner, repo, id] = one
    const comment = state.comments.find(c => c.id === Number(id) && c.owner === owner && c.repo === repo)
    if (!comment) return error(404, 'Not Found', `${DOCS}#update-an-issue-comment`)
    const invalid = validate(body)
    if (invalid || typeof body !== 'string') return invalid ?? error(422, 'Invalid request.', DOCS)
    comment.body = body
    comment.updated_at = tick(state)
    return { status: 200, body: resource(comment, origin, prefix) }
  }
  return error(404, 'Not Found', 'https://docs.github.com/rest')
}

/**
 * One page of a pull request's comments, with GitHub's `Link` header.
 * @param {State} state
 * @param {RecordedRequest} request
 * @param {string} origin
 * @param {RegExpExecArray} match
 * @returns {Answer}
 */
function page(state, request, origin, [, prefix, owner, repo, n]) {
  const number = Number(n)
  const perPage = clamp(Number(request.query.per_page ?? 30), 1, 100, 30)
  const current = clamp(Number(request.query.page ?? 1), 1, Number.MAX_SAFE_INTEGER, 1)
  const all = state.comments.filter(c => c.owner === owner && c.repo === repo && c.number === number)
  const last = Math.max(1, Math.ceil(all.length / perPage))
  const items = all.slice((current - 1) * perPage, current * perPage).map(c => resource(c, origin, prefix))
  const link = (/** @type {number} */ p) =>
    `<${origin}${prefix}/repos/${owner}/${repo}/issues/${number}/comments?per_page=${perPage}&page=${p}>`
  /** @type {string[]} */
  const links = []
  if (current < last) links.push(`${link(current + 1)}; rel="next"`, `${link(last)}; rel="last"`)
  if (current > 1) links.push(`${link(1)}; rel="first"`, `${link(current - 1)}; rel="prev"`)
  return { status: 200, headers: links.length ? { link: links.join(', ') } : {}, body: items }
}

/** @param {unknown} body the `body` field of the request's JSON @returns {Answer | undefined} */
function validate(body) {
  if (typeof body !== 'string') return error(422, 'Invalid request.\n\n"body" wasn\'t supplied.', DOCS)
  if (body.length <= MAX_BODY) return undefined
  const tooLong = `body is too long (maximum is ${MAX_BODY} characters)`
  const errors = [{ resource: 'IssueComment', code: 'custom', field: 'body', message: tooLong }]
  return { status: 422, body: { message: 'Validation Failed', errors, documentation_url: DOCS, status: '422' } }
}

/** @param {State} state @param {typeof PULL_REQUEST} pr @param {string} body @param {GitHubUser} user */
function store(state, { owner, repo, number }, body, user) {
  const at = tick(state)
  /** @type {StoredComment} */
  const comment = { id: state.nextId++, owner, repo, number, body, user, created_at: at, updated_at: at }
  state.comments.push(comment)
  return comment
}

/** @param {State} state */
function tick(state) {
  state.clock += 1000
  return new Date(state.clock).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** @param {StoredComment} comment @param {string} origin @param {string} prefix */
function resource({ id, owner, repo, number, body, user, created_at, updated_at }, origin, prefix) {
  const api = `${origin}${prefix}/repos/${owner}/${repo}`
  return {
    id,
    node_id: `IC_stand-in-${id}`,
    url: `${api}/issues/comments/${id}`,
    html_url: `https://github.example/${owner}/${repo}/pull/${number}#issuecomment-${id}`,
    issue_url: `${api}/issues/${number}`,
    body,
    user,
    created_at,
    updated_at,
    author_association: user.type === 'Bot' ? 'NONE' : 'MEMBER'
  }
}

/** @param {number} status */
function defaultMessage(status) {
  return (
    { 401: 'Bad credentials', 403: 'Resource not accessible by integration', 404: 'Not Found' }[status] ??
    'Server Error'
  )
}

/** @param {number} status @param {string} message @param {string} documentationUrl @returns {Answer} */
function error(status, message, documentationUrl) {
  return { status, body: { message, documentation_url: documentationUrl, status: String(status) } }
}

/** @param {number} value @param {number} min @param {number} max @param {number} fallback */
function clamp(value, min, max, fallback) {
  return Number.isInteger(value) ? Math.min(max, Math.max(min, value)) : fallback
}

/** @param {import('node:http').ServerResponse} res @param {Answer} answer */
function send(res, { status, headers = {}, body }) {
  const text = JSON.stringify(body)
  const type = { 'content-type': 'application/json; charset=utf-8', 'x-github-media-type': 'github.v3; format=json' }
  res.writeHead(status, { ...type, ...headers, 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

// `node scripts/github-stand-in.js [--port N] [--seed N] [--login NAME]`: serve until stopped.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (/** @type {string} */ name) => {
    const i = process.argv.indexOf(name)
    return i > 0 ? process.argv[i + 1] : undefined
  }
  const login = arg('--login')
  const identity = login ? { login, id: 1, type: 'User' } : BOT
  const standIn = await startGitHubStandIn({ port: Number(arg('--port') ?? 8127), identity })
  standIn.seed(Number(arg('--seed') ?? 0))
  const { owner, repo, number } = PULL_REQUEST
  console.log(`GitHub stand-in listening on ${standIn.url} (GHES style: ${standIn.url}/api/v3)`)
  console.log(`  token: ${standIn.token} (stand-in only, ${identity.login}); pull request ${owner}/${repo}#${number}`)
  serveUntilStopped(standIn)
}
