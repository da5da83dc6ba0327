import { hostile, SINK_ORGS, SOURCE_ORG } from '../../scripts/stand-in.js'
import { DatadogError } from '../../src/errors.js'
import { clientFor, OTHER_SINK, SINK, useStandIn } from '../fixtures/index.js'
import { OrgConnectionsClient } from '../../src/datadog/client.js'

const standIn = useStandIn()

describe('OrgConnectionsClient.list', () => {
  it('reads every page (limit/offset, total_filtered_count) and keeps only this sink org', async () => {
    await standIn.restart({ pageSize: 2 })
    standIn.current.seed({ sinkOrgId: OTHER_SINK, types: ['logs'] })
    for (let i = 0; i < 4; i++)
      standIn.current.seed({ sinkOrgId: `aaaaaaaa-0000-4000-8000-00000000000${i}`, types: ['logs'] })
    const wanted = standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    // A server that ignores the filter: the client must still keep only exact matches.
    standIn.current.fault({
      method: 'GET',
      times: 10,
      body: (req: { query: Record<string, string> }) => {
        const all = [...standIn.current.connections.values()]
        const offset = Number(req.query.offset)
        return {
          data: all.slice(offset, offset + 2).map(c => ({
            type: 'org_connection',
            id: c.id,
            attributes: { created_at: c.createdAt, connection_types: c.types },
            relationships: { sink_org: { data: { type: 'orgs', id: c.sinkOrg.id } } }
          })),
          meta: { page: { total_count: all.length, total_filtered_count: all.length } }
        }
      },
      status: 200
    })
    const found = await clientFor(standIn.current.url).client.list({ sinkOrgId: SINK })
    expect(found.map(c => c.id)).toEqual([wanted.id])
    expect(standIn.current.requests.map(r => r.query.offset)).toEqual(['0', '2', '4'])
  })

  it('pages through a real filtered list', async () => {
    await standIn.restart({ pageSize: 1 })
    standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    standIn.current.seed({ sinkOrgId: SINK, types: ['audit'] })
    standIn.current.seed({ sinkOrgId: OTHER_SINK, types: ['logs'] })
    const found = await clientFor(standIn.current.url).client.list({ sinkOrgId: SINK })
    expect(found.map(c => c.connectionTypes)).toEqual([['logs'], ['audit']])
    expect(standIn.current.requests.map(r => r.url)).toEqual([
      `/api/v2/org_connections?sink_org_id=${SINK}&limit=1000&offset=0`,
      `/api/v2/org_connections?sink_org_id=${SINK}&limit=1000&offset=1`
    ])
  })

  it('refuses a 200 that is not a list', async () => {
    standIn.current.fault({ status: 200, body: '<html>captive portal</html>' })
    await expect(clientFor(standIn.current.url).client.list({ sinkOrgId: SINK })).rejects.toThrow(DatadogError)
  })
})

describe('OrgConnectionsClient writes', () => {
  it('creates with the contract’s JSON:API body', async () => {
    const result = await clientFor(standIn.current.url).client.create(SINK, ['logs', 'metrics'])
    expect(result).toMatchObject({
      kind: 'created',
      connection: { connectionTypes: ['logs', 'metrics'], sinkOrg: SINK_ORGS[0] }
    })
    expect(standIn.current.requests[0].body).toEqual({
      data: {
        type: 'org_connection',
        attributes: { connection_types: ['logs', 'metrics'] },
        relationships: { sink_org: { data: { type: 'orgs', id: SINK } } }
      }
    })
  })

  it('reports 409 as "exists", and whether an earlier attempt may have made it', async () => {
    const { client } = clientFor(standIn.current.url)
    await client.create(SINK, ['logs'])
    expect(await client.create(SINK, ['logs'])).toEqual({ kind: 'exists', mayBeOurs: false })
    standIn.current.fault({ method: 'POST', status: 429, headers: { 'x-ratelimit-reset': '0' } })
    expect(await client.create(SINK, ['logs'])).toEqual({ kind: 'exists', mayBeOurs: false })
    standIn.current.fault({ method: 'POST', status: 502, body: 'Bad Gateway' })
    expect(await client.create(SINK, ['logs'])).toEqual({ kind: 'exists', mayBeOurs: true })
    standIn.current.fault({ method: 'POST', drop: 'before' })
    expect(await client.create(SINK, ['logs'])).toEqual({ kind: 'exists', mayBeOurs: true })
  })

  it('explains a 404 on create by naming the sink org', async () => {
    const error = await clientFor(standIn.current.url)
      .client.create('00000000-0000-4000-8000-000000000000', ['logs'])
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatadogError)
    expect((error as Error).message).toMatch(
      /404 Not Found .*: Not found\. Sink org 00000000-0000-4000-8000-000000000000 was not found/
    )
  })

  it('refuses a 200 create answer without a connection id', async () => {
    standIn.current.fault({ method: 'POST', status: 200, body: { data: { type: 'org_connection' } } })
    await expect(clientFor(standIn.current.url).client.create(SINK, ['logs'])).rejects.toThrow(
      /but not with a usable org connection: a connection id that is not a UUID: \(none\)\. Its answer: /
    )
  })

  it('updates with the contract’s body, returning the thin PATCH answer', async () => {
    const { client } = clientFor(standIn.current.url)
    const created = await client.create(SINK, ['logs'])
    const id = created.kind === 'created' ? created.connection.id : ''
    const updated = await client.update(id, ['logs', 'audit'])
    expect(updated).toMatchObject({ id, connectionTypes: ['logs', 'audit'], sinkOrg: { id: SINK } })
    expect(updated.sinkOrg?.name).toBeUndefined()
    expect(standIn.current.requests[1].body).toEqual({
      data: { type: 'org_connection', id, attributes: { connection_types: ['logs', 'audit'] } }
    })
  })

  it('deletes; a 404 is "already gone" unless an earlier attempt may have deleted it', async () => {
    const { client } = clientFor(standIn.current.url)
    const a = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    expect(await client.delete(a.id)).toBe('deleted')
    expect(await client.delete(a.id)).toBe('already-gone')
    const b = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    standIn.current.fault({ method: 'DELETE', drop: 'after' })
    expect(await client.delete(b.id)).toBe('deleted')
    expect(standIn.current.calls()).toEqual(Array(4).fill(expect.stringMatching(/^DELETE /)))
    expect(standIn.current.connections.size).toBe(0)
  })
})

describe('OrgConnectionsClient.list: filters, bounds and de-duplication', () => {
  const limits = { pageSize: 2, maxPages: 4, maxMatches: 3 }
  const boundedClient = (url: string) => new OrgConnectionsClient(clientFor(url).transport, { siteLabel: 'x' }, limits)

  it('lists what this org made with source_org_id, leaving out connections where it is the sink', async () => {
    const ours = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    standIn.current.seed({ sourceOrgId: OTHER_SINK, types: ['metrics'] })
    standIn.current.listing.ignoreFilter = true
    const found = await clientFor(standIn.current.url).client.list({ sourceOrgId: SOURCE_ORG.id })
    expect(found.map(c => c.id)).toEqual([ours.id])
    expect(standIn.current.requests[0].url).toBe(
      `/api/v2/org_connections?source_org_id=${SOURCE_ORG.id}&limit=1000&offset=0`
    )
  })

  it('matches ids without regard to case', async () => {
    const ours = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    standIn.current.listing.ignoreFilter = true
    const found = await clientFor(standIn.current.url).client.list({ sinkOrgId: SINK.toUpperCase() })
    expect(found.map(c => c.id)).toEqual([ours.id])
  })

  it('keeps each connection once when pages overlap', async () => {
    await standIn.restart({ pageSize: 2 })
    const seeded = [1, 2, 3].map(() => standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] }))
    standIn.current.listing.overlap = 1
    const found = await clientFor(standIn.current.url).client.list({ sinkOrgId: SINK })
    expect(found.map(c => c.id)).toEqual(seeded.map(c => c.id))
  })

  it('stops with a clear error when a page adds nothing new (offset ignored, a huge total claimed)', async () => {
    await standIn.restart({ pageSize: 2 })
    ;[1, 2, 3].forEach(() => standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] }))
    Object.assign(standIn.current.listing, { ignoreOffset: true, total: 1_000_000_000 })
    const error = await boundedClient(standIn.current.url)
      .list({ sinkOrgId: SINK })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatadogError)
    expect((error as Error).message).toMatch(
      /answered 200 when listing the connections .*page at offset 2 holds only connections of earlier pages .*paging is broken/
    )
    expect(standIn.current.requests).toHaveLength(2)
  })

  it('stops after maxPages', async () => {
    await standIn.restart({ pageSize: 2 })
    for (let i = 0; i < 20; i++) standIn.current.seed({ sinkOrgId: OTHER_SINK, types: ['logs'] })
    standIn.current.listing.ignoreFilter = true
    await expect(boundedClient(standIn.current.url).list({ sinkOrgId: SINK })).rejects.toThrow(
      /did not end after 4 pages \(0 matching connections so far\)/
    )
    expect(standIn.current.requests).toHaveLength(4)
  })

  it('stops beyond maxMatches', async () => {
    await standIn.restart({ pageSize: 2 })
    for (let i = 0; i < 4; i++) standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    await expect(boundedClient(standIn.current.url).list({ sinkOrgId: SINK })).rejects.toThrow(
      /more than 3 matching connections/
    )
  })

  it.each(['..', '.', 'x/../../v1', '\ud800'])('refuses a listed id %j before it can be used in a path', async id => {
    standIn.current.seed({ sinkOrgId: SINK, types: ['logs'], id })
    const error = await clientFor(standIn.current.url)
      .client.list({ sinkOrgId: SINK })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatadogError)
    expect((error as Error).message).toMatch(/item 1 of the page has a connection id that is not a UUID: /)
  })

  it('reads a page far larger than the argument limit of a call (minimal items, within the 16 MiB cap)', async () => {
    standIn.current.fault({ method: 'GET', status: 200, body: hostile.hugePage(200_000) })
    const found = await new OrgConnectionsClient(
      clientFor(standIn.current.url).transport,
      { siteLabel: 'x' },
      {
        pageSize: 1000,
        maxPages: 1,
        maxMatches: 10
      }
    ).list({ sinkOrgId: SINK })
    expect(found).toEqual([])
  })
})

describe('answers crafted to crash', () => {
  it('reports a created connection whose answer also holds deeply nested JSON', async () => {
    standIn.current.fault({
      method: 'POST',
      answer: (result: { status: number; body: unknown }) => ({
        status: result.status,
        body: hostile.withNested(result.body, 500_000)
      })
    })
    const result = await clientFor(standIn.current.url).client.create(SINK, ['logs'])
    const [stored] = [...standIn.current.connections.values()]
    expect(result).toMatchObject({ kind: 'created', connection: { id: stored.id, connectionTypes: ['logs'] } })
    expect(result.kind === 'created' && result.incomplete).toBeFalsy()
    expect(() => JSON.stringify(result)).not.toThrow()
  })

  it('reports a created connection by its id when the rest of the answer is unusable', async () => {
    standIn.current.fault({
      method: 'POST',
      answer: (result: { status: number; body: { data: { id: string } } }) => ({
        status: 200,
        body: `{"data":{"id":"${result.body.data.id}","attributes":{"connection_types":${hostile.nested(300_000)}}}}`
      })
    })
    const result = await clientFor(standIn.current.url).client.create(SINK, ['logs'])
    const [stored] = [...standIn.current.connections.values()]
    expect(result).toMatchObject({
      kind: 'created',
      connection: { id: stored.id, connectionTypes: ['logs'], sinkOrg: { id: SINK } }
    })
    expect(result.kind === 'created' && result.incomplete?.text()).toMatch(
      /named connection \S+ but was otherwise unusable \(no list of connection types/
    )
  })

  it('explains an error body nested deeper than the stack', async () => {
    standIn.current.fault({ method: 'POST', status: 400, body: `{"errors":[${hostile.nested(500_000)}]}` })
    await expect(clientFor(standIn.current.url).client.create(SINK, ['logs'])).rejects.toThrow(
      /400 Bad Request when creating the connection .*: \(not a text\)\./
    )
  })

  it.each(['..', '\ud800', `${SINK}/..`])('never sends an id that is not a UUID: %j', async id => {
    const { client } = clientFor(standIn.current.url)
    await expect(client.delete(id)).rejects.toThrow(/Not a UUID, so not sent to Datadog/)
    await expect(client.update(id, ['logs'])).rejects.toThrow(/Not a UUID/)
    expect(standIn.current.requests).toHaveLength(0)
  })

  it('refuses an update answer about another connection', async () => {
    const a = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    const b = standIn.current.seed({ sinkOrgId: OTHER_SINK, types: ['logs'] })
    standIn.current.fault({
      method: 'PATCH',
      answer: () => ({
        status: 200,
        body: { data: { id: b.id, type: 'org_connection', attributes: { connection_types: ['logs'] } } }
      })
    })
    await expect(clientFor(standIn.current.url).client.update(a.id, ['logs'])).rejects.toThrow(
      /but with another connection: /
    )
  })

  it('refuses an update answer with other types than asked (a PATCH that was ignored)', async () => {
    const a = standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    standIn.current.fault({
      method: 'PATCH',
      answer: () => ({
        status: 200,
        body: { data: { id: a.id, type: 'org_connection', attributes: { connection_types: ['metrics'] } } }
      })
    })
    await expect(clientFor(standIn.current.url).client.update(a.id, ['logs'])).rejects.toThrow(
      /but describing other types than asked: types metrics, not logs/
    )
  })

  it('refuses a create answer about another sink org or other types', async () => {
    standIn.current.fault({
      method: 'POST',
      answer: (result: { body: { data: { relationships: { sink_org: { data: { id: string } } } } } }) => {
        result.body.data.relationships.sink_org.data.id = OTHER_SINK
        return { status: 200, body: result.body }
      }
    })
    await expect(clientFor(standIn.current.url).client.create(SINK, ['logs'])).rejects.toThrow(
      new RegExp(`describing another connection than asked: sink org ${OTHER_SINK}, not ${SINK}`)
    )
  })
})

describe('OrgConnectionsClient.currentUser', () => {
  it('names the org and whether the keys are a service account’s, and nothing personal', async () => {
    const { client } = clientFor(standIn.current.url)
    expect(await client.currentUser()).toEqual({
      orgId: SOURCE_ORG.id,
      orgName: SOURCE_ORG.name,
      serviceAccount: true
    })
    standIn.current.user.serviceAccount = false
    expect(await client.currentUser()).toMatchObject({ serviceAccount: false })
    expect(standIn.current.calls()).toEqual(['GET /api/v2/current_user', 'GET /api/v2/current_user'])
  })

  it('explains a refusal like any other API error, without quoting its text (it may name a person)', async () => {
    standIn.current.fault({
      path: '/api/v2/current_user',
      status: 403,
      body: { errors: ['Forbidden for jane@acme.example'] }
    })
    const error = await clientFor(standIn.current.url)
      .client.currentUser()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatadogError)
    expect((error as Error).message).toMatch(
      /^Datadog answered 403 Forbidden when reading which org the keys belong to \(GET \/api\/v2\/current_user\): \(its text is not shown: it may name a person\)\. The keys were refused/
    )
    expect((error as Error).message).not.toContain('jane')
  })

  it('refuses an org id that is not a UUID, without quoting the personal data in the answer', async () => {
    standIn.current.fault({
      path: '/api/v2/current_user',
      answer: (result: { body: { data: { relationships: { org: { data: { id: string } } } } } }) => {
        result.body.data.relationships.org.data.id = '..'
        return { status: 200, body: result.body }
      }
    })
    const error = await clientFor(standIn.current.url)
      .client.currentUser()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatadogError)
    expect((error as Error).message).toMatch(/not with a usable user: no org id that is a UUID\./)
    expect((error as Error).message).not.toMatch(/provisioning-bot|Provisioning Bot/)
  })
})
