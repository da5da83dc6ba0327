/**
 * The few GitHub REST calls the pull-request comment makes, through the shared bounded request: no Octokit. The token
 * goes only to GITHUB_API_URL (a URL outside it is refused before it is sent), redirects are never followed, and
 * every failure is a CommentError whose advice comes from one table.
 */
import { CommentError } from '../errors.js'
import { boundedRequest, header, type RequestOutcome } from '../http/request.js'
import { secretForms } from '../http/secrets.js'
import { type Message, msg, oneLine, words } from '../message.js'
import { redactor, type Redact } from '../redact.js'
import { USER_AGENT } from '../version.js'

export const DEFAULT_TIMEOUT_MS = 30_000

export interface GitHubRestOptions {
  token: string
  /** GITHUB_API_URL: https://api.github.com, or GitHub Enterprise Server's https://host/api/v3 */
  apiUrl: string
  /** per request; 30 s by default */
  timeoutMs?: number
  /** the run's redactor; by default one for the token */
  redact?: Redact
}

/** What a failure was about, for the advice: what was being done, and whether the pull request comes from a fork. */
export interface Doing {
  /** our words with values: `comment on acme/app#42` */
  what: Message
  reading: boolean
  fromFork?: boolean
}

export class GitHubRest {
  private readonly base: URL
  private readonly redact: Redact

  constructor(private readonly options: GitHubRestOptions) {
    this.redact = options.redact ?? redactor(secretForms([options.token]))
    if (!options.token)
      throw new CommentError('no token to write the pull-request comment with: set the `github-token` input')
    this.base = checkedApiUrl(options.apiUrl, this.redact)
  }

  /** The parsed JSON of a 2xx answer (undefined if it is not JSON); any other ending throws a CommentError. */
  async call(method: string, path: string, doing: Doing, body?: unknown): Promise<unknown> {
    const url = this.urlOf(path)
    const headers: Record<string, string> = {
      Authorization: `Bearer ${this.options.token}`,
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': '2022-11-28'
    }
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const outcome = await boundedRequest({
      method,
      url,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      userAgent: USER_AGENT,
      timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    })
    if (outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300) return parsed(outcome.body)
    throw this.failure(outcome, doing)
  }

  /** `path` under the API URL; refused if it would leave it (a `..` in a name from the event payload, say). */
  private urlOf(path: string): string {
    const prefix = this.base.pathname.replace(/\/+$/, '')
    const url = new URL(`${this.base.origin}${prefix}${path}`)
    if (url.origin !== this.base.origin || !url.pathname.startsWith(`${prefix}/`)) {
      throw new CommentError(msg`refused to send the token outside GITHUB_API_URL (${this.redact(shown(url))})`)
    }
    return url.href
  }

  private failure(outcome: RequestOutcome, doing: Doing): CommentError {
    const redact = this.redact
    if (outcome.kind === 'error') {
      const reason = oneLine(redact(outcome.message), 200)
      return new CommentError(
        msg`could not reach GitHub at ${shown(this.base)} to ${doing.what}: ${reason}. ${words(UNREACHABLE)}`
      )
    }
    const { status, headers } = outcome
    const said = oneLine(redact(githubMessage(outcome.body) || 'no message'), 200)
    const rateLimited =
      (status === 403 || status === 429) &&
      (header(headers, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(said))
    const situation: Situation = { status, rateLimited, reading: doing.reading, fromFork: doing.fromFork === true }
    const advice = ADVICE.find(rule => rule.when(situation))?.advice ?? ''
    return new CommentError(
      msg`GitHub answered ${status} (${said}) when trying to ${doing.what}: ${words(advice)}`,
      status
    )
  }
}

interface Situation {
  status: number
  rateLimited: boolean
  reading: boolean
  fromFork: boolean
}

const UNREACHABLE = 'Check GITHUB_API_URL and, behind a proxy, HTTPS_PROXY and NO_PROXY.'
const PERMISSION =
  'give the job `permissions: pull-requests: write` (or pass a `github-token` that may). ' +
  "On pull requests from forks (and Dependabot's) the token is read-only whatever the workflow asks."

/** What to do about each answer, first match wins. */
const ADVICE: readonly { when: (s: Situation) => boolean; advice: string }[] = [
  { when: s => s.status === 401, advice: 'the token was not accepted: check the `github-token` input.' },
  { when: s => s.rateLimited, advice: "GitHub's rate limit stopped it: re-run the job later to write the comment." },
  {
    when: s => s.status === 403 && s.fromFork,
    advice:
      "this pull request comes from a fork, and GitHub gives workflows run for a fork's pull request a read-only " +
      'token whatever the workflow asks: the plan is in the job summary.'
  },
  {
    when: s => s.status === 403 && s.reading,
    advice: `the token may not read this pull request's comments: ${PERMISSION}`
  },
  { when: s => s.status === 403, advice: `the token may not write to pull requests: ${PERMISSION}` },
  {
    when: s => s.status === 404,
    advice:
      'the repository or pull request is not visible to this token. Check the `github-token` input and GITHUB_API_URL.'
  },
  {
    when: s => s.status >= 300 && s.status < 400,
    advice:
      'redirects are never followed, so that the token goes nowhere else (a renamed repository is not followed either).'
  },
  { when: s => s.status === 422, advice: 'GitHub did not accept the comment.' },
  { when: () => true, advice: 'the plan is in the job summary; re-run the job to write the comment.' }
]

function checkedApiUrl(apiUrl: string, redact: Redact): URL {
  let url: URL
  try {
    url = new URL(apiUrl)
  } catch {
    throw new CommentError(msg`GITHUB_API_URL is not a URL: ${oneLine(redact(apiUrl), 200)}`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CommentError(msg`GITHUB_API_URL must be an http(s) URL, not ${oneLine(redact(url.protocol), 50)}`)
  }
  return url
}

/** The URL without credentials, query or fragment: safe to show. */
function shown(base: URL): string {
  return `${base.origin}${base.pathname.replace(/\/+$/, '')}`
}

function parsed(body: string): unknown {
  try {
    return JSON.parse(body) as unknown
  } catch {
    return undefined
  }
}

/** GitHub's `message` of an error answer, else the text itself. */
function githubMessage(body: string): string {
  const data = parsed(body)
  const message = typeof data === 'object' && data !== null ? (data as { message?: unknown }).message : undefined
  return typeof message === 'string' ? message : body.trim()
}
