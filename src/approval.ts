/**
 * The approval rule, pure: which writes a run may make. Without an approval, every write of the plan. With one, a write
 * is made only if the approved plan holds exactly that change (same sink org, action, connection id, types before and
 * after), whenever it is decided: before the first write, or after a 409 made the run plan again. A plan that writes
 * nothing needs no approval, so a re-run after success writes nothing and succeeds, and a re-run after a partial
 * failure finishes the approved work.
 */
import { type PlanDocument, type PlannedChange, changeOf, planDigest, sameChange } from './digest.js'
import { PlanChangedError, type StepError, WrongOrgError } from './errors.js'
import { type Message, join, msg, words } from './message.js'
import { type Plan, writes } from './plan.js'
import type { Approval } from './settings.js'

export type Gate =
  | { kind: 'open' }
  | {
      kind: 'approved'
      /** The changes the approval covers. */
      changes: readonly PlannedChange[]
      /** The digest of the approved plan. */
      digest: string
      /** Which input carried the approval. */
      by: 'approved-plan' | 'expected-plan-digest'
    }

export type GateDecision = { gate: Gate; notice?: Message } | { refusal: StepError }

/** The gate of this run, from its approval inputs and the plan it made (`current`, with its digest). */
export function gateFor(approval: Approval, current: PlanDocument, digest: string): GateDecision {
  const { approvedPlan, expectedDigest } = approval
  if (approvedPlan) return approvedPlanGate(approvedPlan, expectedDigest, current)
  if (!expectedDigest) return { gate: { kind: 'open' } }
  if (digest === expectedDigest) {
    return { gate: { kind: 'approved', changes: current.changes, digest, by: 'expected-plan-digest' } }
  }
  if (!current.changes.some(change => change.action !== 'none')) {
    return {
      gate: { kind: 'approved', changes: [], digest: expectedDigest, by: 'expected-plan-digest' },
      notice: msg`The plan differs from the approved one (approved ${expectedDigest}, now ${digest}), but it has nothing to write: the approved work is done.`
    }
  }
  return {
    refusal: new PlanChangedError(
      msg`The plan changed since it was approved: approved ${expectedDigest}, now ${digest}. Nothing was written. ${planNow(current)} ${words(REPLAN)}`
    )
  }
}

const CHECK_KEYS = 'Check which secrets this job uses (api-key, app-key).'
const REPLAN = 'Plan again (dry-run: true) and have the new plan approved.'

function approvedPlanGate(
  approved: PlanDocument,
  expectedDigest: string | undefined,
  current: PlanDocument
): GateDecision {
  const digest = planDigest(approved)
  if (expectedDigest && digest !== expectedDigest) {
    const detail = msg`approved-plan has the digest ${digest}, not the ${expectedDigest} of expected-plan-digest`
    return {
      refusal: new PlanChangedError(
        msg`${detail}: they are not the same approval. Nothing was written. Pass both from the same plan job.`
      )
    }
  }
  if (approved.org === null) {
    const detail = words('approved-plan names no org: it is not the plan of a dry run')
    return {
      refusal: new PlanChangedError(
        msg`${detail}. Nothing was written. Pass the plan output of the plan job (dry-run: true).`
      )
    }
  }
  if (current.org !== null && approved.org !== current.org) {
    return {
      refusal: new WrongOrgError(
        msg`The plan was approved for org ${approved.org}, but the keys belong to org ${current.org}. Nothing was written. ${words(CHECK_KEYS)}`
      )
    }
  }
  if (approved.site !== current.site) {
    const detail = msg`The plan was approved for ${approved.site}, but this run targets ${current.site}`
    return {
      refusal: new PlanChangedError(msg`${detail}. Nothing was written. Use the same site or api-url in both jobs.`)
    }
  }
  return { gate: { kind: 'approved', changes: approved.changes, digest, by: 'approved-plan' } }
}

const planNow = (current: PlanDocument): Message => msg`The plan now: ${changesInWords(current.changes)}.`

/** The writes among `plans` that the gate does not cover. */
export function unapproved(plans: readonly Plan[], gate: Gate): Plan[] {
  if (gate.kind === 'open') return []
  return plans.filter(plan => writes(plan) && !gate.changes.some(change => sameChange(change, changeOf(plan))))
}

/** The failure for writes the approval does not cover: nothing of them is written. */
export function notApproved(plans: readonly Plan[], gate: Gate, when: 'before' | 'during'): PlanChangedError {
  const approved = gate.kind === 'approved' ? msg`${gate.digest} (${words(gate.by)})` : words('(none)')
  const stop = when === 'before' ? 'Nothing was written.' : 'The run stopped before it: nothing more was written.'
  return new PlanChangedError(
    msg`${plans.length} change(s) of this run were not approved: ${changesInWords(plans.map(changeOf))}. Approved: ${approved}. ${words(stop)} ${words(REPLAN)}`
  )
}

/** Changes in words, for messages: `update 83999dcd-... (connection c0ffee...): logs -> logs, metrics`. */
export function changesInWords(changes: readonly PlannedChange[]): Message {
  const writing = changes.filter(change => change.action !== 'none')
  if (writing.length === 0) return words('nothing to write')
  return join(
    writing.map(c => {
      const id = c['connection-id'] ? msg` (connection ${c['connection-id']})` : words('')
      return msg`${words(c.action)} ${c['sink-org']}${id}: ${c.from ?? []} -> ${c.to ?? []}`
    }),
    '; '
  )
}
