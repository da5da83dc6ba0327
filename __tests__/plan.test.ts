import type { OrgConnection } from '../src/datadog/model.js'
import { type Plan, planConnection, planList, typeChange, writes } from '../src/plan.js'
import type { Wish } from '../src/wish.js'
import { connection, OTHER_SINK, SINK, wish } from './fixtures/index.js'

const third = 'e2e2e2e2-0000-4000-8000-000000000003'

describe('planConnection over the whole table', () => {
  const same = connection({ connectionTypes: ['metrics', 'logs'] })
  const other = connection({ connectionTypes: ['logs'] })
  const twin = connection({ connectionTypes: ['logs'] })
  const rows: { name: string; existing: OrgConnection[]; wish: Partial<Wish>; action: Plan['action'] | 'refused' }[] = [
    { name: 'nothing exists, present', existing: [], wish: {}, action: 'create' },
    {
      name: 'same types (as sets), update',
      existing: [same],
      wish: { connectionTypes: ['logs', 'metrics'] },
      action: 'unchanged'
    },
    {
      name: 'same types, keep',
      existing: [same],
      wish: { connectionTypes: ['logs', 'metrics'], ifExists: 'keep' },
      action: 'unchanged'
    },
    {
      name: 'same types, fail',
      existing: [same],
      wish: { connectionTypes: ['logs', 'metrics'], ifExists: 'fail' },
      action: 'unchanged'
    },
    { name: 'other types, update', existing: [other], wish: { connectionTypes: ['logs', 'audit'] }, action: 'update' },
    {
      name: 'other types, keep',
      existing: [other],
      wish: { connectionTypes: ['audit'], ifExists: 'keep' },
      action: 'keep'
    },
    {
      name: 'other types, fail',
      existing: [other],
      wish: { connectionTypes: ['audit'], ifExists: 'fail' },
      action: 'refused'
    },
    { name: 'several matches, present', existing: [same, twin], wish: {}, action: 'refused' },
    { name: 'several matches, absent', existing: [same, twin], wish: { state: 'absent' }, action: 'refused' },
    { name: 'exists, absent', existing: [other], wish: { state: 'absent' }, action: 'delete' },
    { name: 'nothing exists, absent', existing: [], wish: { state: 'absent' }, action: 'nothing-to-delete' }
  ]
  it.each(rows)('$name: $action', row => {
    const planning = planConnection(row.existing, wish(row.wish))
    expect(planning.plan?.action ?? 'refused').toBe(row.action)
  })

  it('lists the ids of several matches and does not guess', () => {
    const { refusal } = planConnection([same, twin], wish())
    expect(refusal?.reason.text()).toContain(`Found 2 connections to sink org ${SINK} (${same.id}, ${twin.id})`)
  })

  it('names the existing connection when if-exists is fail', () => {
    const { refusal } = planConnection([other], wish({ connectionTypes: ['audit'], ifExists: 'fail' }))
    expect(refusal?.reason.text()).toMatch(`exists already (${other.id}) with types logs, not audit`)
  })

  it('carries the type change of an update and the difference that keep leaves', () => {
    expect(planConnection([other], wish({ connectionTypes: ['logs', 'audit'] })).plan).toEqual({
      action: 'update',
      sinkOrgId: SINK,
      connection: other,
      change: { from: ['logs'], to: ['logs', 'audit'], added: ['audit'], removed: [] }
    })
    expect(planConnection([other], wish({ connectionTypes: ['audit'], ifExists: 'keep' })).plan).toMatchObject({
      action: 'keep',
      difference: { added: ['audit'], removed: ['logs'] }
    })
  })

  it('adopts a connection our own lost create made, but not an older one', () => {
    const since = Date.parse('2026-11-20T10:00:00Z')
    const fresh = connection({ createdAt: '2026-11-20T10:00:01.000000+00:00' })
    const old = connection({ createdAt: '2026-11-20T09:00:00.000000+00:00' })
    expect(planConnection([fresh], wish(), { since }).plan?.action).toBe('adopt')
    expect(planConnection([old], wish(), { since }).plan?.action).toBe('unchanged')
    expect(planConnection([fresh], wish()).plan?.action).toBe('unchanged')
  })
})

describe('planList', () => {
  const toSink = connection({ connectionTypes: ['logs'] })
  const toOther = connection({ sink: { id: OTHER_SINK }, connectionTypes: ['metrics'] })
  const toThird = connection({ sink: { id: third }, connectionTypes: ['audit'] })

  it('plans each entry against the connections to its own sink org, in list order', () => {
    const { plans, refusals } = planList(
      [toSink, toOther],
      [
        wish({ sinkOrgId: OTHER_SINK, connectionTypes: ['metrics', 'logs'] }),
        wish({ sinkOrgId: SINK }),
        wish({ sinkOrgId: third })
      ],
      false
    )
    expect(refusals).toEqual([])
    expect(plans.map(p => [p.action, p.sinkOrgId])).toEqual([
      ['update', OTHER_SINK],
      ['unchanged', SINK],
      ['create', third]
    ])
  })

  it('leaves connections to unlisted sink orgs alone without prune, and deletes them with it, after the list', () => {
    const wishes = [wish({ sinkOrgId: SINK })]
    expect(planList([toSink, toThird, toOther], wishes, false).plans.map(p => p.action)).toEqual(['unchanged'])
    const pruned = planList([toSink, toThird, toOther], wishes, true).plans
    expect(pruned.map(p => [p.action, p.sinkOrgId])).toEqual([
      ['unchanged', SINK],
      ['delete', OTHER_SINK],
      ['delete', third]
    ])
    expect(pruned.filter(writes).every(p => p.action === 'delete' && p.pruned)).toBe(true)
  })

  it('collects every refusal instead of stopping at the first', () => {
    const twin = connection({ connectionTypes: ['logs'] })
    const { plans, refusals } = planList(
      [toSink, twin, toOther],
      [
        wish({ sinkOrgId: SINK }),
        wish({ sinkOrgId: OTHER_SINK, connectionTypes: ['logs'], ifExists: 'fail' }),
        wish({ sinkOrgId: third })
      ],
      false
    )
    expect(refusals.map(r => r.sinkOrgId)).toEqual([SINK, OTHER_SINK])
    expect(plans.map(p => p.action)).toEqual(['create'])
  })

  it('matches sink org ids whatever their case', () => {
    const upper = connection({ sink: { id: OTHER_SINK.toUpperCase() } })
    expect(planList([upper], [wish({ sinkOrgId: OTHER_SINK })], true).plans.map(p => p.action)).toEqual(['unchanged'])
  })
})

describe('typeChange', () => {
  it('compares as sets, whatever the order and case', () => {
    expect(typeChange(['Logs', 'metrics'], ['metrics', 'logs'])).toBeUndefined()
    expect(typeChange(['logs'], ['audit'])).toEqual({
      from: ['logs'],
      to: ['audit'],
      added: ['audit'],
      removed: ['logs']
    })
  })
})
