/**
 * The plan as a pull-request comment: one comment per workflow, job, step, target and org, found again on re-runs by
 * a hidden marker at the very start of its body, and updated in place only if the token's own identity wrote it.
 *
 * The marker is no secret: anyone can paste it into a comment, or an org name can quote it. So a comment is ours
 * only when it starts with the marker and its author is the token's identity: a Bot account for an installation
 * token (`ghs_`: the job's GITHUB_TOKEN or a GitHub App's), else the login that `GET /user` names.
 */
import { createHash } from 'node:crypto'
import { CommentError } from '../errors.js'
import { type Message, msg } from '../message.js'
import type { Redact } from '../redact.js'
import type { PullRequestRef, RunnerContext } from './context.js'
import { type Doing, GitHubRest } from './rest.js'

/** What makes a comment ours. Matrix legs share workflow, job and step: the target and the org tell them apart. */
export interface CommentTarget {
  /** the workflow's file (else its name) */
  workflow: string
  job: string
  step: string
  /** the sink org id, the connections-file path, or 'inline' */
  target: string
  /** the keys' org id; else the source-org input; else the site */
  org: string
}

/** Whose comments the token may take for its own. */
export type Identity = { kind: 'installation' } | { kind: 'user'; login: string }

export interface StoredComment {
  id?: unknown
  body?: unknown
  html_url?: unknown
  user?: { login?: unknown; type?: unknown } | null
}

/** GitHub's limit on a comment's body, in characters. */
export const MAX_COMMENT_CHARS = 65536
/** The longest body that goes into a comment uncut: what the marker and its line break leave. */
export const MAX_BODY_CHARS =
  MAX_COMMENT_CHARS - '<!-- datadog-org-connection:0123456789abcdef0123456789abcdef -->\n'.length
/** Comments read per page, and the most pages read to find ours (5,000 comments). */
const PER_PAGE = 100
const MAX_PAGES = 50
const MARKER_PREFIX = 'datadog-org-connection'

/** The target of this step in this run. */
export function commentTargetOf(context: RunnerContext, target: string, org: string): CommentTarget {
  return {
    workflow: context.workflowFile ?? context.workflow ?? '',
    job: context.job ?? '',
    step: context.step ?? '',
    target,
    org
  }
}

/**
 * The hidden HTML comment that marks our comment for this target. Its parts are hashed, so nothing of theirs
 * (`-->`, line breaks, Markdown) reaches the comment, and the same target always gives the same marker.
 */
export function commentMarker({ workflow, job, step, target, org }: CommentTarget): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([workflow, job, step, target, org]))
    .digest('hex')
    .slice(0, 32)
  return `<!-- ${MARKER_PREFIX}:${digest} -->`
}

/** The installation tokens' identity, or whom a personal token belongs to (one request, only then). */
export async function identityOf(token: string, rest: Pick<GitHubRest, 'call'>): Promise<Identity> {
  if (token.startsWith('ghs_')) return { kind: 'installation' }
  const user = await rest.call('GET', '/user', { what: msg`read whom the token belongs to`, reading: true })
  const login = typeof user === 'object' && user !== null ? (user as { login?: unknown }).login : undefined
  if (typeof login !== 'string' || !login)
    throw new CommentError('GitHub did not say whom the token belongs to (GET /user)')
  return { kind: 'user', login }
}

/** Ours: the marker at the very start, written by the token's identity (logins compare in any case, as GitHub's). */
export function isOurs(comment: StoredComment, marker: string, identity: Identity): boolean {
  if (typeof comment.body !== 'string' || !comment.body.startsWith(marker)) return false
  const user = comment.user
  if (identity.kind === 'installation') return user?.type === 'Bot'
  return typeof user?.login === 'string' && user.login.toLowerCase() === identity.login.toLowerCase()
}

/**
 * The comment's full text: the marker first, then the body. The body is built within GitHub's limit already; this
 * hard cap is only the backstop, and says where it cut.
 */
export function commentBody(marker: string, body: string, limit = MAX_COMMENT_CHARS): string {
  const whole = `${marker}\n${body}`
  if (whole.length <= limit) return whole
  const note = `\n\n**Cut here**: longer than GitHub allows in a comment (${limit} characters). The job summary has it all.`
  const head = whole.slice(0, Math.max(0, limit - note.length))
  return `${/[\ud800-\udbff]$/.test(head) ? head.slice(0, -1) : head}${note}`
}

export interface UpsertOptions {
  token: string
  /** GITHUB_API_URL (RunnerContext.apiUrl) */
  apiUrl: string
  pr: PullRequestRef
  marker: string
  /** Markdown, without the marker */
  body: string
  /** per request; 30 s by default */
  timeoutMs?: number
  /** the run's redactor; by default one for the token */
  redact?: Redact
}

/** Creates the comment, or updates ours. Throws CommentError if GitHub cannot be reached or refuses. */
export async function upsertPlanComment(
  options: UpsertOptions
): Promise<{ action: 'created' | 'updated'; url?: string }> {
  const { pr, marker } = options
  const rest = new GitHubRest(options)
  const repo = `/repos/${encodeURIComponent(pr.owner)}/${encodeURIComponent(pr.repo)}`
  const where = `${pr.owner}/${pr.repo}#${pr.number}`
  const doing = (what: Message, reading = false): Doing => ({ what, reading, fromFork: pr.fromFork })
  const identity = await identityOf(options.token, rest)
  const existing = await findOurs(rest, `${repo}/issues/${pr.number}/comments`, {
    marker,
    identity,
    doing: doing(msg`list the comments of ${where}`, true)
  })
  const text = { body: commentBody(marker, options.body) }
  if (existing) {
    const id = existing.id as number
    const updated = await rest.call(
      'PATCH',
      `${repo}/issues/comments/${id}`,
      doing(msg`update comment ${id} on ${where}`),
      text
    )
    return { action: 'updated', url: urlOf(updated) ?? urlOf(existing) }
  }
  const created = await rest.call('POST', `${repo}/issues/${pr.number}/comments`, doing(msg`comment on ${where}`), text)
  return { action: 'created', url: urlOf(created) }
}

/**
 * The first of our comments, page by page, by number: a `Link` header from the answer is never followed, so the token
 * goes nowhere else, and a server that always announces a next page cannot keep the step running.
 */
async function findOurs(
  rest: Pick<GitHubRest, 'call'>,
  path: string,
  { marker, identity, doing }: { marker: string; identity: Identity; doing: Doing }
): Promise<StoredComment | undefined> {
  for (let page = 1; page <= MAX_PAGES; page++) {
    const data = await rest.call('GET', `${path}?per_page=${PER_PAGE}&page=${page}`, doing)
    if (!Array.isArray(data))
      throw new CommentError(msg`GitHub's answer was not a list of comments when trying to ${doing.what}`)
    const ours = (data as StoredComment[]).find(
      comment => isOurs(comment, marker, identity) && Number.isSafeInteger(comment.id) && (comment.id as number) > 0
    )
    if (ours) return ours
    if (data.length < PER_PAGE) return undefined
  }
  return undefined
}

function urlOf(comment: unknown): string | undefined {
  const url = typeof comment === 'object' && comment !== null ? (comment as StoredComment).html_url : undefined
  return typeof url === 'string' ? url : undefined
}
