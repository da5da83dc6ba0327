/**
 * reconcile: read -> plan -> check -> write. It reads who the keys belong to and what exists, plans every wish,
 * checks the plan against what was approved, then writes what the plan says, one request at a time. The one
 * shortcut: a plain create of one connection POSTs first (one request) and reads only if Datadog answers 409 or 404.
 */
import { gateFor, notApproved, unapproved } from './approval.js'
import type { OrgConnection } from './datadog/model.js'
import { planDigest, planDocument } from './digest.js'
import { PlanRefusedError, StepError, WrongOrgError } from './errors.js'
import { exportedList } from './export.js'
import { join, msg, words } from './message.js'
import type { Identity, Outcome } from './outcome.js'
import { type Plan, type Refusal, planConnection, planList, unnamedSink } from './plan.js'
import type { Settings, Target, Wish } from './settings.js'
import { type ConnectionsApi, type Hooks, type Writer, attempt, carryOutAll } from './write.js'

export type { ConnectionsApi, Hooks }

export async function reconcile(api: ConnectionsApi, settings: Settings, hooks: Hooks): Promise<Outcome> {
  const { target } = settings
  if (target.kind === 'single' && createsFirst(settings)) return createFirst(api, settings, target.wish, hooks)

  const identity = await checkedIdentity(api, settings)
  const own = ownConnections(identity)
  if (target.kind === 'export') {
    const exported = exportedList(own(await api.list({ sourceOrgId: identity.orgId })), identity, settings.siteLabel)
    return { ...nothingPlanned(settings, identity), exported }
  }
  const { wishes, others } = wishesOf(target, identity)
  const existing = own(
    await api.list(target.kind === 'single' ? { sinkOrgId: target.wish.sinkOrgId } : { sourceOrgId: identity.orgId })
  )
  const { plans, refusals, undeclared } =
    target.kind === 'single' ? single(existing, target.wish) : planList(existing, wishes, target.prune)

  const document = planDocument(settings.baseUrl, identity.orgId, plans)
  const digest = planDigest(document)
  const planned = { ...nothingPlanned(settings, identity), document, digest, undeclared, otherOrgEntries: others }
  if (refusals.length > 0) return { ...planned, stopped: refused(refusals) }
  const decision = gateFor(settings.approval, document, digest)
  if ('refusal' in decision) return { ...planned, stopped: decision.refusal }
  const { gate } = decision
  const notices = decision.notice ? [decision.notice] : []
  const blocked = unapproved(plans, gate)
  if (blocked.length > 0) return { ...planned, gate, notices, stopped: notApproved(blocked, gate, 'before') }

  const writer: Writer = { api, gate, wishes: new Map(wishes.map(w => [w.sinkOrgId, w])), own, hooks }
  return { ...planned, gate, notices, ...(await carryOutAll(writer, plans, settings.dryRun)) }
}

/** A plain apply of one connection that should exist, with nothing to check first: POST, and read only on 409. */
function createsFirst(settings: Settings): boolean {
  const { target, dryRun, approval } = settings
  return (
    target.kind === 'single' &&
    target.wish.state === 'present' &&
    !dryRun &&
    !approval.approvedPlan &&
    !approval.expectedDigest
  )
}

async function createFirst(api: ConnectionsApi, settings: Settings, wish: Wish, hooks: Hooks): Promise<Outcome> {
  const identity = settings.sourceOrg ? await checkedIdentity(api, settings) : undefined
  const plan: Plan = { action: 'create', sinkOrgId: wish.sinkOrgId, to: wish.connectionTypes }
  const writer: Writer = {
    api,
    gate: { kind: 'open' },
    wishes: new Map([[wish.sinkOrgId, wish]]),
    own: ownConnections(identity),
    hooks
  }
  let entry = await attempt(writer, plan)
  if (isNotFound(entry)) {
    // Only on this error path: is the sink org the keys' own org? Datadog answers 404 for that too.
    const failure = await ownOrgAsSink(api, wish.sinkOrgId)
    if (failure) entry = { ...entry, error: { detail: failure.detail, reason: failure.reason } }
  }
  hooks.done(entry)
  const document = planDocument(settings.baseUrl, identity?.orgId ?? null, [entry.plan])
  return { ...nothingPlanned(settings, identity), entries: [entry], document, digest: planDigest(document) }
}

function isNotFound(entry: Outcome['entries'][number]): boolean {
  return entry.plan.action === 'create' && entry.error?.status === 404
}

async function ownOrgAsSink(api: ConnectionsApi, sinkOrgId: string): Promise<StepError | undefined> {
  try {
    const me = await api.currentUser()
    return me.orgId.toLowerCase() === sinkOrgId ? ownOrgRefusal(sinkOrgId) : undefined
  } catch {
    return undefined
  }
}

function ownOrgRefusal(orgId: string): PlanRefusedError {
  return new PlanRefusedError(
    msg`Sink org ${orgId} is the org of the keys: an org cannot share with itself. Nothing was written. ${words(
      "Use the source org's keys, and name the org that should see its data as the sink."
    )}`
  )
}

/** Who the keys belong to, checked against source-org and the account file, and never one of the sink orgs. */
async function checkedIdentity(api: ConnectionsApi, settings: Settings): Promise<Identity> {
  const user = await api.currentUser()
  const identity = { ...user, orgId: user.orgId.toLowerCase() }
  const named = identity.orgName ? msg`${identity.orgId} (${identity.orgName})` : msg`${identity.orgId}`
  const pinned = settings.sourceOrg
  if (pinned && identity.orgId !== pinned.id) {
    const alias = pinned.alias ? msg` (${pinned.alias})` : words('')
    throw new WrongOrgError(
      msg`The keys belong to org ${named}, not to source-org ${pinned.id}${alias}. Nothing was written. ${words(CHECK_KEYS)}`
    )
  }
  const { target } = settings
  if (target.kind === 'list' && target.account && !target.account.governed.includes(identity.orgId)) {
    throw new WrongOrgError(
      msg`The keys belong to org ${named}, which is the source of no entry of ${target.origin}: nothing was read or written. ${words(
        'The file governs only the orgs it names as a source. Use the keys of one of them, ' +
          'or add entries for this org (state: absent to remove its connections).'
      )}`
    )
  }
  const wishes =
    target.kind === 'single' ? [target.wish] : target.kind === 'list' ? wishesOf(target, identity).wishes : []
  if (wishes.some(wish => wish.sinkOrgId === identity.orgId)) throw ownOrgRefusal(identity.orgId)
  return identity
}

const CHECK_KEYS = 'Check which secrets this job uses (api-key, app-key), or correct source-org.'

/** The wishes for this org: all of a plain list, those whose source is this org in an account file. */
function wishesOf(target: Target, identity: Identity): { wishes: Wish[]; others: number } {
  if (target.kind === 'single') return { wishes: [target.wish], others: 0 }
  if (target.kind === 'export') return { wishes: [], others: 0 }
  const wishes = target.wishes.filter(w => w.sourceOrgId === undefined || w.sourceOrgId === identity.orgId)
  return { wishes, others: target.wishes.length - wishes.length }
}

/**
 * Only this org's own connections are planned (a listing by sink org also shows connections other orgs made to it),
 * and each must name its sink org: without it, no decision about a sink org can be made.
 */
function ownConnections(identity: Identity | undefined): (connections: OrgConnection[]) => OrgConnection[] {
  return connections => {
    const ours = (c: OrgConnection): boolean => {
      if (!identity) return true
      // A connection to the keys' org was made by another org, whatever the answer leaves out.
      if (c.sinkOrg?.id.toLowerCase() === identity.orgId) return false
      return c.sourceOrg === undefined || c.sourceOrg.id.toLowerCase() === identity.orgId
    }
    const own = connections.filter(ours)
    const unnamed = unnamedSink(own)
    if (unnamed.length > 0) {
      throw new StepError(
        msg`Datadog listed ${unnamed.length} connection(s) without a sink org (relationships.sink_org): ${unnamed.map(c => c.id)}. ${words(
          'Which sink org they serve decides what to do, so nothing was written. Re-run; if it persists, check api-url and any gateway on the way.'
        )}`,
        'read-failed'
      )
    }
    return own
  }
}

function single(
  existing: OrgConnection[],
  wish: Wish
): { plans: Plan[]; refusals: Refusal[]; undeclared: OrgConnection[] } {
  const planning = planConnection(existing, wish)
  return planning.plan
    ? { plans: [planning.plan], refusals: [], undeclared: [] }
    : { plans: [], refusals: [planning.refusal], undeclared: [] }
}

function refused(refusals: Refusal[]): PlanRefusedError {
  if (refusals.length === 1) return new PlanRefusedError(msg`${refusals[0].reason} Nothing was written.`)
  const reasons = join(
    refusals.map(r => r.reason),
    ' '
  )
  return new PlanRefusedError(msg`${refusals.length} entries were refused, so nothing was written: ${reasons}`)
}

/** An outcome with no plan yet: what every path starts from. */
function nothingPlanned(settings: Settings, identity: Identity | undefined): Outcome {
  const document = planDocument(settings.baseUrl, identity?.orgId ?? null, [])
  return {
    dryRun: settings.dryRun,
    entries: [],
    identity,
    document,
    digest: planDigest(document),
    undeclared: [],
    otherOrgEntries: 0,
    gate: { kind: 'open' },
    notices: []
  }
}
