import type { OrgConnection } from '../src/datadog/model.js'
import { planConnection, resultOf, typeChange, type Plan, type Wish } from '../src/plan.js'

const SINK = '83999dcd-7f97-11f0-8de1-1ecf66f1aa85'
function connection(
  types: string[],
  id = 'c0000000-0000-4000-8000-000000000001',
  createdAt = '2026-11-20T10:00:00.000000+00:00'
): OrgConnection {
  return { id, connectionTypes: types, createdAt, sinkOrg: { id: SINK, name: 'Sec' }, raw: { id } }
}
const present = (types: Wish['connectionTypes'], ifExists: Wish['ifExists'] = 'update'): Wish => ({
  state: 'present',
  connectionTypes: types,
  ifExists
})
const absent: Wish = { state: 'absent', connectionTypes: [], ifExists: 'update' }

describe('planConnection over the whole table', () => {
  const same = connection(['metrics', 'logs'])
  const other = connection(['logs'])
  const rows: [string, OrgConnection[], Wish, Plan['action'], string | undefined, string | undefined][] = [
    // name, existing, wish, action, result applied, result in a dry run
    ['nothing exists, present', [], present(['logs']), 'create', 'created', 'would-create'],
    ['same types (as sets), update', [same], present(['logs', 'metrics']), 'none', 'unchanged', 'unchanged'],
    ['same types, keep', [same], present(['logs', 'metrics'], 'keep'), 'none', 'unchanged', 'unchanged'],
    ['same types, fail', [same], present(['logs', 'metrics'], 'fail'), 'none', 'unchanged', 'unchanged'],
    ['different types, update', [other], present(['logs', 'audit']), 'update', 'updated', 'would-update'],
    ['different types, keep', [other], present(['logs', 'audit'], 'keep'), 'none', 'unchanged', 'unchanged'],
    ['different types, fail', [other], present(['logs', 'audit'], 'fail'), 'refuse', undefined, undefined],
    [
      'several matches, present',
      [same, connection(['logs'], 'c0000000-0000-4000-8000-000000000002')],
      present(['logs']),
      'refuse',
      undefined,
      undefined
    ],
    [
      'several matches, absent',
      [same, connection(['logs'], 'c0000000-0000-4000-8000-000000000002')],
      absent,
      'refuse',
      undefined,
      undefined
    ],
    ['exists, absent', [other], absent, 'delete', 'deleted', 'would-delete'],
    ['nothing exists, absent', [], absent, 'nothing-to-delete', 'absent', 'absent']
  ]
  it.each(rows)('%s', (_, existing, wish, action, applied, dry) => {
    const plan = planConnection(existing, wish)
    expect(plan.action).toBe(action)
    const results = (dryRun: boolean): string | undefined => {
      try {
        return resultOf(plan, dryRun)
      } catch {
        return undefined
      }
    }
    expect([results(false), results(true)]).toEqual([applied, dry])
  })

  it('never lets a dry-run result equal an applied one for a write', () => {
    for (const plan of [
      planConnection([], present(['logs'])),
      planConnection([other], present(['audit'])),
      planConnection([other], absent)
    ]) {
      expect(resultOf(plan, true)).not.toBe(resultOf(plan, false))
    }
  })

  it('lists the ids of several matches and does not guess', () => {
    const plan = planConnection([same, connection(['logs'], 'c0000000-0000-4000-8000-000000000002')], present(['logs']))
    expect(plan).toEqual({
      action: 'refuse',
      reason: expect.stringContaining(
        'Found 2 connections to the sink org (c0000000-0000-4000-8000-000000000001, c0000000-0000-4000-8000-000000000002)'
      )
    })
  })

  it('names the existing connection when if-exists is fail', () => {
    const plan = planConnection([other], present(['audit'], 'fail'))
    expect(plan.action === 'refuse' && plan.reason).toMatch(
      /exists already \(c0000000-0000-4000-8000-000000000001\) with types logs, not audit/
    )
  })

  it('carries the type change for update and keep', () => {
    expect(planConnection([other], present(['logs', 'audit']))).toEqual({
      action: 'update',
      connection: other,
      change: { from: ['logs'], to: ['logs', 'audit'], added: ['audit'], removed: [] }
    })
    expect(planConnection([other], present(['metrics'], 'keep'))).toEqual({
      action: 'none',
      connection: other,
      kept: { from: ['logs'], to: ['metrics'], added: ['metrics'], removed: ['logs'] }
    })
  })
})

describe('a retried create that met 409', () => {
  const since = Date.parse('2026-11-25T12:00:00Z')
  it('adopts a connection with the wanted types made since our first attempt: result created', () => {
    const ours = connection(['logs'], undefined, '2026-11-25T12:00:01.123456+00:00')
    const plan = planConnection([ours], present(['logs'], 'fail'), { since })
    expect(plan).toEqual({ action: 'adopt', connection: ours })
    expect(resultOf(plan, false)).toBe('created')
  })
  it('tolerates a little clock skew, but not an old connection', () => {
    expect(
      planConnection([connection(['logs'], undefined, '2026-11-25T11:59:00.000000+00:00')], present(['logs']), {
        since
      }).action
    ).toBe('adopt')
    expect(
      planConnection([connection(['logs'], undefined, '2026-11-20T10:00:00.000000+00:00')], present(['logs']), {
        since
      }).action
    ).toBe('none')
  })
  it('treats a connection with other types as somebody else’s', () => {
    const theirs = connection(['metrics'], undefined, '2026-11-25T12:00:01.000000+00:00')
    expect(planConnection([theirs], present(['logs']), { since }).action).toBe('update')
  })
})

describe('typeChange', () => {
  it('compares as sets, case-insensitively', () => {
    expect(typeChange(['logs', 'metrics'], ['metrics', 'logs'])).toBeUndefined()
    expect(typeChange(['LOGS'], ['logs'])).toBeUndefined()
    expect(typeChange(['logs', 'metrics'], ['audit'])).toEqual({
      from: ['logs', 'metrics'],
      to: ['audit'],
      added: ['audit'],
      removed: ['logs', 'metrics']
    })
  })
})
