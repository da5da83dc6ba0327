/**
 * The one reader of the runner's environment: who ran the step, where, for which event and pull request. The event
 * payload is read and parsed once, by @actions/github's Context.
 *
 * Context is imported by its path: the package exports only its entry, which builds the Octokit client at load
 * (docs/benchmarks.md has the measurement); this module reads two files' worth of it and nothing else.
 */
import { Context } from '../../node_modules/@actions/github/lib/context.js'

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
  /** the event it came from */
  event?: 'pull_request' | 'pull_request_target'
  /** the pull request's head is in another repository (or a deleted one), when the payload says */
  fromFork?: boolean
}

export interface RunnerContext {
  /** owner/name */
  repository?: string
  /** the workflow's name */
  workflow?: string
  /** the workflow's file, `owner/repo/.github/workflows/x.yml`, without the ref (which changes between pushes) */
  workflowFile?: string
  job?: string
  /** the step's id (GITHUB_ACTION) */
  step?: string
  actor?: string
  sha?: string
  runUrl?: string
  serverUrl: string
  /** GITHUB_API_URL: https://api.github.com, or GitHub Enterprise Server's https://host/api/v3 */
  apiUrl: string
  eventName?: string
  /** set for a pull_request or pull_request_target event whose payload names the pull request */
  pullRequest?: PullRequestRef
  /** GITHUB_STEP_SUMMARY */
  summaryPath?: string
}

/** What this module reads of a Context: the class's fields, so that tests pass plain objects. */
export type ContextFields = Pick<
  Context,
  'payload' | 'eventName' | 'sha' | 'workflow' | 'action' | 'actor' | 'job' | 'runId' | 'apiUrl' | 'serverUrl'
>

type Env = Record<string, string | undefined>

/** The runner's context of this process: read once, after the requests (a large payload never delays them). */
export function readRunnerContext(): RunnerContext {
  return runnerContextOf(new Context(), process.env)
}

export function runnerContextOf(context: ContextFields, env: Env): RunnerContext {
  const payload: unknown = context.payload
  const fullName = field(field(payload, 'repository'), 'full_name')
  const repository = env.GITHUB_REPOSITORY || (typeof fullName === 'string' && fullName) || undefined
  const serverUrl = (context.serverUrl || 'https://github.com').replace(/\/+$/, '')
  const pullRequest = pullRequestOf(context.eventName, payload, repository)
  return {
    repository,
    workflow: context.workflow || undefined,
    workflowFile: env.GITHUB_WORKFLOW_REF?.replace(/@.*$/, '') || undefined,
    job: context.job || undefined,
    step: context.action || undefined,
    actor: context.actor || undefined,
    sha: context.sha || undefined,
    runUrl: repository && context.runId > 0 ? `${serverUrl}/${repository}/actions/runs/${context.runId}` : undefined,
    serverUrl,
    apiUrl: context.apiUrl || 'https://api.github.com',
    eventName: context.eventName || undefined,
    ...(pullRequest ? { pullRequest } : {}),
    summaryPath: env.GITHUB_STEP_SUMMARY || undefined
  }
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

/** The pull request of a pull_request or pull_request_target event, or undefined. */
function pullRequestOf(event: string, payload: unknown, repository: string | undefined): PullRequestRef | undefined {
  if (!PULL_REQUEST_EVENTS.has(event)) return undefined
  const pr = field(payload, 'pull_request')
  const number = field(pr, 'number') ?? field(payload, 'number')
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) return undefined
  const where = repositoryOf(payload, repository)
  if (!where) return undefined
  const fromFork = forkOf(pr, `${where.owner}/${where.repo}`)
  return {
    ...where,
    number,
    event: event as PullRequestRef['event'],
    ...(fromFork === undefined ? {} : { fromFork })
  }
}

/** The payload's repository, else GITHUB_REPOSITORY. */
function repositoryOf(payload: unknown, repository: string | undefined): { owner: string; repo: string } | undefined {
  const named = field(payload, 'repository')
  const owner = field(field(named, 'owner'), 'login')
  const repo = field(named, 'name')
  if (typeof owner === 'string' && typeof repo === 'string' && owner && repo) return { owner, repo }
  const [envOwner, envRepo, ...rest] = (repository ?? '').split('/')
  return envOwner && envRepo && !rest.length ? { owner: envOwner, repo: envRepo } : undefined
}

/** Whether the head is in another repository than the base (a deleted head repository counts as a fork). */
function forkOf(pr: unknown, base: string): boolean | undefined {
  const head = field(pr, 'head')
  if (head === undefined) return undefined
  const headRepo = field(head, 'repo')
  if (headRepo === null) return true
  const headName = field(headRepo, 'full_name')
  const baseName = field(field(field(pr, 'base'), 'repo'), 'full_name')
  return typeof headName === 'string' && headName !== (typeof baseName === 'string' ? baseName : base)
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined
}
