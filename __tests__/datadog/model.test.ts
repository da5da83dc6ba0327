import {
  isUuid,
  parseConnection,
  parseConnectionDocument,
  parseConnectionPage,
  parseCurrentUser,
  withNamesFrom,
  withTypes,
  type OrgConnection,
  type Parsed
} from '../../src/datadog/model.js'

function value<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Error(parsed.problem.text())
  return parsed.value
}
function problem(parsed: Parsed<unknown>): string {
  return parsed.ok ? '(parsed)' : parsed.problem.text()
}
const connection = (data: unknown): OrgConnection => value(parseConnectionDocument({ data }))

// Shaped like answers recorded from Datadog's API (ids and names are ours).
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
const OTHER_ORG = 'c1a5e0f2-7f97-11f0-9a3b-2b7d1e4c5a6f'
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
  const withAttributes = (attributes: Record<string, unknown>) => ({
    ...created,
    attributes: { ...created.attributes, ...attributes }
  })

  it('refuses an implausible list of types: far more than Datadog has, or far longer than a name', () => {
    expect(problem(parseConnection(withAttributes({ connection_types: Array(21).fill('logs') })))).toMatch(
      /^an implausible list of 21 connection types/
    )
    expect(problem(parseConnection(withAttributes({ connection_types: ['x'.repeat(101)] })))).toMatch(/implausible/)
  })

  it('passes created_at on only when it is a timestamp', () => {
    expect(value(parseConnection(withAttributes({ created_at: '2025\n::warning::x' }))).createdAt).toBeUndefined()
    expect(value(parseConnection(withAttributes({ created_at: '2026-11-25T03:30:36Z' }))).createdAt).toBe(
      '2026-11-25T03:30:36Z'
    )
  })

  it('reads ids, names, types and created_at exactly as given', () => {
    expect(parseConnectionDocument({ data: created })).toEqual({
      ok: true,
      value: {
        id: created.id,
        connectionTypes: ['logs'],
        createdAt: '2025-08-26T20:19:36.177236+00:00',
        sourceOrg: { id: '4dee724d-00cc-11ea-a77b-570c9d03c6c5', name: 'Prod' },
        sinkOrg: { id: '83999dcd-7f97-11f0-8de1-1ecf66f1aa85', name: 'Security' },
        createdBy: { id: '03e6bc43-7ecc-11f0-b50b-f28f2be41840', name: 'Bot' },
        raw: created
      }
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
    expect(parseConnectionDocument(body)).toMatchObject({ ok: false })
  })
  it('tolerates missing relationships', () => {
    expect(value(parseConnection({ id: created.id, attributes: { connection_types: [] } }))).toMatchObject({
      id: created.id,
      sinkOrg: undefined
    })
  })
})

describe('parseConnectionPage', () => {
  it('reads the page and the filtered total', () => {
    const page = value(
      parseConnectionPage({ data: [created, patched], meta: { page: { total_count: 9, total_filtered_count: 3 } } })
    )
    expect(page).toMatchObject({ totalFiltered: 3, received: 2 })
    expect(page.connections.map(c => c.id)).toEqual([created.id, created.id])
  })
  it('reads the recorded empty list', () => {
    expect(parseConnectionPage({ data: [], meta: { page: { total_count: 0, total_filtered_count: 0 } } })).toEqual({
      ok: true,
      value: { connections: [], totalFiltered: 0, received: 0 }
    })
  })
  it('refuses what is not a list', () => {
    expect(problem(parseConnectionPage({ data: {} }))).toBe('no data list')
    expect(problem(parseConnectionPage('<html>'))).toBe('no data list')
  })
  it('refuses the whole page for one unusable item, naming it', () => {
    expect(problem(parseConnectionPage({ data: [created, { junk: true }] }))).toBe(
      'item 2 of the page has a connection id that is not a UUID: (none)'
    )
  })
  it('reads a very large page without spreading it into a call', () => {
    const data = Array.from({ length: 200_000 }, () => created)
    expect(value(parseConnectionPage({ data })).received).toBe(200_000)
  })
})

describe('withNamesFrom', () => {
  it('fills the names a PATCH answer leaves out, in the fields and in the raw object', () => {
    const merged = withNamesFrom(connection(patched), connection(created))
    expect(merged.connectionTypes).toEqual(['logs', 'metrics'])
    expect([merged.sourceOrg?.name, merged.sinkOrg?.name, merged.createdBy?.name]).toEqual(['Prod', 'Security', 'Bot'])
    expect(merged.raw).toEqual({ ...patched, relationships: created.relationships })
    expect(patched.relationships.sink_org.data).not.toHaveProperty('name')
  })
  it('keeps a name the update did return, and never names another org', () => {
    const renamed = {
      ...created,
      relationships: { ...created.relationships, sink_org: { data: { type: 'orgs', id: OTHER_ORG } } }
    }
    const merged = withNamesFrom(connection(renamed), connection(created))
    expect(merged.sinkOrg).toEqual({ id: OTHER_ORG })
    expect(merged.sourceOrg?.name).toBe('Prod')
  })
})

describe('withTypes', () => {
  it('describes the connection with other types without touching the original', () => {
    const original = connection(created)
    const next = withTypes(original, ['audit'])
    expect(next.connectionTypes).toEqual(['audit'])
    expect((next.raw.attributes as Record<string, unknown>).connection_types).toEqual(['audit'])
    expect(original.connectionTypes).toEqual(['logs'])
    expect(created.attributes.connection_types).toEqual(['logs'])
  })
})

/** `[[[...]]]` nested `depth` deep: JSON.parse reads it, JSON.stringify and structuredClone overflow the stack. */
function nested(depth: number): unknown {
  return JSON.parse('['.repeat(depth) + ']'.repeat(depth))
}

describe('ids from the API', () => {
  it.each([
    { name: 'a UUID', id: created.id, ok: true },
    { name: 'an upper-case UUID', id: created.id.toUpperCase(), ok: true },
    { name: '..', id: '..', ok: false },
    { name: '.', id: '.', ok: false },
    { name: 'a path', id: '../../v1/org', ok: false },
    { name: 'a UUID with a tail', id: `${created.id}/x`, ok: false },
    { name: 'a lone surrogate', id: `${created.id.slice(0, 35)}\ud800`, ok: false },
    { name: 'a number', id: 42, ok: false }
  ])('$name: $id', ({ id, ok }) => expect(isUuid(id)).toBe(ok))

  it.each(['..', '.', '', 'x/../y', '\ud800'])('refuses connection id %j, quoting it safely', id => {
    const parsed = parseConnection({ ...created, id })
    expect(problem(parsed)).toMatch(/^a connection id that is not a UUID: /)
    expect(problem(parsed)).not.toMatch(/[\ud800-\udfff]/)
  })

  it.each(['source_org', 'sink_org', 'created_by'] as const)('refuses a %s id that is not a UUID', name => {
    const relationships = { ...created.relationships, [name]: { data: { type: 'orgs', id: '..' } } }
    expect(problem(parseConnection({ ...created, relationships }))).toBe(`a ${name} id that is not a UUID: ..`)
  })
})

describe('answers crafted to crash', () => {
  it('keeps only the known fields, so a deeply nested extra cannot crash JSON.stringify or structuredClone', () => {
    const hostile = {
      ...created,
      attributes: { ...created.attributes, extra: nested(200_000) },
      relationships: {
        ...created.relationships,
        sink_org: { data: { ...created.relationships.sink_org.data, name: nested(200_000) } }
      },
      meta: nested(200_000)
    }
    const parsed = connection(hostile)
    expect(() => JSON.stringify(parsed.raw)).not.toThrow()
    expect(() => structuredClone(parsed.raw)).not.toThrow()
    expect(parsed.raw).toEqual({
      ...created,
      relationships: {
        ...created.relationships,
        sink_org: { data: { type: 'orgs', id: created.relationships.sink_org.data.id } }
      }
    })
  })

  it('refuses types that are not texts (nested too) without recursing into them', () => {
    expect(problem(parseConnection({ ...created, attributes: { connection_types: nested(200_000) } }))).toBe(
      `no list of connection types (connection ${created.id})`
    )
  })
})

describe('parseCurrentUser', () => {
  const ORG = '4dee724d-00cc-11ea-a77b-570c9d03c6c5'
  const user = (orgId: unknown, extra: Record<string, unknown> = {}) => ({
    data: {
      type: 'users',
      id: '03e6bc43-7ecc-11f0-b50b-f28f2be41840',
      attributes: { name: 'Jane Doe', handle: 'jane@example.com', email: 'jane@example.com', service_account: true },
      relationships: { org: { data: { type: 'orgs', id: orgId } }, roles: { data: [] } }
    },
    ...extra
  })

  it('reads the org id, the org name from included, and the service-account flag, and nothing personal', () => {
    const parsed = value(
      parseCurrentUser(
        user(ORG, {
          included: [
            { type: 'roles', id: 'r', attributes: { name: 'Admin' } },
            { type: 'orgs', id: ORG.toUpperCase(), attributes: { name: 'Acme Production', public_id: 'abc' } }
          ]
        })
      )
    )
    expect(parsed).toEqual({ orgId: ORG, orgName: 'Acme Production', serviceAccount: true })
    expect(JSON.stringify(parsed)).not.toMatch(/jane|Jane/)
  })

  it('does without included, and reads a missing flag as a person', () => {
    const answer = user(ORG)
    delete (answer.data.attributes as Record<string, unknown>).service_account
    expect(value(parseCurrentUser(answer))).toEqual({ orgId: ORG, serviceAccount: false })
  })

  it.each([['..'], [undefined], ['provisioning-bot@acme.example']])('refuses org id %j, without quoting it', id =>
    expect(problem(parseCurrentUser(user(id)))).toBe('no org id that is a UUID')
  )

  it('refuses what is not a user', () => {
    expect(problem(parseCurrentUser('<html>'))).toBe('no data object')
  })
})
