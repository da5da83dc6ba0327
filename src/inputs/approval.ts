/**
 * The approval inputs: the approved plan (`approved-plan`, the `plan` output of the approved plan job), its digest
 * (`expected-plan-digest`), and whether an approval is required (`require-approval`). The plan is validated into its
 * exact shape, unknown keys refused, so that the digest computed from it is the digest that was approved.
 */
import type { PlanDocument } from '../digest.js'
import { InputError } from '../errors.js'
import { type Message, msg, words } from '../message.js'
import { quotableInput } from '../sites.js'
import { Problems } from './problems.js'
import { readBoolean } from './readers.js'

/** The plan document with the keys' org, as the `plan` output writes it. */
export type ApprovedPlan = PlanDocument & { org: string | null }

export interface Approval {
  /** `sha256:<hex>`, lower case. */
  expectedDigest?: string
  approvedPlan?: ApprovedPlan
  /** `require-approval`: an apply without an approval fails before any request. */
  required: boolean
}

/** The `plan` output is bounded by GitHub's limit on an output (1 MiB). */
export const MAX_PLAN_BYTES = 1024 * 1024
const ACTIONS = ['create', 'update', 'delete', 'none']
const CHANGE_KEYS = ['sink-org', 'action', 'connection-id', 'from', 'to']
const PLAN_KEYS = ['site', 'org', 'changes']
const WIRING = [
  'Wire the approved plan job to this one: approved-plan: ${{ needs.plan.outputs.plan }},',
  'with the plan job declaring outputs: plan: ${{ steps.<id>.outputs.plan }}.'
].join(' ')

export function readApproval(input: (name: string) => string): Approval {
  const digest = input('expected-plan-digest')
  if (digest && !/^sha256:[0-9a-f]{64}$/i.test(digest)) {
    throw new InputError(
      msg`Invalid expected-plan-digest '${quotableInput(digest)}'. Expected the plan-digest output of the approved plan: sha256: followed by 64 hex digits.`
    )
  }
  const plan = input('approved-plan')
  const required = readBoolean(input('require-approval'), 'require-approval', false)
  if (required && !digest && !plan) {
    const closed = words('the gate fails closed, and nothing is read or written')
    throw new InputError(
      msg`Input require-approval is true but approved-plan and expected-plan-digest are both empty: ${closed}. ${words(WIRING)}`
    )
  }
  return {
    ...(digest ? { expectedDigest: digest.toLowerCase() } : {}),
    ...(plan ? { approvedPlan: readApprovedPlan(plan) } : {}),
    required
  }
}

/** The `plan` output as JSON, its shape checked whole: every problem reported at once. */
export function readApprovedPlan(text: string): ApprovedPlan {
  const origin = words('approved-plan')
  if (Buffer.byteLength(text, 'utf8') > MAX_PLAN_BYTES) {
    throw new InputError(msg`Invalid approved-plan: more than ${MAX_PLAN_BYTES} bytes, more than any plan output.`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new InputError(
      msg`Invalid approved-plan: not JSON. Expected the plan output of the approved plan job, unchanged.`
    )
  }
  const problems = new Problems()
  // A wrong top level is all there is to say: the rest is not read.
  const plan = record(data, origin, PLAN_KEYS, problems) ?? {}
  problems.throwIfAny(origin)
  if (typeof plan.site !== 'string') problems.add(msg`Invalid approved-plan: site must be a string.`)
  if (plan.org !== null && typeof plan.org !== 'string')
    problems.add(msg`Invalid approved-plan: org must be a string or null.`)
  if (!Array.isArray(plan.changes)) problems.add(msg`Invalid approved-plan: changes must be a list.`)
  else
    plan.changes.forEach((change: unknown, index) =>
      checkChange(change, msg`approved-plan, change ${index + 1}`, problems)
    )
  problems.throwIfAny(origin)
  return data as ApprovedPlan
}

function checkChange(change: unknown, where: Message, problems: Problems): void {
  const map = record(change, where, CHANGE_KEYS, problems)
  if (!map) return
  if (typeof map['sink-org'] !== 'string') problems.add(msg`Invalid ${where}: sink-org must be a string.`)
  if (typeof map.action !== 'string' || !ACTIONS.includes(map.action)) {
    problems.add(msg`Invalid ${where}: action must be one of ${ACTIONS}.`)
  }
  if (map['connection-id'] !== null && typeof map['connection-id'] !== 'string') {
    problems.add(msg`Invalid ${where}: connection-id must be a string or null.`)
  }
  for (const key of ['from', 'to'] as const) {
    const types = map[key]
    if (types !== null && !(Array.isArray(types) && types.every(type => typeof type === 'string'))) {
      problems.add(msg`Invalid ${where}: ${key} must be a list of type names or null.`)
    }
  }
}

/** A JSON object with exactly `keys`; undefined (its problem collected) otherwise. */
function record(
  value: unknown,
  where: Message,
  keys: string[],
  problems: Problems
): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.add(msg`Invalid ${where}: expected an object with the keys ${keys}.`)
    return undefined
  }
  const given = Object.keys(value)
  const missing = keys.filter(key => !given.includes(key))
  const unknown = given.filter(key => !keys.includes(key))
  if (missing.length > 0) problems.add(msg`Invalid ${where}: missing ${missing}.`)
  if (unknown.length > 0)
    problems.add(msg`Invalid ${where}: unknown key ${unknown}; expected the plan output unchanged.`)
  return missing.length > 0 ? undefined : (value as Record<string, unknown>)
}
