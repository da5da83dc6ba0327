/** What a run decided and did: the one value that reconcile returns and report renders. */
import type { Gate } from './approval.js'
import type { CurrentUser, OrgConnection } from './datadog/model.js'
import type { PlanDocument } from './digest.js'
import type { Failure, StepError } from './errors.js'
import { type Message, join, msg } from './message.js'
import type { Plan } from './plan.js'

/** Who the keys belong to (GET /api/v2/current_user): the org, and whether it is a service account's key. */
export type Identity = CurrentUser

export type Result =
  | 'created'
  | 'updated'
  | 'unchanged'
  | 'deleted'
  | 'absent'
  | 'would-create'
  | 'would-update'
  | 'would-delete'
  | 'failed'

/** The results that change something (or would, in a dry run). */
export const CHANGES: ReadonlySet<Result> = new Set([
  'created',
  'updated',
  'deleted',
  'would-create',
  'would-update',
  'would-delete'
])

export interface EntryOutcome {
  /** What was decided for this sink org (after a 409: what was decided then). */
  plan: Plan
  result: Result
  /** The connection as it now is, or would be (for a deletion: the one removed). */
  connection?: OrgConnection
  /** Why the write failed, when result is `failed`. */
  error?: Failure
  /** Things the user should know although the write succeeded (an odd answer, a kept difference). */
  notes: Message[]
}

export interface Outcome {
  dryRun: boolean
  /** Every connection decided about and done (or previewed), in plan order. Empty when the run stopped first. */
  entries: EntryOutcome[]
  /** Read on every path but a plain create of one connection. */
  identity?: Identity
  /** The plan the run made before any write (the `plan` output), and its digest. */
  document: PlanDocument
  digest: string
  /** With a list and prune off: this org's connections that the list does not name, kept (not changes). */
  undeclared: OrgConnection[]
  /** With an account file: its entries for other source orgs, neither read nor written. */
  otherOrgEntries: number
  /** The approval the writes were checked against. */
  gate: Gate
  /** Said once, for the log and the summary. */
  notices: Message[]
  /** What stopped the run before or between its writes (a refusal, an unapproved change). */
  stopped?: StepError
  /** With `export`: the list, and what could not be put in it. */
  exported?: { yaml: string; connections: number; left: Message[] }
}

/**
 * What fails the step, if anything, with the first cause the run met as its reason. What stopped the run is said
 * first; in a list, every failed write is named, one line each.
 */
export function failureOf(outcome: Outcome, list: boolean): Failure | undefined {
  const failed = outcome.entries.filter(entry => entry.error)
  const first = failed[0]?.error
  const { stopped } = outcome
  if (stopped) {
    const others = failed.filter(entry => entry.error?.reason !== 'plan-changed')
    const lines = others.length ? msg`\n${failedLines(others)}` : msg``
    return { detail: msg`${stopped.detail}${lines}`, reason: first?.reason ?? stopped.reason }
  }
  if (!first) return undefined
  if (!list) return first
  const count = msg`${failed.length} of ${outcome.entries.length} connections failed`
  return { detail: msg`${count}; the others were applied (see results).\n${failedLines(failed)}`, reason: first.reason }
}

function failedLines(failed: readonly EntryOutcome[]): Message {
  return join(
    failed.map(entry => msg`sink org ${entry.plan.sinkOrgId}: ${entry.error?.detail ?? msg``}`),
    '\n'
  )
}
