/**
 * The plan as a pull-request comment: one comment per workflow, job, step and target, found again on re-runs by a
 * hidden marker and updated in place.
 *
 * Octokit (@actions/github) is imported dynamically inside upsertPlanComment(), so a bundler emits it as a separate
 * chunk that runs without a comment never load. Requests go through @actions/http-client (./fetch.ts), so
 * HTTPS_PROXY and NO_PROXY apply as they do to the Datadog requests.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { loadGitHub } from '../bundling/github.js'
import { CommentError } from '../errors.js'
import { oneLine } from '../message.js'
import { USER_AGENT } from '../version.js'
import { DEFAULT_TIMEOUT_MS, httpClientFetch } from './fetch.js'

/** What makes a comment ours: matrix legs share workflow, job and step, so the target is part of it. */
export interface CommentTarget {
  workflow: string
  job: string
  step: string
  /** the sink org id, the connections-file path, or 'inline' */
  target: string
}

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
  /** the event it came from, when known (pullRequestOf() sets it) */
  event?: 'pull_request' | 'pull_request_target'
  /** the pull request's head is in another repository (or a deleted one), when known */
  fromFork?: boolean
}

/** Comments read per page, and the most pages read to find ours (5,000 comments). */
const COMMENTS_PER_PAGE = 100
const MAX_COMMENT_PAGES = 50

/** GitHub's limit on a comment's body, in characters. */
export const MAX_COMMENT_CHARS = 65536

const MARKER_PREFIX = 'datadog-org-connection'
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

/**
 * The pull request of a `pull_request` or `pull_request_target` event (payload at GITHUB_EVENT_PATH), or undefined:
 * another event, no payload, or a payload without a pull request number.
 */
export function pullRequestOf(
  env: Record<string, string | undefined>,
  readFile: (path: string) => string = path => readFileSync(path, 'utf8')
): PullRequestRef | undefined {
  const event = env.GITHUB_EVENT_NAME
  if (!event || !PULL_REQUEST_EVENTS.has(event)) return undefined
  const path = env.GITHUB_EVENT_PATH
  if (!path) return undefined
  let payload: unknown
  try {
    payload = JSON.parse(readFile(path))
  } catch {
    return undefined
  }
  const pr = field(payload, 'pull_request')
  const number = field(pr, 'number') ?? field(payload, 'number')
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) return undefined

  const repository = field(payload, 'repository')
  const login = field(field(repository, 'owner'), 'login')
  const name = field(repository, 'name')
  let owner: string
  let repo: string
  if (typeof login === 'string' && typeof name === 'string' && login && name) {
    owner = login
    repo = name
  } else {
    const [envOwner, envRepo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/')
    if (!envOwner || !envRepo || rest.length) return undefined
    owner = envOwner
    repo = envRepo
  }
  const baseRepo = field(field(field(pr, 'base'), 'repo'), 'full_name')
  const headRepo = field(field(pr, 'head'), 'repo')
  const headName = field(headRepo, 'full_name')
  const fromFork =
    pr === undefined || field(pr, 'head') === undefined
      ? undefined
      : headRepo === null || (typeof headName === 'string' && headName !== (baseRepo ?? `${owner}/${repo}`))
  return {
    owner,
    repo,
    number,
    event: event as PullRequestRef['event'],
    ...(fromFork === undefined ? {} : { fromFork })
  }
}

/** The target of this step from the runner's variables: workflow file (else name), job id, step id. */
export function commentTargetOf(env: Record<string, string | undefined>, target: string): CommentTarget {
  // GITHUB_WORKFLOW_REF is "owner/repo/.github/workflows/file.yml@ref": the file names the workflow; the ref would
  // change between the pushes of one pull request.
  const workflowRef = env.GITHUB_WORKFLOW_REF?.replace(/@.*$/, '')
  return {
    workflow: workflowRef || env.GITHUB_WORKFLOW || '',
    job: env.GITHUB_JOB ?? '',
    step: env.GITHUB_ACTION ?? '',
    target
  }
}

/**
 * The hidden HTML comment that marks our comment for this target. Its parts are hashed, so nothing of theirs
 * (`-->`, line breaks, Markdown) reaches the comment, and the same target always gives the same marker.
 */
export function commentMarker(target: CommentTarget): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([target.workflow, target.job, target.step, target.target]))
    .digest('hex')
    .slice(0, 32)
  return `<!-- ${MARKER_PREFIX}:${digest} -->`
}

/**
 * The comment's full text: the marker on the first line, then the body, cut to GitHub's limit with a note saying
 * so (and a code block left open by the cut closed again).
 */
export function commentBody(marker: string, body: string, limit = MAX_COMMENT_CHARS): string {
  const whole = `${marker}\n${body}`
  if (whole.length <= limit) return whole
  const note = `\n\n**The plan is cut here**: it is longer than GitHub allows in a comment (${limit} characters). The whole plan is in the job summary of the workflow run.`
  let cut = limit - note.length
  for (;;) {
    let head = whole.slice(0, cut)
    if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1)
    const fence = openFence(head)
    const text = `${head}${fence ? `\n${fence}` : ''}${note}`
    if (text.length <= limit) return text
    cut -= text.length - limit
  }
}

/**
 * Creates the comment, or updates ours (the first comment whose body holds `marker`, searched over every page of
 * the pull request's comments). Throws CommentError if GitHub cannot be reached or refuses.
 *
 * The marker is no secret: anyone can paste it into a comment of their own. With an installation token (`ghs_`:
 * GITHUB_TOKEN or a GitHub App's), every comment the token wrote is a bot's, so a person's comment that holds the
 * marker is not taken for ours (neither overwritten nor allowed to stop the plan from being posted).
 */
export async function upsertPlanComment(options: {
  token: string
  /** GITHUB_API_URL: https://api.github.com, or GHES's https://host/api/v3 */
  apiUrl: string
  pr: PullRequestRef
  marker: string
  /** Markdown, without the marker */
  body: string
  /** per request; 30 s by default */
  timeoutMs?: number
}): Promise<{ action: 'created' | 'updated'; url?: string }> {
  const { token, pr, marker } = options
  const scrub = (text: string) => (token ? text.split(token).join('***') : text)
  if (!token) throw new CommentError('no token to write the pull-request comment with: set the `github-token` input')
  const baseUrl = checkedApiUrl(options.apiUrl, scrub)
  const where = `${pr.owner}/${pr.repo}#${pr.number}`
  const text = commentBody(marker, options.body)

  // Loaded here, not at the top: a chunk of its own that runs without a comment never load (and with the real
  // undici that @actions/github builds its proxy agent from: see src/bundling/github.ts).
  let github: Awaited<ReturnType<typeof loadGitHub>>
  try {
    github = await loadGitHub()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new CommentError(oneLine(scrub(`could not load the GitHub client (Octokit): ${reason}`), 1000))
  }
  const octokit = github.getOctokit(token, {
    baseUrl,
    userAgent: USER_AGENT,
    request: { fetch: httpClientFetch({ timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, base: baseUrl }) }
  })
  const fail = (error: unknown, doing: string) => commentError(error, doing, { baseUrl, pr, scrub })

  const installationToken = token.startsWith('ghs_')
  let existing: { id: number; html_url?: string } | undefined
  try {
    // Page by page, by number: a `Link` header from the answer is never followed, so the token goes nowhere else, and
    // a server that always announces a next page cannot keep the step running.
    for (let page = 1; page <= MAX_COMMENT_PAGES && !existing; page++) {
      const { data } = await octokit.rest.issues.listComments({
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        per_page: COMMENTS_PER_PAGE,
        page
      })
      existing = data.find(
        comment => comment.body?.includes(marker) && (!installationToken || comment.user?.type === 'Bot')
      )
      if (data.length < COMMENTS_PER_PAGE) break
    }
  } catch (error) {
    throw fail(error, `list the comments of ${where}`)
  }

  if (existing) {
    try {
      const { data } = await octokit.rest.issues.updateComment({
        owner: pr.owner,
        repo: pr.repo,
        comment_id: existing.id,
        body: text
      })
      return { action: 'updated', url: data.html_url ?? existing.html_url }
    } catch (error) {
      throw fail(error, `update comment ${existing.id} on ${where}`)
    }
  }
  try {
    const { data } = await octokit.rest.issues.createComment({
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      body: text
    })
    return { action: 'created', url: data.html_url }
  } catch (error) {
    throw fail(error, `comment on ${where}`)
  }
}

function checkedApiUrl(apiUrl: string, scrub: (text: string) => string): string {
  let url: URL
  try {
    url = new URL(apiUrl)
  } catch {
    throw new CommentError(`GITHUB_API_URL is not a URL: ${oneLine(scrub(apiUrl), 200)}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CommentError(`GITHUB_API_URL must be an http(s) URL, not ${oneLine(scrub(url.protocol), 50)}`)
  }
  return apiUrl.replace(/\/+$/, '')
}

/** The URL without credentials, query or fragment: safe to show. */
function shown(baseUrl: string): string {
  const url = new URL(baseUrl)
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

interface OctokitFailure {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown }
}

function commentError(
  error: unknown,
  doing: string,
  { baseUrl, pr, scrub }: { baseUrl: string; pr: PullRequestRef; scrub: (text: string) => string }
): CommentError {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as OctokitFailure
  const response = failure.response
  const data = response?.data
  const reported =
    typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'
      ? (data as { message: string }).message
      : typeof data === 'string' && data
        ? data
        : (failure.message ?? String(error))
  const said = oneLine(scrub(reported), 200)
  const line = (text: string) => new CommentError(oneLine(scrub(text), 1000), response ? failure.status : undefined)

  if (!response) {
    return line(
      `could not reach GitHub at ${shown(baseUrl)} to ${doing}: ${said}. Check GITHUB_API_URL and, behind a proxy, HTTPS_PROXY and NO_PROXY.`
    )
  }
  const status = failure.status ?? 0
  const headers = response.headers ?? {}
  if (status === 401) {
    return line(`GitHub rejected the token (401 ${said}) when trying to ${doing}: check the \`github-token\` input.`)
  }
  if (
    (status === 403 || status === 429) &&
    (String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(said))
  ) {
    return line(
      `GitHub's rate limit stopped the attempt to ${doing} (${status} ${said}): re-run the job later to write the comment.`
    )
  }
  if (status === 403) {
    const advice =
      pr.event === 'pull_request' && pr.fromFork
        ? "this pull request comes from a fork, and GitHub gives workflows run for a fork's pull request a read-only token whatever the workflow asks: the plan is in the job summary."
        : `the token may not ${doing.startsWith('list') ? "read this pull request's comments" : 'write to pull requests'}: give the job \`permissions: pull-requests: write\` (or pass a \`github-token\` that may). On pull requests from forks (and Dependabot's) the token is read-only whatever the workflow asks.`
    return line(`GitHub refused to ${doing} (403 ${said}): ${advice}`)
  }
  if (status === 404) {
    return line(
      `GitHub answered 404 (${said}) when trying to ${doing}: the repository or pull request is not visible to this token. Check the \`github-token\` input and GITHUB_API_URL.`
    )
  }
  if (status === 422) return line(`GitHub did not accept the comment when trying to ${doing} (422 ${said}).`)
  return line(`GitHub answered ${status} when trying to ${doing}: ${said}.`)
}

/** The fence of a fenced code block still open at the end of `text`, or undefined. */
function openFence(text: string): string | undefined {
  let open: { char: string; length: number } | undefined
  for (const line of text.split('\n')) {
    const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line)
    if (!match) continue
    const [, run, rest] = match
    if (!open) {
      if (run[0] === '`' && rest.includes('`')) continue // not a fence: an info string may not hold a backtick
      open = { char: run[0], length: run.length }
    } else if (run[0] === open.char && run.length >= open.length && rest.trim() === '') {
      open = undefined
    }
  }
  return open ? open.char.repeat(open.length) : undefined
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined
}
