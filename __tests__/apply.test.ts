import { startStandIn } from '../scripts/stand-in.js'
import { reconcile, PlanRefusedError } from '../src/apply.js'
import type { Settings } from '../src/settings.js'
import { clientFor, SINK } from './helpers.js'

type StandIn = Awaited<ReturnType<typeof startStandIn>>
let standIn: StandIn
beforeEach(async () => {
  standIn = await startStandIn()
})
afterEach(async () => {
  await standIn.close()
})

const base: Settings = {
  apiKey: '',
  appKey: '',
  baseUrl: '',
  siteLabel: 'stand-in',
  sinkOrgId: SINK,
  connectionTypes: ['logs'],
  ifExists: 'update',
  state: 'present',
  dryRun: false,
  maxRetries: 5,
  timeoutMs: 2000,
  warnings: []
}
const apply = (overrides: Partial<Settings> = {}) =>
  reconcile(clientFor(standIn.url).client, { ...base, ...overrides }, Date.now)

describe('reconcile', () => {
  it('creates with a single POST', async () => {
    expect(await apply()).toMatchObject({ result: 'created', connection: { connectionTypes: ['logs'] } })
    expect(standIn.calls()).toEqual(['POST /api/v2/org_connections'])
  })

  it('on 409, lists and converges with one PATCH, keeping the listed names', async () => {
    const existing = standIn.seed({ sinkOrgId: SINK, types: ['metrics'] })
    const outcome = await apply({ connectionTypes: ['logs', 'audit'] })
    expect(outcome).toMatchObject({
      result: 'updated',
      connection: { id: existing.id, connectionTypes: ['logs', 'audit'], sinkOrg: { name: 'Acme Security' } }
    })
    expect(standIn.calls()).toEqual([
      'POST /api/v2/org_connections',
      'GET /api/v2/org_connections',
      `PATCH /api/v2/org_connections/${existing.id}`
    ])
  })

  it('adopts its own create when the POST answer was lost: one connection, result created', async () => {
    standIn.fault({ method: 'POST', drop: 'after' })
    const outcome = await apply({ ifExists: 'fail' })
    expect(outcome.result).toBe('created')
    expect(standIn.connections.size).toBe(1)
    expect(outcome.connection?.id).toBe([...standIn.connections.keys()][0])
  })

  it('refuses when 409 is answered but nothing is listed', async () => {
    standIn.fault({ method: 'POST', status: 409, body: { errors: ['already exists'] } })
    await expect(apply()).rejects.toThrow(PlanRefusedError)
  })

  it('writes nothing in a dry run', async () => {
    standIn.seed({ sinkOrgId: SINK, types: ['metrics'] })
    expect((await apply({ dryRun: true })).result).toBe('would-update')
    expect((await apply({ dryRun: true, state: 'absent' })).result).toBe('would-delete')
    expect(standIn.requests.every(r => r.method === 'GET')).toBe(true)
  })

  it('reports absent when a deletion finds someone else removed it first', async () => {
    const existing = standIn.seed({ sinkOrgId: SINK, types: ['logs'] })
    standIn.fault({
      method: 'DELETE',
      status: 404,
      body: { errors: [`org connection with id:${existing.id} not found not found`] }
    })
    expect(await apply({ state: 'absent' })).toMatchObject({ result: 'absent' })
  })
})
