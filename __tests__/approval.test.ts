import { changesInWords, gateFor, notApproved, unapproved } from '../src/approval.js'
import { changeOf, planDigest, planDocument, type PlanDocument } from '../src/digest.js'
import { PlanChangedError, WrongOrgError } from '../src/errors.js'
import type { Plan } from '../src/plan.js'
import { connection, OTHER_SINK, SINK, SOURCE_ORG } from './fixtures/index.js'

const site = 'https://api.datadoghq.eu'
const org = SOURCE_ORG.id
const existing = connection({ id: 'c0ffee00-0000-4000-8000-0000000000a1', connectionTypes: ['metrics', 'audit'] })
const create: Plan = { action: 'create', sinkOrgId: SINK, to: ['logs'] }
const update: Plan = {
  action: 'update',
  sinkOrgId: SINK,
  connection: existing,
  change: { from: ['metrics', 'audit'], to: ['logs'], added: ['logs'], removed: ['metrics', 'audit'] }
}
const unchanged: Plan = { action: 'unchanged', sinkOrgId: SINK, connection: existing }
const remove: Plan = { action: 'delete', sinkOrgId: OTHER_SINK, connection: connection(), pruned: true }
const doc = (plans: Plan[], forOrg: string | null = org): PlanDocument => planDocument(site, forOrg, plans)
const approve = (plans: Plan[], extra: { expectedDigest?: string } = {}) => ({
  approvedPlan: doc(plans),
  required: false,
  ...extra
})

describe('gateFor', () => {
  it('is open without an approval', () => {
    expect(gateFor({ required: false }, doc([create]), planDigest(doc([create])))).toEqual({ gate: { kind: 'open' } })
  })

  it('with approved-plan, covers exactly its changes and names its digest', () => {
    const decision = gateFor(approve([create, remove]), doc([create]), planDigest(doc([create])))
    expect(decision).toEqual({
      gate: {
        kind: 'approved',
        changes: doc([create, remove]).changes,
        digest: planDigest(doc([create, remove])),
        by: 'approved-plan'
      }
    })
  })

  it('refuses an approved-plan whose digest is not expected-plan-digest (plan-changed)', () => {
    const decision = gateFor(approve([create], { expectedDigest: planDigest(doc([remove])) }), doc([create]), '')
    expect('refusal' in decision && decision.refusal).toBeInstanceOf(PlanChangedError)
    expect('refusal' in decision && decision.refusal.detail.text()).toMatch(/not the .* of expected-plan-digest/)
  })

  it('accepts approved-plan and expected-plan-digest of the same plan', () => {
    const decision = gateFor(approve([create], { expectedDigest: planDigest(doc([create])) }), doc([]), '')
    expect('gate' in decision && decision.gate.kind).toBe('approved')
  })

  it('refuses an approval of another org (wrong-org), another site, or no org (plan-changed)', () => {
    const otherOrg = gateFor(approve([create]), doc([create], OTHER_SINK), '')
    expect('refusal' in otherOrg && otherOrg.refusal).toBeInstanceOf(WrongOrgError)
    const otherSite = gateFor(approve([create]), planDocument('https://api.datadoghq.com', org, [create]), '')
    expect('refusal' in otherSite && otherSite.refusal.reason).toBe('plan-changed')
    const noOrg = gateFor({ required: false, approvedPlan: doc([create], null) }, doc([create]), '')
    expect('refusal' in noOrg && noOrg.refusal.detail.text()).toMatch(/names no org/)
  })

  it('with a digest only: applies a matching plan with its own changes', () => {
    const now = doc([create])
    const decision = gateFor({ required: false, expectedDigest: planDigest(now) }, now, planDigest(now))
    expect(decision).toEqual({
      gate: { kind: 'approved', changes: now.changes, digest: planDigest(now), by: 'expected-plan-digest' }
    })
  })

  it('with a digest only: a different plan that writes nothing passes with a notice; one that writes fails', () => {
    const approved = planDigest(doc([create]))
    const done = gateFor({ required: false, expectedDigest: approved }, doc([unchanged]), planDigest(doc([unchanged])))
    expect('notice' in done && done.notice?.text()).toMatch(/differs from the approved one .* nothing to write/)
    const other = gateFor({ required: false, expectedDigest: approved }, doc([update]), planDigest(doc([update])))
    expect('refusal' in other && other.refusal).toBeInstanceOf(PlanChangedError)
    expect('refusal' in other && other.refusal.detail.text()).toContain(`update ${SINK}`)
  })
})

describe('unapproved', () => {
  const gate = {
    kind: 'approved',
    changes: doc([create, remove]).changes,
    digest: 'sha256:x',
    by: 'approved-plan'
  } as const

  it('lets every approved write and every plan that writes nothing through', () => {
    expect(unapproved([create, remove, unchanged, { action: 'nothing-to-delete', sinkOrgId: SINK }], gate)).toEqual([])
  })

  it('stops a write the approval does not hold: another action, other types, another connection', () => {
    const otherTypes: Plan = { action: 'create', sinkOrgId: SINK, to: ['logs', 'metrics'] }
    const otherConnection: Plan = { ...remove, connection: connection() }
    expect(unapproved([update, otherTypes, otherConnection], gate)).toEqual([update, otherTypes, otherConnection])
  })

  it('compares types as sets, whatever their case and order', () => {
    const approved = { ...gate, changes: [changeOf({ action: 'create', sinkOrgId: SINK, to: ['metrics', 'logs'] })] }
    expect(unapproved([{ action: 'create', sinkOrgId: SINK, to: ['LOGS', 'metrics'] }], approved)).toEqual([])
  })

  it('lets everything through an open gate', () => {
    expect(unapproved([update, create], { kind: 'open' })).toEqual([])
  })

  it('says what was not approved, and whether the run stopped before or during its writes', () => {
    expect(notApproved([update], gate, 'before').detail.text()).toMatch(
      /1 change\(s\) of this run were not approved: update .*metrics.* -> .*logs.*Nothing was written/
    )
    expect(notApproved([update], gate, 'during').detail.text()).toMatch(/The run stopped before it/)
    expect(changesInWords(doc([unchanged]).changes).text()).toBe('nothing to write')
  })
})
