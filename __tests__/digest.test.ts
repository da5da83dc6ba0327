import { canonicalJson, changeOf, planDigest, planDocument } from '../src/digest.js'
import type { Plan } from '../src/plan.js'
import { connection, OTHER_SINK, SINK, SOURCE_ORG } from './fixtures/index.js'

const existing = connection({ id: 'c0ffee00-0000-4000-8000-00000000000a', connectionTypes: ['metrics', 'logs'] })
const plans: Plan[] = [
  {
    action: 'update',
    sinkOrgId: SINK,
    connection: existing,
    change: { from: ['metrics', 'logs'], to: ['audit', 'logs'], added: ['audit'], removed: ['metrics'] }
  },
  { action: 'create', sinkOrgId: OTHER_SINK, to: ['logs'] }
]
const site = 'https://api.datadoghq.eu'

describe('planDocument', () => {
  it('lists every change sorted by sink org, with sorted types and null where nothing is', () => {
    expect(planDocument(site, null, plans)).toEqual({
      site,
      org: null,
      changes: [
        {
          'sink-org': SINK,
          action: 'update',
          'connection-id': existing.id,
          from: ['logs', 'metrics'],
          to: ['audit', 'logs']
        },
        { 'sink-org': OTHER_SINK, action: 'create', 'connection-id': null, from: null, to: ['logs'] }
      ].sort((a, b) => a['sink-org'].localeCompare(b['sink-org']))
    })
  })

  it('calls unchanged, kept and nothing-to-delete all none', () => {
    const kept: Plan = {
      action: 'keep',
      sinkOrgId: SINK,
      connection: existing,
      difference: { from: [], to: ['logs'], added: [], removed: [] }
    }
    expect([changeOf({ action: 'unchanged', sinkOrgId: SINK, connection: existing }), changeOf(kept)]).toEqual([
      {
        'sink-org': SINK,
        action: 'none',
        'connection-id': existing.id,
        from: ['logs', 'metrics'],
        to: ['logs', 'metrics']
      },
      {
        'sink-org': SINK,
        action: 'none',
        'connection-id': existing.id,
        from: ['logs', 'metrics'],
        to: ['logs', 'metrics']
      }
    ])
    expect(changeOf({ action: 'nothing-to-delete', sinkOrgId: SINK })).toEqual({
      'sink-org': SINK,
      action: 'none',
      'connection-id': null,
      from: null,
      to: null
    })
    expect(changeOf({ action: 'delete', sinkOrgId: SINK, connection: existing, pruned: true }).to).toBeNull()
  })
})

describe('planDigest', () => {
  const digest = planDigest(planDocument(site, null, plans))

  it('is sha256: and 64 hex digits', () => {
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('does not change with the order of the plans, or the case and order of ids and types', () => {
    const shuffled: Plan[] = [
      { action: 'create', sinkOrgId: OTHER_SINK.toUpperCase(), to: ['logs'] },
      {
        ...plans[0],
        sinkOrgId: SINK.toUpperCase(),
        change: { ...(plans[0] as Extract<Plan, { action: 'update' }>).change, to: ['logs', 'audit'] }
      } as Plan
    ]
    expect(planDigest(planDocument(site, null, shuffled))).toBe(digest)
  })

  it('changes with any change of the plan', () => {
    const variants: Plan[][] = [
      [plans[0]],
      [plans[0], { action: 'create', sinkOrgId: OTHER_SINK, to: ['logs', 'audit'] }],
      [{ action: 'unchanged', sinkOrgId: SINK, connection: existing }, plans[1]],
      [{ action: 'delete', sinkOrgId: SINK, connection: existing, pruned: false }, plans[1]]
    ]
    const digests = variants.map(v => planDigest(planDocument(site, null, v)))
    expect(new Set([digest, ...digests]).size).toBe(variants.length + 1)
    expect(planDigest(planDocument('https://api.datadoghq.com', null, plans))).not.toBe(digest)
    // An approval belongs to one org: the keys' org is part of what is digested.
    expect(planDigest(planDocument(site, SOURCE_ORG.id, plans))).not.toBe(digest)
    expect(planDigest(planDocument(site, SOURCE_ORG.id.toUpperCase(), plans))).toBe(
      planDigest(planDocument(site, SOURCE_ORG.id, plans))
    )
  })
})

describe('canonicalJson', () => {
  it('sorts keys at every level and leaves no whitespace', () => {
    expect(canonicalJson({ b: [{ d: 1, c: null }], a: 'x y' })).toBe('{"a":"x y","b":[{"c":null,"d":1}]}')
  })
})
