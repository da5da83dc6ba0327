import {
  parseConnection,
  parseConnectionDocument,
  parseConnectionPage,
  withNamesFrom,
  withTypes
} from '../../src/datadog/model.js'

// Shaped like the recorded answers in shared/datadog/cassettes (ids and names are ours).
const created = {
  type: 'org_connection',
  id: '40bbb1c2-32b2-4aa3-8a1a-5d93b5382e3d',
  attributes: { created_at: '2025-08-26T20:19:36.177236+00:00', connection_types: ['logs'] },
  relationships: {
    source_org: { data: { type: 'orgs', id: '4dee724d-00cc-11ea-a77b-570c9d03c6c5', name: 'Prod' } },
    sink_org: { data: { type: 'orgs', id: '83999dcd-7f97-11f0-8de1-1ecf66f1aa85', name: 'Security' } },
    created_by: { data: { type: 'users', id: '03e6bc43-7ecc-11f0-b50b-f28f2be41840', name: 'Bot' } }
  }
}
const patched = {
  ...created,
  attributes: { ...created.attributes, connection_types: ['logs', 'metrics'] },
  relationships: {
    source_org: { data: { type: 'orgs', id: '4dee724d-00cc-11ea-a77b-570c9d03c6c5' } },
    sink_org: { data: { type: 'orgs', id: '83999dcd-7f97-11f0-8de1-1ecf66f1aa85' } },
    created_by: { data: { type: 'users', id: '03e6bc43-7ecc-11f0-b50b-f28f2be41840' } }
  }
}

describe('parseConnection', () => {
  it('reads ids, names, types and created_at exactly as given', () => {
    expect(parseConnectionDocument({ data: created })).toEqual({
      id: created.id,
      connectionTypes: ['logs'],
      createdAt: '2025-08-26T20:19:36.177236+00:00',
      sourceOrg: { id: '4dee724d-00cc-11ea-a77b-570c9d03c6c5', name: 'Prod' },
      sinkOrg: { id: '83999dcd-7f97-11f0-8de1-1ecf66f1aa85', name: 'Security' },
      createdBy: { id: '03e6bc43-7ecc-11f0-b50b-f28f2be41840', name: 'Bot' },
      raw: created
    })
  })
  it.each([
    ['no data', {}],
    ['no id', { data: { ...created, id: undefined } }],
    ['an empty id', { data: { ...created, id: '' } }],
    ['types not an array', { data: { ...created, attributes: { connection_types: 'logs' } } }],
    ['not an object', { data: 'ok' }],
    ['null', null]
  ])('refuses a document with %s', (_, body) => {
    expect(parseConnectionDocument(body)).toBeUndefined()
  })
  it('tolerates missing relationships', () => {
    expect(parseConnection({ id: 'x', attributes: { connection_types: [] } })).toMatchObject({
      id: 'x',
      sinkOrg: undefined
    })
  })
})

describe('parseConnectionPage', () => {
  it('reads the page and the filtered total, counting unusable items for paging', () => {
    const page = parseConnectionPage({
      data: [created, { junk: true }],
      meta: { page: { total_count: 9, total_filtered_count: 3 } }
    })
    expect(page).toMatchObject({ totalFiltered: 3, received: 2 })
    expect(page?.connections.map(c => c.id)).toEqual([created.id])
  })
  it('reads the recorded empty list', () => {
    expect(parseConnectionPage({ data: [], meta: { page: { total_count: 0, total_filtered_count: 0 } } })).toEqual({
      connections: [],
      totalFiltered: 0,
      received: 0
    })
  })
  it('refuses what is not a list', () => {
    expect(parseConnectionPage({ data: {} })).toBeUndefined()
    expect(parseConnectionPage('<html>')).toBeUndefined()
  })
})

describe('withNamesFrom', () => {
  it('fills the names a PATCH answer leaves out, in the fields and in the raw object', () => {
    const merged = withNamesFrom(
      parseConnectionDocument({ data: patched })!,
      parseConnectionDocument({ data: created })!
    )
    expect(merged.connectionTypes).toEqual(['logs', 'metrics'])
    expect([merged.sourceOrg?.name, merged.sinkOrg?.name, merged.createdBy?.name]).toEqual(['Prod', 'Security', 'Bot'])
    expect(merged.raw).toEqual({ ...patched, relationships: created.relationships })
    expect(patched.relationships.sink_org.data).not.toHaveProperty('name')
  })
  it('keeps a name the update did return, and never names another org', () => {
    const renamed = {
      ...created,
      relationships: { ...created.relationships, sink_org: { data: { type: 'orgs', id: 'other' } } }
    }
    const merged = withNamesFrom(
      parseConnectionDocument({ data: renamed })!,
      parseConnectionDocument({ data: created })!
    )
    expect(merged.sinkOrg).toEqual({ id: 'other' })
    expect(merged.sourceOrg?.name).toBe('Prod')
  })
})

describe('withTypes', () => {
  it('describes the connection with other types without touching the original', () => {
    const original = parseConnectionDocument({ data: created })!
    const next = withTypes(original, ['audit'])
    expect(next.connectionTypes).toEqual(['audit'])
    expect((next.raw.attributes as Record<string, unknown>).connection_types).toEqual(['audit'])
    expect(original.connectionTypes).toEqual(['logs'])
    expect(created.attributes.connection_types).toEqual(['logs'])
  })
})
