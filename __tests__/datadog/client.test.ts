import { SINK_ORGS, startStandIn } from '../../scripts/stand-in.js'
import { DatadogApiError, UnexpectedAnswerError } from '../../src/datadog/errors.js'
import { clientFor, OTHER_SINK, SINK } from '../helpers.js'

type StandIn = Awaited<ReturnType<typeof startStandIn>>
let standIn: StandIn
afterEach(async () => {
  await standIn.close()
})

describe('OrgConnectionsClient.list', () => {
  it('reads every page (limit/offset, total_filtered_count) and keeps only this sink org', async () => {
    standIn = await startStandIn({ pageSize: 2 })
    standIn.seed({ sinkOrgId: OTHER_SINK, types: ['logs'] })
    for (let i = 0; i < 4; i++) standIn.seed({ sinkOrgId: `aaaaaaaa-0000-4000-8000-00000000000${i}`, types: ['logs'] })
    const wanted = standIn.seed({ sinkOrgId: SINK, types: ['metrics'] })
    // A server that ignores the filter: the client must still keep only exact matches.
    standIn.fault({
      method: 'GET',
      times: 10,
      body: (req: { query: Record<string, string> }) => {
        const all = [...standIn.connections.values()]
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
    const found = await clientFor(standIn.url).client.list({ sinkOrgId: SINK })
    expect(found.map(c => c.id)).toEqual([wanted.id])
    expect(standIn.requests.map(r => r.query.offset)).toEqual(['0', '2', '4'])
  })

  it('pages through a real filtered list', async () => {
    standIn = await startStandIn({ pageSize: 1 })
    standIn.seed({ sinkOrgId: SINK, types: ['logs'] })
    standIn.seed({ sinkOrgId: SINK, types: ['audit'] })
    standIn.seed({ sinkOrgId: OTHER_SINK, types: ['logs'] })
    const found = await clientFor(standIn.url).client.list({ sinkOrgId: SINK })
    expect(found.map(c => c.connectionTypes)).toEqual([['logs'], ['audit']])
    expect(standIn.requests.map(r => r.url)).toEqual([
      `/api/v2/org_connections?sink_org_id=${SINK}&limit=1000&offset=0`,
      `/api/v2/org_connections?sink_org_id=${SINK}&limit=1000&offset=1`
    ])
  })

  it('refuses a 200 that is not a list', async () => {
    standIn = await startStandIn()
    standIn.fault({ status: 200, body: '<html>captive portal</html>' })
    await expect(clientFor(standIn.url).client.list({ sinkOrgId: SINK })).rejects.toThrow(UnexpectedAnswerError)
  })
})

describe('OrgConnectionsClient writes', () => {
  beforeEach(async () => {
    standIn = await startStandIn()
  })

  it('creates with the contract’s JSON:API body', async () => {
    const result = await clientFor(standIn.url).client.create(SINK, ['logs', 'metrics'])
    expect(result).toMatchObject({
      kind: 'created',
      connection: { connectionTypes: ['logs', 'metrics'], sinkOrg: SINK_ORGS[0] }
    })
    expect(standIn.requests[0].body).toEqual({
      data: {
        type: 'org_connection',
        attributes: { connection_types: ['logs', 'metrics'] },
        relationships: { sink_org: { data: { type: 'orgs', id: SINK } } }
      }
    })
  })

  it('reports 409 as "exists", and whether an earlier attempt may have made it', async () => {
    const { client } = clientFor(standIn.url)
    await client.create(SINK, ['logs'])
    expect(await client.create(SINK, ['logs'])).toEqual({ kind: 'exists', mayBeOurs: false })
    standIn.fault({ method: 'POST', status: 429, headers: { 'x-ratelimit-reset': '0' } })
    expect(await client.create(SINK, ['logs'])).toEqual({ kind: 'exists', mayBeOurs: false })
    standIn.fault({ method: 'POST', status: 502, body: 'Bad Gateway' })
    expect(await client.create(SINK, ['logs'])).toEqual({ kind: 'exists', mayBeOurs: true })
    standIn.fault({ method: 'POST', drop: 'before' })
    expect(await client.create(SINK, ['logs'])).toEqual({ kind: 'exists', mayBeOurs: true })
  })

  it('explains a 404 on create by naming the sink org', async () => {
    const error = await clientFor(standIn.url)
      .client.create('00000000-0000-4000-8000-000000000000', ['logs'])
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatadogApiError)
    expect((error as Error).message).toMatch(
      /404 Not Found .*: Not found\. Sink org 00000000-0000-4000-8000-000000000000 was not found/
    )
  })

  it('refuses a 200 create answer without a connection id', async () => {
    standIn.fault({ method: 'POST', status: 200, body: { data: { type: 'org_connection' } } })
    await expect(clientFor(standIn.url).client.create(SINK, ['logs'])).rejects.toThrow(
      /but not with a usable org connection: a connection id that is not a UUID: \(none\)\. Its answer: /
    )
  })

  it('updates with the contract’s body, returning the thin PATCH answer', async () => {
    const { client } = clientFor(standIn.url)
    const created = await client.create(SINK, ['logs'])
    const id = created.kind === 'created' ? created.connection.id : ''
    const updated = await client.update(id, ['logs', 'audit'])
    expect(updated).toMatchObject({ id, connectionTypes: ['logs', 'audit'], sinkOrg: { id: SINK } })
    expect(updated.sinkOrg?.name).toBeUndefined()
    expect(standIn.requests[1].body).toEqual({
      data: { type: 'org_connection', id, attributes: { connection_types: ['logs', 'audit'] } }
    })
  })

  it('deletes; a 404 is "already gone" unless an earlier attempt may have deleted it', async () => {
    const { client } = clientFor(standIn.url)
    const a = standIn.seed({ sinkOrgId: SINK, types: ['logs'] })
    expect(await client.delete(a.id)).toBe('deleted')
    expect(await client.delete(a.id)).toBe('already-gone')
    const b = standIn.seed({ sinkOrgId: SINK, types: ['logs'] })
    standIn.fault({ method: 'DELETE', drop: 'after' })
    expect(await client.delete(b.id)).toBe('deleted')
    expect(standIn.calls()).toEqual(Array(4).fill(expect.stringMatching(/^DELETE /)))
    expect(standIn.connections.size).toBe(0)
  })
})
