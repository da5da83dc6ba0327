import { InputError } from '../../src/errors.js'
import { MAX_PLAN_BYTES, readApproval, readApprovedPlan } from '../../src/inputs/approval.js'

// The keys' org and a sink org from the contract's examples (../shared/datadog/examples).
const ORG = '4dee724d-00cc-11ea-a77b-570c9d03c6c5'
const SINK = '83999dcd-7f97-11f0-8de1-1ecf66f1aa85'
const CONNECTION = 'f9ec96b0-8c8a-4b0a-9b0a-1b2c3d4e5f6a'
const plan = {
  site: 'https://api.datadoghq.com',
  org: ORG,
  changes: [
    { 'sink-org': SINK, action: 'update', 'connection-id': CONNECTION, from: ['logs'], to: ['logs', 'metrics'] },
    {
      'sink-org': '3ad549bf-eba0-11e9-a77a-0705486660d0',
      action: 'create',
      'connection-id': null,
      from: null,
      to: ['audit']
    }
  ]
}
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''
const refusal = (text: string): string => {
  try {
    readApprovedPlan(text)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  return 'accepted'
}

describe('readApprovedPlan', () => {
  it('reads the plan output as it is written, the keys org null or a UUID', () => {
    expect(readApprovedPlan(JSON.stringify(plan))).toEqual(plan)
    expect(readApprovedPlan(JSON.stringify({ ...plan, org: null, changes: [] }))).toEqual({
      ...plan,
      org: null,
      changes: []
    })
  })

  const change = (override: Record<string, unknown>) =>
    JSON.stringify({ ...plan, changes: [{ ...plan.changes[0], ...override }] })
  it.each([
    [
      'not JSON',
      '{site:',
      'Invalid approved-plan: not JSON. Expected the plan output of the approved plan job, unchanged.'
    ],
    ['a list', '[]', 'Invalid approved-plan: expected an object with the keys site, org, changes.'],
    ['a plan without org', JSON.stringify({ site: plan.site, changes: [] }), 'Invalid approved-plan: missing org.'],
    [
      'an unknown key',
      JSON.stringify({ ...plan, note: 'x' }),
      'Invalid approved-plan: unknown key note; expected the plan output unchanged.'
    ],
    [
      'a site that is not a string',
      JSON.stringify({ ...plan, site: 1 }),
      'Invalid approved-plan: site must be a string.'
    ],
    [
      'an org that is a number',
      JSON.stringify({ ...plan, org: 7 }),
      'Invalid approved-plan: org must be a string or null.'
    ],
    [
      'changes that are not a list',
      JSON.stringify({ ...plan, changes: {} }),
      'Invalid approved-plan: changes must be a list.'
    ],
    [
      'an unknown action',
      change({ action: 'replace' }),
      'Invalid approved-plan, change 1: action must be one of create, update, delete, none.'
    ],
    [
      'a change without to',
      JSON.stringify({ ...plan, changes: [{ ...plan.changes[0], to: undefined }] }),
      'Invalid approved-plan, change 1: missing to.'
    ],
    [
      'a connection id that is a number',
      change({ 'connection-id': 5 }),
      'Invalid approved-plan, change 1: connection-id must be a string or null.'
    ],
    [
      'types that are not names',
      change({ from: ['logs', 1] }),
      'Invalid approved-plan, change 1: from must be a list of type names or null.'
    ],
    [
      'a sink org that is missing its value',
      change({ 'sink-org': null }),
      'Invalid approved-plan, change 1: sink-org must be a string.'
    ]
  ])('refuses %s', (_, text, message) => {
    expect(refusal(text)).toBe(message)
  })

  it('names every wrong change at once', () => {
    const text = JSON.stringify({
      ...plan,
      changes: [{ ...plan.changes[0], action: 'x' }, plan.changes[1], { ...plan.changes[1], to: 'audit' }]
    })
    expect(refusal(text).split('\n')).toEqual([
      'Invalid approved-plan: 2 problems, each to fix:',
      '  Invalid approved-plan, change 1: action must be one of create, update, delete, none.',
      '  Invalid approved-plan, change 3: to must be a list of type names or null.'
    ])
  })

  it('refuses a text longer than any plan output before parsing it', () => {
    expect(refusal(' '.repeat(MAX_PLAN_BYTES + 1))).toMatch(/^Invalid approved-plan: more than 1048576 bytes/)
  })
})

describe('readApproval', () => {
  const digest = `sha256:${'AB'.repeat(32)}`

  it.each([
    ['nothing', {}, { required: false }],
    [
      'a digest, lower-cased',
      { 'expected-plan-digest': digest },
      { expectedDigest: digest.toLowerCase(), required: false }
    ],
    [
      'a plan',
      { 'approved-plan': JSON.stringify(plan), 'require-approval': 'true' },
      { approvedPlan: plan, required: true }
    ],
    [
      'both',
      { 'approved-plan': JSON.stringify(plan), 'expected-plan-digest': digest, 'require-approval': 'false' },
      { approvedPlan: plan, expectedDigest: digest.toLowerCase(), required: false }
    ]
  ])('reads %s', (_, inputs, expected) => {
    expect(readApproval(reader(inputs))).toEqual(expected)
  })

  it('fails closed when an approval is required and neither input is set', () => {
    expect(() => readApproval(reader({ 'require-approval': 'TRUE' }))).toThrow(
      new InputError(
        'Input require-approval is true but approved-plan and expected-plan-digest are both empty: ' +
          'the gate fails closed, and nothing is read or written. ' +
          'Wire the approved plan job to this one: approved-plan: ${{ needs.plan.outputs.plan }}, ' +
          'with the plan job declaring outputs: plan: ${{ steps.<id>.outputs.plan }}.'
      )
    )
  })

  it.each(['sha256:abc', `sha1:${'a'.repeat(64)}`, `${'a'.repeat(64)}`])('refuses the digest %s', value => {
    expect(() => readApproval(reader({ 'expected-plan-digest': value }))).toThrow(/^Invalid expected-plan-digest '/)
  })
})
