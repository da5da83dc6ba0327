#!/usr/bin/env node
/**
 * A stand-in for the part of GitHub's REST API that the pull-request comment uses, on 127.0.0.1, in plain Node with
 * no dependencies:
 *
 * - `GET  [prefix]/repos/:owner/:repo/issues/:number/comments?per_page=&page=` (per_page 1..100, default 30; a `Link`
 *   header with absolute next/last/first/prev URLs, as GitHub sends),
 * - `POST [prefix]/repos/:owner/:repo/issues/:number/comments` `{"body": ...}` -> 201,
 * - `PATCH [prefix]/repos/:owner/:repo/issues/comments/:id` `{"body": ...}` -> 200.
 *
 * `prefix` is empty (github.com) or anything ending before `/repos/` (GitHub Enterprise Server: `/api/v3`); every
 * request records the prefix it came with. Every request needs `Authorization: token <token>` or `Bearer <token>`
 * (401 "Bad credentials" otherwise). Errors have GitHub's shape: `{"message", "documentation_url", "status"}`; a body
 * over 65536 characters answers 422 as GitHub does. Tests make writes or reads fail with `failWrites()`/`failReads()`.
 *
 * Serves https with `tls` (the e2e proxy test's certificate). Run it alone with
 * `node scripts/github-stand-in.js [--port N] [--seed N]`.
 */
import { createServer } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import { pathToFileURL } from 'node:url'

/** The token the stand-in accepts by default (a stand-in value, not a real token). */
export const GITHUB_TOKEN = 'ghs_standInToken0123456789abcdefABCDEF'
/** The repository and pull request the tests comment on by default. */
export const PULL_REQUEST = { owner: 'acme', repo: 'observability', number: 42 }
/** GitHub's limit on the body of an issue comment, in characters. */
export const MAX_BODY = 65536
/** Who the stand-in says wrote the comments it creates (GITHUB_TOKEN's identity). */
export const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }

const DOCS = 'https://docs.github.com/rest/issues/comments'
const LIST = /^(.*?)\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/
const ONE = /^(.*?)\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/

/**
 * @typedef {{ login: string, id: number, type: string }} GitHubUser
 * @typedef {{ id: number, owner: string, repo: string, number: number, body: string, user: GitHubUser,
 *   created_at: string, updated_at: string }} StoredComment
 * @typedef {{ method: string, path: string, prefix: string, query: Record<string, string>, url: string,
 *   headers: import('node:http').IncomingHttpHeaders, body: unknown }} RecordedRequest
 * @typedef {{ status: number, message?: string }} Failure
 * @typedef {{ status: number, headers?: Record<string, string>, body: unknown }} Answer
 * @typedef {object} GitHubStandIn
 * @property {string} url base URL of the stand-in, without a trailing slash (add `/api/v3` to play GHES)
 * @property {number} port
 * @property {string} token the token it accepts
 * @property {RecordedRequest[]} requests every API request received, in order
 * @property {StoredComment[]} comments every comment, oldest first (tests may read and edit them)
 * @property {(count: number, options?: { pr?: { owner: string, repo: string, number: number },
 *   body?: (index: number) => string, user?: GitHubUser }) => StoredComment[]} seed add `count` comments
 *   (by default written by a person, "comment <i>")
 * @property {(status: number | null, message?: string) => void} failWrites answer every POST and PATCH with this
 *   status (403: "Resource not accessible by integration"); null to stop
 * @property {(status: number | null, message?: string) => void} failReads the same for GET
 * @property {() => void} reset forget comments, requests and failures
 * @property {() => Promise<void>} close
 */

/**
 * @param {object} [options]
 * @param {number} [options.port] 0 for any free port
 * @param {string} [options.token] the token it accepts
 * @param {{key: string, cert: string}} [options.tls] serve https with this certificate
 * @returns {Promise<GitHubStandIn>}
 */
export async function startGitHubStandIn({ port = 0, token = GITHUB_TOKEN, tls = undefined } = {}) {
  /** @type {StoredComment[]} */
  const comments = []
  /** @type {RecordedRequest[]} */
  const requests = []
  /** @type {{ writes: Failure | null, reads: Failure | null }} */
  const failures = { writes: null, reads: null }
  const sockets = new Set()
  const scheme = tls ? 'https' : 'http'
  let nextId = 1000001
  let clock = Date.parse('2026-01-01T00:00:00Z')

  const server = (tls ? createTlsServer.bind(null, tls) : createServer)((req, res) => {
    /** @type {Buffer[]} */
    const chunks = []
    req.on('data', chunk => chunks.push(chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stand-in')
      const text = Buffer.concat(chunks).toString('utf8')
      const match = LIST.exec(url.pathname) ?? ONE.exec(url.pathname)
      /** @type {RecordedRequest} */
      const request = {
        method: req.method ?? 'GET',
        path: url.pathname,
        prefix: match ? match[1] : '',
        query: Object.fromEntries(url.searchParams),
        url: req.url ?? '/',
        headers: req.headers,
        body: parseJson(text) ?? (text || undefined)
      }
      requests.push(request)
      send(res, handle(request, url, `${scheme}://${req.headers.host ?? `127.0.0.1:${port}`}`))
    })
  })
  server.on(tls ? 'secureConnection' : 'connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  /**
   * @param {RecordedRequest} request
   * @param {URL} url
   * @param {string} origin scheme, host and port the client asked for
   * @returns {Answer}
   */
  function handle(request, url, origin) {
    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(String(request.headers.authorization ?? ''))
    if (!auth || auth[1] !== token) return error(401, 'Bad credentials', 'https://docs.github.com/rest')
    const write = request.method === 'POST' || request.method === 'PATCH'
    const failure = write ? failures.writes : request.method === 'GET' ? failures.reads : null
    if (failure) return error(failure.status, failure.message ?? defaultMessage(failure.status), DOCS)

    let match = LIST.exec(url.pathname)
    if (match) {
      const [, prefix, owner, repo, n] = match
      const number = Number(n)
      if (request.method === 'GET') return list(url, origin, prefix, owner, repo, number)
      if (request.method === 'POST') {
        const invalid = validate(request.body)
        if (invalid) return invalid
        const comment = store(owner, repo, number, /** @type {{ body: string }} */ (request.body).body, BOT)
        return { status: 201, body: resource(comment, origin, prefix) }
      }
      return error(404, 'Not Found', 'https://docs.github.com/rest')
    }
    match = ONE.exec(url.pathname)
    if (match && request.method === 'PATCH') {
      const [, prefix, owner, repo, id] = match
      const comment = comments.find(c => c.id === Number(id) && c.owner === owner && c.repo === repo)
      if (!comment) return error(404, 'Not Found', `${DOCS}#update-an-issue-comment`)
      const invalid = validate(request.body)
      if (invalid) return invalid
      comment.body = /** @type {{ body: string }} */ (request.body).body
      comment.updated_at = tick()
      return { status: 200, body: resource(comment, origin, prefix) }
    }
    return error(404, 'Not Found', 'https://docs.github.com/rest')
  }

  /**
   * @param {URL} url
   * @param {string} origin
   * @param {string} prefix
   * @param {string} owner
   * @param {string} repo
   * @param {number} number
   * @returns {Answer}
   */
  function list(url, origin, prefix, owner, repo, number) {
    const perPage = clamp(Number(url.searchParams.get('per_page') ?? 30), 1, 100, 30)
    const page = clamp(Number(url.searchParams.get('page') ?? 1), 1, Number.MAX_SAFE_INTEGER, 1)
    const all = comments.filter(c => c.owner === owner && c.repo === repo && c.number === number)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const items = all.slice((page - 1) * perPage, page * perPage).map(c => resource(c, origin, prefix))
    const link = (/** @type {number} */ p) =>
      `<${origin}${prefix}/repos/${owner}/${repo}/issues/${number}/comments?per_page=${perPage}&page=${p}>`
    /** @type {string[]} */
    const links = []
    if (page < last) links.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`)
    if (page > 1) links.push(`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`)
    return { status: 200, headers: links.length ? { link: links.join(', ') } : {}, body: items }
  }

  /**
   * @param {any} body the request's JSON, as sent
   * @returns {Answer | undefined}
   */
  function validate(body) {
    if (!body || typeof body !== 'object' || typeof body.body !== 'string') {
      return error(422, 'Invalid request.\n\n"body" wasn\'t supplied.', DOCS)
    }
    if (body.body.length > MAX_BODY) {
      return {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'IssueComment',
              code: 'custom',
              field: 'body',
              message: `body is too long (maximum is ${MAX_BODY} characters)`
            }
          ],
          documentation_url: DOCS,
          status: '422'
        }
      }
    }
    return undefined
  }

  /**
   * @param {string} owner
   * @param {string} repo
   * @param {number} number
   * @param {string} body
   * @param {GitHubUser} user
   */
  function store(owner, repo, number, body, user) {
    const at = tick()
    /** @type {StoredComment} */
    const comment = { id: nextId++, owner, repo, number, body, user, created_at: at, updated_at: at }
    comments.push(comment)
    return comment
  }

  function tick() {
    clock += 1000
    return new Date(clock).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve(undefined))
  })
  const actualPort = /** @type {import('node:net').AddressInfo} */ (server.address()).port
  port = actualPort

  return {
    url: `${scheme}://127.0.0.1:${actualPort}`,
    port: actualPort,
    token,
    requests,
    comments,
    seed(
      count,
      {
        pr = PULL_REQUEST,
        body = (/** @type {number} */ i) => `comment ${i}`,
        user = { login: 'octocat', id: 583231, type: 'User' }
      } = {}
    ) {
      const added = []
      for (let i = 1; i <= count; i++) added.push(store(pr.owner, pr.repo, pr.number, body(i), user))
      return added
    },
    failWrites(status, message) {
      failures.writes = status ? { status, message } : null
    },
    failReads(status, message) {
      failures.reads = status ? { status, message } : null
    },
    reset() {
      comments.length = 0
      requests.length = 0
      failures.writes = null
      failures.reads = null
    },
    close: () =>
      new Promise(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve(undefined))
      })
  }
}

/**
 * @param {StoredComment} comment
 * @param {string} origin
 * @param {string} prefix
 */
function resource(comment, origin, prefix) {
  const { id, owner, repo, number, body, user, created_at, updated_at } = comment
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
  if (status === 403) return 'Resource not accessible by integration'
  if (status === 404) return 'Not Found'
  if (status === 401) return 'Bad credentials'
  return 'Server Error'
}

/**
 * @param {number} status
 * @param {string} message
 * @param {string} documentationUrl
 * @returns {Answer}
 */
function error(status, message, documentationUrl) {
  return { status, body: { message, documentation_url: documentationUrl, status: String(status) } }
}

/**
 * @param {number} value
 * @param {number} min
 * @param {number} max
 * @param {number} fallback
 */
function clamp(value, min, max, fallback) {
  return Number.isInteger(value) ? Math.min(max, Math.max(min, value)) : fallback
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {Answer} answer
 */
function send(res, { status, headers = {}, body }) {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    ...headers,
    'content-length': Buffer.byteLength(text)
  })
  res.end(text)
}

/** @param {string} text */
function parseJson(text) {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

// `node scripts/github-stand-in.js [--port N] [--seed N]`: serve until stopped.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (/** @type {string} */ name) => {
    const i = process.argv.indexOf(name)
    return i > 0 ? Number(process.argv[i + 1]) : undefined
  }
  const standIn = await startGitHubStandIn({ port: arg('--port') ?? 8127 })
  standIn.seed(arg('--seed') ?? 0)
  const { owner, repo, number } = PULL_REQUEST
  console.log(`GitHub stand-in listening on ${standIn.url} (GHES style: ${standIn.url}/api/v3)`)
  console.log(`  token: ${standIn.token} (stand-in only); pull request ${owner}/${repo}#${number}`)
  const stop = () => standIn.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
