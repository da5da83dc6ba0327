/**
 * The stand-in's own behaviour: what the end-to-end tests meet must be what Datadog's contract allows and what was
 * recorded, keys of any org must act as that org, and the command line and its admin path must do what --help says.
 */
import { jest } from '@jest/globals'
import { DEFAULT_PORT, KEYS, keyPair, SINK_ORGS, SOURCE_ORG, startStandIn, USER_PERSONAL } from '../scripts/stand-in.js'
import { main, readArguments } from '../scripts/stand-in/cli.js'

type StandIn = Awaited<ReturnType<typeof startStandIn>>
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const BASE = '/api/v2/org_connections'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const RFC3339 = /^\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$/
/** The attribute names of an org and a user in `included`, as in the list answer recorded against Datadog's API. */
const RECORDED_ORG_ATTRIBUTES = [
  'public_id',
  'name',
  'description',
  'sharing',
  'url',
  'disabled',
  'created_at',
  'modified_at'
]
const RECORDED_USER_ATTRIBUTES = [
  ...['name', 'handle', 'created_at', 'modified_at', 'email', 'icon', 'title', 'verified', 'service_account'],
  ...['disabled', 'allowed_login_methods', 'status']
]
const SINK = SINK_ORGS[0].id

let standIn: StandIn
afterEach(async () => standIn?.close())

async function call(
  method: string,
  path: string,
  body?: unknown,
  keys: { api: string; app: string } | null = KEYS
): Promise<{ status: number; headers: Headers; text: string; json: Json }> {
  const headers: Record<string, string> = keys ? { 'DD-API-KEY': keys.api, 'DD-APPLICATION-KEY': keys.app } : {}
  if (body !== undefined) headers['content-type'] = 'application/json'
  const answer = await fetch(`${standIn.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await answer.text()
  let json: Json = {}
  try {
    json = JSON.parse(text) as Json
  } catch {
    // not JSON: the test reads `text`
  }
  return { status: answer.status, headers: answer.headers, text, json }
}

const createBody = (sinkOrgId: string, types: string[]) => ({
  data: {
    type: 'org_connection',
    relationships: { sink_org: { data: { type: 'orgs', id: sinkOrgId } } },
    attributes: { connection_types: types }
  }
})
const updateBody = (id: string, types: string[]) => ({
  data: { type: 'org_connection', id, attributes: { connection_types: types } }
})

describe('the stand-in answers with the variety the contract allows', () => {
  beforeEach(async () => {
    standIn = await startStandIn()
  })

  it('signs connections with a creator id that is not a UUID, and spells created_at as recorded', async () => {
    const { status, json } = await call('POST', BASE, createBody(SINK, ['logs']))
    expect(status).toBe(200)
    expect(json.data.id).toMatch(UUID)
    expect(json.data.relationships.created_by.data.id).not.toMatch(UUID)
    expect(json.data.relationships.sink_org.data).toEqual({ type: 'orgs', id: SINK, name: SINK_ORGS[0].name })
    expect(json.data.attributes.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/)
  })

  it('lists with included orgs and users, users carrying the personal data of the recorded answer', async () => {
    standIn.seed({ types: ['logs'] })
    const { json } = await call('GET', `${BASE}?sink_org_id=${SINK}`)
    const included = json.included as Json[]
    expect(included.map(item => `${item.type} ${item.id}`)).toEqual([
      `orgs ${SOURCE_ORG.id}`,
      `orgs ${SINK}`,
      `users ${json.data[0].relationships.created_by.data.id}`
    ])
    expect(Object.keys(included[0].attributes)).toEqual(RECORDED_ORG_ATTRIBUTES)
    expect(Object.keys(included[2].attributes)).toEqual(RECORDED_USER_ATTRIBUTES)
    expect(included[2].attributes).toMatchObject({ email: USER_PERSONAL.email, handle: USER_PERSONAL.handle })
    expect(json.meta.page).toEqual({ total_count: 1, total_filtered_count: 1 })
  })

  it('answers an empty list without included, as recorded', async () => {
    const { json } = await call('GET', BASE)
    expect(json).toEqual({ data: [], meta: { page: { total_count: 0, total_filtered_count: 0 } } })
  })

  it('answers a PATCH with ids and no names, and a DELETE with {} and a newline', async () => {
    const { id } = standIn.seed({ types: ['logs'] })
    const patched = await call('PATCH', `${BASE}/${id}`, updateBody(id, ['logs', 'metrics']))
    expect(patched.status).toBe(200)
    for (const { data } of Object.values(patched.json.data.relationships as Record<string, Json>)) {
      expect(Object.keys(data)).toEqual(['type', 'id'])
    }
    const deleted = await call('DELETE', `${BASE}/${id}`)
    expect([deleted.status, deleted.text]).toEqual([200, '{}\n'])
  })

  it('keeps the recorded refusals: 409 exists, 400 duplicate types, 404 unknown sink, 400 malformed id', async () => {
    standIn.seed({ types: ['logs'] })
    const exists = await call('POST', BASE, createBody(SINK, ['logs']))
    const duplicate = await call('POST', BASE, createBody(SINK_ORGS[1].id, ['logs', 'logs']))
    const unknown = await call('POST', BASE, createBody('00000000-0000-4000-8000-000000000000', ['logs']))
    const malformed = await call('DELETE', `${BASE}/not-an-id`)
    expect([exists, duplicate, unknown, malformed].map(a => [a.status, a.json])).toEqual([
      [409, { errors: [`connection between orgs ${SOURCE_ORG.id} and ${SINK} already exists`] }],
      [400, { errors: [`connection between orgs ${SOURCE_ORG.id} and ${SINK_ORGS[1].id} is not allowed`] }],
      [404, { errors: ['Not found'] }],
      [400, { errors: ['connection id must be a valid uuid'] }]
    ])
  })
})

describe('thinner answers on request (variety)', () => {
  it('leaves relationships and names out of create and list answers', async () => {
    standIn = await startStandIn({ variety: { omit: ['sink_org', 'created_by'], names: false } })
    const { json } = await call('POST', BASE, createBody(SINK, ['logs']))
    expect(json.data.relationships).toEqual({ source_org: { data: { type: 'orgs', id: SOURCE_ORG.id } } })
    const listed = await call('GET', BASE)
    expect(Object.keys(listed.json.data[0].relationships)).toEqual(['source_org'])
  })

  it('lists without included, and names one seeded connection by ids only', async () => {
    standIn = await startStandIn({ variety: { included: false } })
    standIn.seed({ types: ['logs'], names: false })
    const { json } = await call('GET', BASE)
    expect(json).not.toHaveProperty('included')
    expect(json.data[0].relationships.sink_org.data).toEqual({ type: 'orgs', id: SINK })
  })

  it('leaves a relationship out of one seeded connection only', async () => {
    standIn = await startStandIn()
    standIn.seed({ types: ['logs'], omit: ['sink_org'] })
    standIn.seed({ types: ['logs'], sinkOrgId: SINK_ORGS[1].id })
    const { json } = await call('GET', BASE)
    expect(json.data.map((c: Json) => 'sink_org' in c.relationships)).toEqual([false, true])
  })

  it.each([
    ['reference', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/],
    ['lower', /^\d{4}-\d\d-\d\dt\d\d:\d\d:\d\d\.\d{12}z$/],
    ['offset', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+02:00$/]
  ] as const)('spells created_at the %s way, within RFC 3339', async (style, shape) => {
    standIn = await startStandIn({ variety: { createdAt: style } })
    const before = Date.now()
    const { json } = await call('POST', BASE, createBody(SINK, ['logs']))
    const createdAt = json.data.attributes.created_at as string
    expect(createdAt).toMatch(shape)
    expect(createdAt).toMatch(RFC3339)
    expect(Math.abs(Date.parse(createdAt.toUpperCase()) - before)).toBeLessThan(60_000)
  })

  it('accepts a type Datadog adds later only when told to', async () => {
    standIn = await startStandIn()
    expect((await call('POST', BASE, createBody(SINK, ['logs', 'apm']))).status).toBe(400)
    await standIn.close()
    standIn = await startStandIn({ variety: { types: ['apm'] } })
    const created = await call('POST', BASE, createBody(SINK, ['logs', 'apm']))
    expect(created.json.data.attributes.connection_types).toEqual(['logs', 'apm'])
    const updated = await call('PATCH', `${BASE}/${created.json.data.id}`, updateBody(created.json.data.id, ['apm']))
    expect(updated.json.data.attributes.connection_types).toEqual(['apm'])
  })
})

describe('keys of any org of the account', () => {
  const [OTHER] = [SINK_ORGS[1]]
  const otherKeys = keyPair(1)
  beforeEach(async () => {
    standIn = await startStandIn({ keys: [KEYS, { ...otherKeys, orgId: OTHER.id }] })
  })

  it('answers current_user with the org of the keys used', async () => {
    const own = await call('GET', '/api/v2/current_user')
    const other = await call('GET', '/api/v2/current_user', undefined, otherKeys)
    expect(own.json.data.relationships.org.data.id).toBe(SOURCE_ORG.id)
    expect(other.json.data.relationships.org.data.id).toBe(OTHER.id)
    expect(other.json.included[1].attributes.name).toBe(OTHER.name)
  })

  it('creates from the keys’ org, and a listing follows the keys and its source_org_id filter', async () => {
    const mine = await call('POST', BASE, createBody(SINK, ['logs']))
    const theirs = await call('POST', BASE, createBody(SINK, ['metrics']), otherKeys)
    expect([mine.status, theirs.status]).toEqual([200, 200])
    expect(theirs.json.data.relationships.source_org.data.id).toBe(OTHER.id)
    const theirList = await call('GET', BASE, undefined, otherKeys)
    expect(theirList.json.data.map((c: Json) => c.id)).toEqual([theirs.json.data.id])
    const bySource = await call('GET', `${BASE}?source_org_id=${SOURCE_ORG.id}`, undefined, otherKeys)
    // Another org's connections are not the keys' org's to see, whatever the filter asks.
    expect(bySource.json.data.map((c: Json) => c.id)).toEqual([])
    const again = await call('POST', BASE, createBody(SINK, ['metrics']), otherKeys)
    expect(again.json).toEqual({ errors: [`connection between orgs ${OTHER.id} and ${SINK} already exists`] })
  })

  it('refuses its own org as the sink, unknown keys with 403 and missing keys with 401', async () => {
    expect((await call('POST', BASE, createBody(OTHER.id, ['logs']), otherKeys)).status).toBe(404)
    expect((await call('GET', BASE, undefined, keyPair(2))).status).toBe(403)
    expect((await call('GET', BASE, undefined, null)).json).toEqual({ errors: ['Unauthorized'] })
  })

  it('seeds a connection between any two orgs', async () => {
    const seeded = standIn.seed({ sourceOrgId: OTHER.id, sinkOrgId: SINK, types: ['logs'] })
    expect([seeded.sourceOrg.id, seeded.sinkOrg.id]).toEqual([OTHER.id, SINK])
    const { json } = await call('GET', BASE, undefined, otherKeys)
    expect(json.data.map((c: Json) => c.id)).toEqual([seeded.id])
  })
})

describe('answering the next request by hand: /__stand-in/next', () => {
  beforeEach(async () => {
    standIn = await startStandIn()
  })

  it('answers the next API request with the status and rate-limit headers asked, then as usual', async () => {
    const queued = await call('POST', '/__stand-in/next?status=429&reset=2', undefined, null)
    expect(queued.status).toBe(200)
    const limited = await call('GET', BASE)
    expect([limited.status, limited.headers.get('x-ratelimit-reset'), limited.json]).toEqual([
      429,
      '2',
      { errors: ['Too many requests'] }
    ])
    expect((await call('GET', BASE)).status).toBe(200)
    expect(standIn.calls()).toEqual([`GET ${BASE}`, `GET ${BASE}`])
  })

  it('takes a JSON body: status, message, method and times', async () => {
    const fields = { status: 403, message: 'Forbidden: key revoked', method: 'POST', times: 2 }
    await call('POST', '/__stand-in/next', fields, null)
    expect((await call('GET', BASE)).status).toBe(200)
    const refused = await call('POST', BASE, createBody(SINK, ['logs']))
    expect([refused.status, refused.json]).toEqual([403, { errors: ['Forbidden: key revoked'] }])
    expect((await call('POST', BASE, createBody(SINK, ['logs']))).status).toBe(403)
    expect((await call('POST', BASE, createBody(SINK, ['logs']))).status).toBe(200)
  })

  it('refuses a status out of range, and forgets queued answers on DELETE', async () => {
    expect((await call('POST', '/__stand-in/next?status=42', undefined, null)).status).toBe(400)
    await call('POST', '/__stand-in/next?status=503&times=5', undefined, null)
    await call('DELETE', '/__stand-in/next', undefined, null)
    expect((await call('GET', BASE)).status).toBe(200)
  })
})

describe('the command line', () => {
  it('defaults to a port no Datadog Agent or common dev server uses', () => {
    expect(DEFAULT_PORT).toBe(8327)
    expect([8125, 8126, 5000, 5002, 8080, 8000, 3000, 9000]).not.toContain(DEFAULT_PORT)
    expect(readArguments([])).toEqual({
      help: false,
      port: DEFAULT_PORT,
      latencyMs: 0,
      pageSize: 1000,
      seed: 0,
      types: []
    })
  })

  it('reads its options and refuses what it cannot use', () => {
    expect(readArguments(['--port', '0', '--latency-ms', '20', '--types', 'apm,rum'])).toMatchObject({
      port: 0,
      latencyMs: 20,
      types: ['apm', 'rum']
    })
    expect(readArguments(['--port', 'x'])).toEqual({ error: '--port takes a whole number in range' })
    expect(readArguments(['--prot', '1'])).toHaveProperty('error')
  })

  it('prints usage on --help, the admin path included, without starting', async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined)
    try {
      expect(await main(['--help'])).toBe(0)
      const printed = log.mock.calls.map(args => String(args[0])).join('\n')
      expect(printed).toMatch(/--port N .*default 8327/)
      expect(printed).toContain('/__stand-in/next?status=429')
    } finally {
      log.mockRestore()
    }
  })
})
