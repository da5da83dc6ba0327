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
 * What fails the step, if anything: a failed write comes before what stopped the run after it. In a list, every failed
 * entry is named, one line each; the reason is the first one's.
 */
export function failureOf(outcome: Outcome, list: boolean): Failure | undefined {
  const failed = outcome.entries.filter(entry => entry.error)
  const first = failed[0]?.error
  if (first && !list) return first
  if (first) {
    const lines = failed.map(entry => msg`sink org ${entry.plan.sinkOrgId}: ${entry.error?.detail ?? msg``}`)
    const count = msg`${failed.length} of ${outcome.entries.length} connections failed`
    return { detail: msg`${count}; the others were applied (see results).\n${join(lines, '\n')}`, reason: first.reason }
  }
  return outcome.stopped ? { detail: outcome.stopped.detail, reason: outcome.stopped.reason } : undefined
}
