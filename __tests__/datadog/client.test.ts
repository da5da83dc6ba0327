import { hostile, SINK_ORGS, SOURCE_ORG } from '../../scripts/stand-in.js'
import { DatadogError } from '../../src/errors.js'
import { clientFor, OTHER_SINK, SINK, useStandIn } from '../fixtures/index.js'
import { OrgConnectionsClient, type CreateResult } from '../../src/datadog/client.js'
import {
  RECORDED,
  REFERENCE,
  recordedCreateAnswer,
  recordedListAnswer,
  recordedPatchAnswer,
  referenceCreateAnswer
} from '../fixtures/contract/index.js'

const standIn = useStandIn()
const client = () => clientFor(standIn.current.url).client
const failure = (promise: Promise<unknown>) => promise.then(() => undefined).catch((e: unknown) => e as DatadogError)
const created = (result: CreateResult) => {
  if (result.kind !== 'created') throw new Error(`expected a created connection, got ${result.kind}`)
  return result
}
const texts = (notes: { text(): string }[]) => notes.map(n => n.text())

/** The recorded create answer with its data changed: what a 200 to our POST may say. */
function createAnswer(change: (data: Record<string, unknown>) => void) {
  const answer = recordedCreateAnswer() as { data: Record<string, unknown> }
  change(answer.data)
  return answer
}
/** A listed connection as the contract allows it: only an id and types, plus what is given. */
const listed = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'org_connection',
  attributes: { connection_types: ['logs'] },
  ...extra
})
const sinkRef = (id: string) => ({ relationships: { sink_org: { data: { type: 'orgs', id } } } })

describe('OrgConnectionsClient.list', () => {
  it('reads every page (limit/offset, total_filtered_count) and drops connections naming another sink org', async () => {
    await standIn.restart({ pageSize: 2 })
    standIn.current.seed({ sinkOrgId: OTHER_SINK, types: ['logs'] })
    for (let i = 0; i < 4; i++)
      standIn.current.seed({ sinkOrgId: `aaaaaaaa-0000-4000-8000-00000000000${i}`, types: ['logs'] })
    const wanted = standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    standIn.current.listing.ignoreFilter = true
    const found = await client().list({ sinkOrgId: SINK })
    expect(found.map(c => c.id)).toEqual([wanted.id])
    expect(standIn.current.requests.map(r => r.query.offset)).toEqual(['0', '2', '4'])
  })

  it('pages through a real filtered list', async () => {
    await standIn.restart({ pageSize: 1 })
    standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    standIn.current.seed({ sinkOrgId: SINK, types: ['audit'] })
    standIn.current.seed({ sinkOrgId: OTHER_SINK, types: ['logs'] })
    const found = await client().list({ sinkOrgId: SINK })
    expect(found.map(c => c.connectionTypes)).toEqual([['logs'], ['audit']])
    expect(standIn.current.requests.map(r => r.url)).toEqual([
      `/api/v2/org_connections?sink_org_id=${SINK}&limit=1000&offset=0`,
      `/api/v2/org_connections?sink_org_id=${SINK}&limit=1000&offset=1`
    ])
  })

  it('reads the recorded list answer, and nothing of its included personal data comes back', async () => {
    standIn.current.fault({ method: 'GET', status: 200, body: recordedListAnswer() })
    const found = await client().list({ sinkOrgId: RECORDED.sinkOrg.id })
    expect(found).toEqual([expect.objectContaining({ id: RECORDED.listed.id, sinkOrg: RECORDED.sinkOrg })])
    expect(JSON.stringify(found)).not.toContain(RECORDED.user.email)
  })

  it('keeps a connection that does not name the filtered org, drops one naming another (ids compared in any case)', async () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(x => `${x.repeat(8)}-0000-4000-8000-000000000000`)
    const body = {
      data: [
        listed(a),
        listed(b, sinkRef(SINK.toUpperCase())),
        listed(c, sinkRef(OTHER_SINK)),
        listed(d, {
          relationships: { sink_org: { data: null }, created_by: { data: { type: 'users', id: 'usr123abc456' } } }
        })
      ]
    }
    standIn.current.fault({ method: 'GET', status: 200, body })
    const found = await client().list({ sinkOrgId: SINK })
    expect(found.map(x => [x.id, x.sinkOrg?.id])).toEqual([
      [a, undefined],
      [b, SINK.toUpperCase()],
      [d, undefined]
    ])
  })

  it('lists by an opaque source org id, encoded in the query, leaving out connections made to it', async () => {
    const org = 'org 123&abc'
    const body = {
      data: [
        listed(RECORDED.listed.id, { relationships: { source_org: { data: { id: org } } } }),
        listed(RECORDED.created.id, {
          relationships: { source_org: { data: { id: SOURCE_ORG.id } }, sink_org: { data: { id: org } } }
        })
      ]
    }
    standIn.current.fault({ method: 'GET', status: 200, body })
    const found = await client().list({ sourceOrgId: org })
    expect(found.map(c => c.id)).toEqual([RECORDED.listed.id])
    expect(standIn.current.requests[0].url).toBe(
      '/api/v2/org_connections?source_org_id=org%20123%26abc&limit=1000&offset=0'
    )
  })

  it('fails a 200 that is not a list as a failed read, and a refusal with Datadog’s advice', async () => {
    standIn.current.fault({ status: 200, body: '<html>captive portal</html>' })
    expect(await failure(client().list({ sinkOrgId: SINK }))).toMatchObject({ reason: 'read-failed', status: 200 })
    standIn.current.fault({
      status: 403,
      body: { errors: [{ status: '403', title: 'Forbidden', detail: 'Missing org_connections_read' }] }
    })
    const refused = await failure(client().list({ sinkOrgId: SINK }))
    expect(refused).toMatchObject({ reason: 'read-failed', status: 403 })
    expect(refused?.message).toMatch(
      /: Missing org_connections_read\. The application key may lack the org_connections_read permission/
    )
  })
})

describe('OrgConnectionsClient.list: bounds and de-duplication', () => {
  const limits = { pageSize: 2, maxPages: 4, maxMatches: 3 }
  const bounded = () => new OrgConnectionsClient(clientFor(standIn.current.url).transport, { siteLabel: 'x' }, limits)

  it('keeps each connection once when pages overlap', async () => {
    await standIn.restart({ pageSize: 2 })
    const seeded = [1, 2, 3].map(() => standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] }))
    standIn.current.listing.overlap = 1
    expect((await client().list({ sinkOrgId: SINK })).map(c => c.id)).toEqual(seeded.map(c => c.id))
  })

  it('stops with a clear error when a page adds nothing new (offset ignored, a huge total claimed)', async () => {
    await standIn.restart({ pageSize: 2 })
    ;[1, 2, 3].forEach(() => standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] }))
    Object.assign(standIn.current.listing, { ignoreOffset: true, total: 1_000_000_000 })
    const error = await failure(bounded().list({ sinkOrgId: SINK }))
    expect(error).toBeInstanceOf(DatadogError)
    expect(error?.message).toMatch(
      /answered 200 when listing the connections .*page at offset 2 holds only connections of earlier pages .*paging is broken/
    )
    expect(standIn.current.requests).toHaveLength(2)
  })

  it('stops after maxPages', async () => {
    await standIn.restart({ pageSize: 2 })
    for (let i = 0; i < 20; i++) standIn.current.seed({ sinkOrgId: OTHER_SINK, types: ['logs'] })
    standIn.current.listing.ignoreFilter = true
    await expect(bounded().list({ sinkOrgId: SINK })).rejects.toThrow(
      /did not end after 4 pages \(0 connections kept so far\)/
    )
    expect(standIn.current.requests).toHaveLength(4)
  })

  it('stops beyond maxMatches', async () => {
    await standIn.restart({ pageSize: 2 })
    for (let i = 0; i < 4; i++) standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    await expect(bounded().list({ sinkOrgId: SINK })).rejects.toThrow(
      /more than 3 connections, more than this action reads/
    )
  })

  it.each(['..', '.', 'x/../../v1', '\ud800'])(
    'refuses a listed connection id %j before it can be used in a path',
    async id => {
      standIn.current.seed({ sinkOrgId: SINK, types: ['logs'], id })
      const error = await failure(client().list({ sinkOrgId: SINK }))
      expect(error).toBeInstanceOf(DatadogError)
      expect(error?.message).toMatch(/not with a usable list of connections: item 1 of the page: id is not a UUID: /)
    }
  )

  it('refuses a recorded page with one unusable item, naming it, and never quotes its included personal data', async () => {
    const answer = recordedListAnswer()
    standIn.current.fault({ method: 'GET', status: 200, body: { ...answer, data: [...answer.data, listed('conn-2')] } })
    const error = await failure(client().list({ sinkOrgId: RECORDED.sinkOrg.id }))
    expect(error?.message).toContain(
      'not with a usable list of connections: item 2 of the page: id is not a UUID: conn-2.'
    )
    expect([error?.message, error?.detail.markdown()].join()).not.toContain(RECORDED.user.email)
  })

  it('reads a page far larger than the argument limit of a call', async () => {
    const item = JSON.stringify(listed(RECORDED.listed.id, sinkRef(OTHER_SINK)))
    standIn.current.fault({ method: 'GET', status: 200, body: `{"data":[${Array(200_000).fill(item).join(',')}]}` })
    const transport = clientFor(standIn.current.url).transport
    const found = await new OrgConnectionsClient(
      transport,
      { siteLabel: 'x' },
      { pageSize: 1000, maxPages: 1, maxMatches: 10 }
    ).list({
      sinkOrgId: SINK
    })
    expect(found).toEqual([])
  })
})

describe('OrgConnectionsClient.create', () => {
  it('creates with the contract’s JSON:API body, and reports what the stand-in answered', async () => {
    const result = created(await client().create(SINK, ['logs', 'metrics']))
    const [stored] = [...standIn.current.connections.values()]
    expect(result.connection).toMatchObject({
      id: stored.id,
      connectionTypes: ['logs', 'metrics'],
      sinkOrg: SINK_ORGS[0]
    })
    expect(standIn.current.requests[0].body).toEqual({
      data: {
        type: 'org_connection',
        attributes: { connection_types: ['logs', 'metrics'] },
        relationships: { sink_org: { data: { type: 'orgs', id: SINK } } }
      }
    })
  })

  it('reports the API reference’s example answer whole and without a note, creator usr123abc456 included', async () => {
    standIn.current.fault({ method: 'POST', status: 200, body: referenceCreateAnswer() })
    const result = created(await client().create(REFERENCE.id, ['logs', 'metrics']))
    expect(result).toEqual({
      kind: 'created',
      notes: [],
      connection: {
        id: REFERENCE.id,
        connectionTypes: ['logs', 'metrics'],
        createdAt: '2023-01-01T12:00:00Z',
        sourceOrg: { id: REFERENCE.id, name: 'Example Org' },
        sinkOrg: { id: REFERENCE.id, name: 'Example Org' },
        createdBy: { id: 'usr123abc456' }
      }
    })
  })

  it('reports the recorded answer without a note', async () => {
    standIn.current.fault({ method: 'POST', status: 200, body: recordedCreateAnswer() })
    const result = created(await client().create(RECORDED.sinkOrg.id, ['logs']))
    expect(result.notes).toEqual([])
    expect(result.connection).toMatchObject({ id: RECORDED.created.id, createdAt: RECORDED.created.createdAt })
  })

  it('reports other types or another sink org as Datadog gave them, with a note each: the create happened', async () => {
    standIn.current.fault({
      method: 'POST',
      status: 200,
      body: createAnswer(data => {
        data.attributes = { connection_types: ['logs', 'apm'], created_at: RECORDED.created.createdAt }
        data.relationships = {
          ...(data.relationships as object),
          sink_org: { data: { type: 'orgs', id: OTHER_SINK, name: 'Other' } }
        }
      })
    })
    const result = created(await client().create(SINK, ['logs']))
    expect(result.connection).toMatchObject({
      connectionTypes: ['logs', 'apm'],
      sinkOrg: { id: OTHER_SINK, name: 'Other' }
    })
    expect(texts(result.notes)).toEqual([
      `Datadog's answer to the create of connection ${RECORDED.created.id} gives types logs, apm, not logs as asked; reported as Datadog gave them.`,
      `Datadog's answer to the create of connection ${RECORDED.created.id} names sink org ${OTHER_SINK}, not ${SINK} as asked.`
    ])
  })

  it('fills a thin answer from what was asked, and notes only what the outputs will miss', async () => {
    standIn.current.fault({
      method: 'POST',
      status: 200,
      body: { data: { id: RECORDED.created.id, type: 'org_connection' } }
    })
    const result = created(await client().create(SINK, ['logs', 'audit']))
    expect(result.connection).toEqual({
      id: RECORDED.created.id,
      connectionTypes: ['logs', 'audit'],
      sinkOrg: { id: SINK }
    })
    expect(texts(result.notes)).toEqual([
      `Datadog's answer to the create of connection ${RECORDED.created.id} did not give the source org, the sink org's name, created_at; ` +
        'the connection was created.'
    ])
  })

  it('reports the types asked, with a note, when the answer’s types are unusable (nested deeper than the stack)', async () => {
    standIn.current.fault({
      method: 'POST',
      answer: (result: { status: number; body: { data: { id: string } } }) => ({
        status: 200,
        body: `{"data":{"id":"${result.body.data.id}","attributes":{"connection_types":${hostile.nested(300_000)}}}}`
      })
    })
    const result = created(await client().create(SINK, ['logs']))
    const [stored] = [...standIn.current.connections.values()]
    expect(result.connection).toEqual({ id: stored.id, connectionTypes: ['logs'], sinkOrg: { id: SINK } })
    expect(result.notes[0].text()).toBe(
      `Datadog's answer to the create of connection ${stored.id}: attributes.connection_types is not a list of texts; its types are reported as asked (logs).`
    )
  })

  it('reports a created connection whose answer also holds deeply nested JSON', async () => {
    standIn.current.fault({
      method: 'POST',
      answer: (result: { status: number; body: unknown }) => ({
        status: result.status,
        body: hostile.withNested(result.body, 500_000)
      })
    })
    const result = created(await client().create(SINK, ['logs']))
    expect(result.notes).toEqual([])
    expect(() => JSON.stringify(result)).not.toThrow()
  })

  it.each([
    ['no id', { data: { type: 'org_connection', attributes: { connection_types: ['logs'] } } }, 'id is missing'],
    ['an id that is no UUID', createAnswer(data => (data.id = 'conn-1')), 'id is not a UUID: conn-1'],
    ['no data', { meta: {} }, 'data is not an object'],
    ['a page of HTML', '<html>portal</html>', 'data is not an object']
  ])('fails a 200 with %s as a failed write that a re-run adopts', async (_, body, problem) => {
    standIn.current.fault({ method: 'POST', status: 200, body })
    const error = await failure(client().create(SINK, ['logs']))
    expect(error).toMatchObject({ reason: 'write-failed', status: 200 })
    expect(error?.message).toContain(`but named no usable connection (${problem}).`)
    expect(error?.message).toContain('The connection may exist now: re-run the step, which finds it and adopts it.')
  })

  it('reports 409 as "exists", and whether an earlier attempt may have made it', async () => {
    const c = client()
    await c.create(SINK, ['logs'])
    expect(await c.create(SINK, ['logs'])).toEqual({ kind: 'exists', mayBeOurs: false })
    standIn.current.fault({ method: 'POST', status: 429, headers: { 'x-ratelimit-reset': '0' } })
    expect(await c.create(SINK, ['logs'])).toEqual({ kind: 'exists', mayBeOurs: false })
    standIn.current.fault({ method: 'POST', status: 502, body: 'Bad Gateway' })
    expect(await c.create(SINK, ['logs'])).toEqual({ kind: 'exists', mayBeOurs: true })
    standIn.current.fault({ method: 'POST', drop: 'before' })
    expect(await c.create(SINK, ['logs'])).toEqual({ kind: 'exists', mayBeOurs: true })
  })

  it('explains a 404 by naming the sink org, as a failed write', async () => {
    const error = await failure(client().create('00000000-0000-4000-8000-000000000000', ['logs']))
    expect(error).toMatchObject({ reason: 'write-failed', status: 404 })
    expect(error?.message).toMatch(
      /404 Not Found .*: Not found\. Sink org 00000000-0000-4000-8000-000000000000 was not found/
    )
  })

  it('explains an error body nested deeper than the stack', async () => {
    standIn.current.fault({ method: 'POST', status: 400, body: `{"errors":[${hostile.nested(500_000)}]}` })
    await expect(client().create(SINK, ['logs'])).rejects.toThrow(
      /400 Bad Request when creating the connection .*: \(not a text\)\./
    )
  })
})

describe('OrgConnectionsClient.update', () => {
  it('updates with the contract’s body, and takes the thin PATCH answer without a note', async () => {
    const a = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    const result = await client().update(a.id, ['logs', 'audit'])
    expect(result.notes).toEqual([])
    expect(result.connection).toMatchObject({ id: a.id, connectionTypes: ['logs', 'audit'], sinkOrg: { id: SINK } })
    expect(result.connection.sinkOrg?.name).toBeUndefined()
    expect(standIn.current.requests[0].body).toEqual({
      data: { type: 'org_connection', id: a.id, attributes: { connection_types: ['logs', 'audit'] } }
    })
  })

  it('reads the recorded PATCH answer', async () => {
    standIn.current.fault({ method: 'PATCH', status: 200, body: recordedPatchAnswer() })
    const result = await client().update(RECORDED.created.id, ['metrics', 'logs'])
    expect(result).toEqual({
      notes: [],
      connection: {
        id: RECORDED.created.id,
        connectionTypes: ['logs', 'metrics'],
        createdAt: RECORDED.created.createdAt,
        sourceOrg: { id: RECORDED.sourceOrg.id },
        sinkOrg: { id: RECORDED.sinkOrg.id },
        createdBy: { id: RECORDED.creator.id }
      }
    })
  })

  it('reports other types than asked as Datadog gave them, with a note: the update happened', async () => {
    const a = standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    standIn.current.fault({
      method: 'PATCH',
      status: 200,
      body: { data: listed(a.id, { attributes: { connection_types: ['metrics'] } }) }
    })
    const result = await client().update(a.id, ['logs'])
    expect(result.connection.connectionTypes).toEqual(['metrics'])
    expect(texts(result.notes)).toEqual([
      `Datadog's answer to the update of connection ${a.id} gives types metrics, not logs as asked; reported as Datadog gave them.`
    ])
  })

  it.each([
    ['another connection', { data: listed(RECORDED.listed.id) }, `describes connection ${RECORDED.listed.id}`],
    ['an id that is no UUID', { data: listed('..') }, 'id is not a UUID: ..'],
    ['no connection', '', 'held no connection']
  ])('reports the types asked, with a note, for an answer about %s', async (_, body, says) => {
    const a = standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    standIn.current.fault({ method: 'PATCH', status: 200, body })
    const result = await client().update(a.id, ['logs'])
    expect(result.connection).toEqual({ id: a.id, connectionTypes: ['logs'] })
    expect(texts(result.notes)).toEqual([
      `Datadog's answer to the update of connection ${a.id} ${says}: its types are reported as asked.`
    ])
  })

  it('takes an answer without an id as a thin answer about this connection, without a note', async () => {
    const a = standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    standIn.current.fault({
      method: 'PATCH',
      status: 200,
      body: { data: { attributes: { connection_types: ['logs'] } } }
    })
    expect(await client().update(a.id, ['logs'])).toEqual({
      connection: { id: a.id, connectionTypes: ['logs'] },
      notes: []
    })
  })

  it('fails a refused update as a failed write, naming the connection', async () => {
    const error = await failure(client().update('00000000-0000-4000-8000-000000000000', ['logs']))
    expect(error).toMatchObject({ reason: 'write-failed', status: 404 })
    expect(error?.message).toMatch(/Connection 00000000-0000-4000-8000-000000000000 no longer exists/)
  })
})

describe('OrgConnectionsClient.delete', () => {
  it('deletes; a 404 is "already gone" unless an earlier attempt may have deleted it', async () => {
    const c = client()
    const a = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    expect(await c.delete(a.id)).toBe('deleted')
    expect(await c.delete(a.id)).toBe('already-gone')
    const b = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    standIn.current.fault({ method: 'DELETE', drop: 'after' })
    expect(await c.delete(b.id)).toBe('deleted')
    expect(standIn.current.calls()).toEqual(Array(4).fill(expect.stringMatching(/^DELETE /)))
    expect(standIn.current.connections.size).toBe(0)
  })

  it.each(['..', '\ud800', `${SINK}/..`])('never sends a connection id that is not a UUID: %j', async id => {
    const c = client()
    await expect(c.delete(id)).rejects.toThrow(/Not a UUID, so not sent to Datadog/)
    await expect(c.update(id, ['logs'])).rejects.toThrow(/Not a UUID/)
    expect(standIn.current.requests).toHaveLength(0)
  })
})

describe('OrgConnectionsClient.currentUser', () => {
  it('names the org and whether the keys are a service account’s, and nothing personal', async () => {
    const c = client()
    expect(await c.currentUser()).toEqual({ orgId: SOURCE_ORG.id, orgName: SOURCE_ORG.name, serviceAccount: true })
    standIn.current.user.serviceAccount = false
    expect(await c.currentUser()).toMatchObject({ serviceAccount: false })
    expect(standIn.current.calls()).toEqual(['GET /api/v2/current_user', 'GET /api/v2/current_user'])
  })

  it('explains a refusal like any other API error, without quoting its text (it may name a person)', async () => {
    standIn.current.fault({
      path: '/api/v2/current_user',
      status: 403,
      body: { errors: ['Forbidden for jane@acme.example'] }
    })
    const error = await failure(client().currentUser())
    expect(error).toMatchObject({ reason: 'read-failed', status: 403 })
    expect(error?.message).toMatch(
      /^Datadog answered 403 Forbidden when reading which org the keys belong to \(GET \/api\/v2\/current_user\): /
    )
    expect(error?.message).toContain(': (its text is not shown: it may name a person). The keys were refused')
    expect(error?.message).not.toContain('jane')
  })

  it('takes an org id that is no UUID, and refuses one that is missing without quoting the personal data', async () => {
    type User = { body: { data: { relationships: { org: { data: { id?: string } } } } } }
    standIn.current.fault({
      path: '/api/v2/current_user',
      answer: (result: User) => (
        (result.body.data.relationships.org.data.id = 'org123abc456'),
        { status: 200, body: result.body }
      )
    })
    expect(await client().currentUser()).toMatchObject({ orgId: 'org123abc456' })
    standIn.current.fault({
      path: '/api/v2/current_user',
      answer: (result: User) => (delete result.body.data.relationships.org.data.id, { status: 200, body: result.body })
    })
    const error = await failure(client().currentUser())
    expect(error?.message).toMatch(
      /not with a usable user: data\.relationships\.org\.data\.id is not a non-empty text\./
    )
    expect(error?.message).not.toMatch(/provisioning-bot|Provisioning Bot/)
  })
})
