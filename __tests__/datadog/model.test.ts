import {
  MAX_TYPE_CHARS,
  carryOver,
  MAX_TYPES,
  connectionJson,
  connectionResource,
  createdAtMs,
  isKnownConnectionType,
  isUuid,
  parseConnection,
  parseConnectionPage,
  parseCurrentUser,
  rfc3339Ms,
  type OrgConnection,
  type Parsed
} from '../../src/datadog/model.js'
import {
  RECORDED,
  REFERENCE,
  recordedCreateAnswer,
  recordedEmptyList,
  recordedListAnswer,
  recordedPatchAnswer,
  referenceCreateAnswer
} from '../fixtures/contract/index.js'

function value<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Error(parsed.problem.text())
  return parsed.value
}
function problem(parsed: Parsed<unknown>): string {
  return parsed.ok ? '(parsed)' : parsed.problem.text()
}
const read = (body: unknown): OrgConnection => value(parseConnection(connectionResource(body)))

/** A recorded connection resource with some of its parts replaced. */
function resource(change: { attributes?: Record<string, unknown>; relationships?: Record<string, unknown> } = {}) {
  const { data } = recordedCreateAnswer()
  return {
    ...data,
    attributes: { ...data.attributes, ...change.attributes },
    relationships: { ...data.relationships, ...change.relationships }
  }
}

describe('the contract’s own answers', () => {
  it('reads the API reference’s example create answer whole, creator id usr123abc456 included', () => {
    expect(read(referenceCreateAnswer())).toEqual({
      id: REFERENCE.id,
      connectionTypes: ['logs', 'metrics'],
      createdAt: '2023-01-01T12:00:00Z',
      sourceOrg: { id: REFERENCE.id, name: 'Example Org' },
      sinkOrg: { id: REFERENCE.id, name: 'Example Org' },
      // The creator's name is personal data: only the id is read.
      createdBy: { id: 'usr123abc456' }
    })
  })

  it('renders the connection output as the answer’s own JSON:API object', () => {
    // All of it but the creator's name (personal data, never read).
    const reference = referenceCreateAnswer().data
    const creator = { data: { id: reference.relationships.created_by.data.id, type: 'users' } }
    expect(connectionJson(read(referenceCreateAnswer()))).toEqual({
      ...reference,
      relationships: { ...reference.relationships, created_by: creator }
    })
    expect(connectionJson(read(recordedPatchAnswer()))).toEqual(recordedPatchAnswer().data)
  })

  it('reads the recorded list answer, leaving `included` (a user’s email) out of everything it returns', () => {
    const page = value(parseConnectionPage(recordedListAnswer()))
    expect(page).toEqual({
      received: 1,
      totalFiltered: 1,
      connections: [
        {
          id: RECORDED.listed.id,
          connectionTypes: ['logs'],
          createdAt: '2025-09-23T09:16:50.558314+00:00',
          sourceOrg: RECORDED.sourceOrg,
          sinkOrg: RECORDED.sinkOrg,
          createdBy: { id: RECORDED.user.id }
        }
      ]
    })
    const rendered = JSON.stringify([page, ...page.connections.map(connectionJson)])
    expect(rendered).not.toContain(RECORDED.user.email)
    expect(rendered).not.toContain('gravatar')
  })

  it('reads the recorded PATCH answer: org ids without names', () => {
    const patched = read(recordedPatchAnswer())
    expect(patched.sinkOrg).toEqual({ id: RECORDED.sinkOrg.id })
    expect(patched.connectionTypes).toEqual(['logs', 'metrics'])
  })

  it('reads the recorded empty list', () => {
    expect(parseConnectionPage(recordedEmptyList())).toEqual({
      ok: true,
      value: { connections: [], totalFiltered: 0, received: 0 }
    })
  })
})

describe('carryOver', () => {
  const listedConnection = () => read(recordedCreateAnswer())

  it('fills the names a PATCH answer leaves out from the listed connection, keeping the answer’s types', () => {
    const merged = carryOver(read(recordedPatchAnswer()), listedConnection())
    expect(merged).toEqual({ ...listedConnection(), connectionTypes: ['logs', 'metrics'] })
  })

  it('names only the same org (ids in any case), and keeps what the answer says', () => {
    const patched = read(recordedPatchAnswer())
    const updated = {
      ...patched,
      sourceOrg: { id: RECORDED.sourceOrg.id.toUpperCase() },
      sinkOrg: { id: 'another org' },
      createdBy: { id: RECORDED.creator.id, name: 'Renamed' }
    }
    const merged = carryOver(updated, listedConnection())
    expect(merged.sourceOrg).toEqual({ id: RECORDED.sourceOrg.id.toUpperCase(), name: RECORDED.sourceOrg.name })
    expect(merged.sinkOrg).toEqual({ id: 'another org' })
    expect(merged.createdBy).toEqual({ id: RECORDED.creator.id, name: 'Renamed' })
  })

  it('takes what the answer lacks entirely from the listed connection', () => {
    const merged = carryOver({ id: RECORDED.created.id, connectionTypes: ['audit'] }, listedConnection())
    expect(merged).toEqual({ ...listedConnection(), connectionTypes: ['audit'] })
  })
})

describe('created_at', () => {
  const createdAt = (text: unknown) => value(parseConnection(resource({ attributes: { created_at: text } }))).createdAt

  it.each([
    '2025-08-26T20:19:36.177236+00:00',
    '2023-01-01T12:00:00Z',
    '2023-01-01t12:00:00z',
    '1985-04-12T23:20:50.52Z',
    '1996-12-19T16:39:57-08:00',
    '2025-08-26T20:19:36.177236123456789+00:00',
    '2016-12-31T23:59:60Z',
    '2024-02-29T00:00:00-00:00'
  ])('passes %s on exactly as given', text => {
    expect(createdAt(text)).toBe(text)
  })

  it.each([
    ['a forged command', '2025\n::warning::x'],
    ['a space for T', '2023-01-01 12:00:00Z'],
    ['no offset', '2023-01-01T12:00:00'],
    ['an offset without colon', '2023-01-01T12:00:00+0000'],
    ['29 February of a common year', '2023-02-29T00:00:00Z'],
    ['month 13', '2023-13-01T00:00:00Z'],
    ['hour 24', '2023-01-01T24:00:00Z'],
    ['a number', 1_700_000_000],
    ['an empty text', ''],
    ['far too long', `2023-01-01T12:00:00.${'1'.repeat(200)}Z`]
  ])('drops %s, and keeps the connection', (_, text) => {
    expect(createdAt(text)).toBeUndefined()
  })

  it('is the same instant whatever the spelling: case, fraction digits, offset', () => {
    const spellings = [
      '2025-08-26T20:19:36.177236+00:00',
      '2025-08-26t20:19:36.177z',
      '2025-08-26T20:19:36.1770Z',
      '2025-08-26T22:19:36.17799999999+02:00',
      '2025-08-26T15:49:36.177-04:30'
    ]
    const instants = spellings.map(createdAt => createdAtMs({ createdAt }))
    expect(new Set(instants)).toEqual(new Set([Date.UTC(2025, 7, 26, 20, 19, 36, 177)]))
  })

  it('counts a leap second as the second after 59, and knows nothing of other texts', () => {
    expect(rfc3339Ms('2016-12-31T23:59:60Z')).toBe(Date.UTC(2017, 0, 1))
    expect(createdAtMs({})).toBeUndefined()
    expect(createdAtMs({ createdAt: 'yesterday' })).toBeUndefined()
  })
})

describe('connection types', () => {
  const types = (connection_types: unknown) => parseConnection(resource({ attributes: { connection_types } }))

  it('keeps types this version does not know, in Datadog’s order', () => {
    expect(value(types(['apm', 'logs', 'APM'])).connectionTypes).toEqual(['apm', 'logs', 'APM'])
    expect(isKnownConnectionType('audit')).toBe(true)
    expect(isKnownConnectionType('apm')).toBe(false)
  })

  it(`accepts up to ${MAX_TYPES} types of up to ${MAX_TYPE_CHARS} characters, and refuses more, naming the field`, () => {
    expect(value(types(Array(MAX_TYPES).fill('x'.repeat(MAX_TYPE_CHARS)))).connectionTypes).toHaveLength(MAX_TYPES)
    expect(problem(types(Array(MAX_TYPES + 1).fill('logs')))).toBe(
      'attributes.connection_types holds 51 types, not at most 50 types of at most 100 characters'
    )
    expect(problem(types(['x'.repeat(MAX_TYPE_CHARS + 1)]))).toMatch(/^attributes\.connection_types holds 1 types/)
  })

  it.each([
    ['missing', undefined, `attributes.connection_types is missing (connection ${RECORDED.created.id})`],
    ['a text', 'logs', 'attributes.connection_types is not a list of texts'],
    ['a list with a number', ['logs', 1], 'attributes.connection_types is not a list of texts']
  ])('refuses types that are %s, naming the field', (_, given, says) => {
    expect(problem(types(given))).toBe(says)
  })

  it('refuses types nested deeper than the stack without walking them', () => {
    const deep = JSON.parse('['.repeat(200_000) + ']'.repeat(200_000)) as unknown
    expect(problem(types(deep))).toBe('attributes.connection_types is not a list of texts')
  })
})

describe('ids and relationships', () => {
  const ID = RECORDED.created.id

  it.each([
    { id: ID, ok: true },
    { id: ID.toUpperCase(), ok: true },
    { id: '..', ok: false },
    { id: `${ID}/x`, ok: false },
    { id: `${ID.slice(0, 35)}\ud800`, ok: false },
    { id: 42, ok: false }
  ])('a connection id $id is a UUID: $ok', ({ id, ok }) => expect(isUuid(id)).toBe(ok))

  it.each([
    ['..', 'id is not a UUID: ..'],
    ['', 'id is not a UUID: '],
    [7, 'id is not a UUID: (number)'],
    [undefined, 'id is missing']
  ])('refuses connection id %j, naming the field and quoting it safely', (id, says) => {
    expect(problem(parseConnection({ ...resource(), id }))).toBe(says)
  })

  it('takes org and user ids as opaque texts', () => {
    const parsed = value(
      parseConnection(
        resource({
          relationships: {
            source_org: { data: { type: 'orgs', id: 'org-1 (legacy)' } },
            sink_org: { data: { id: '..', name: '' } },
            created_by: { data: { type: 'users', id: 'usr123abc456', name: 'John Doe' } }
          }
        })
      )
    )
    expect(parsed).toMatchObject({
      sourceOrg: { id: 'org-1 (legacy)' },
      sinkOrg: { id: '..', name: '' },
      createdBy: { id: 'usr123abc456' }
    })
  })

  it('treats a relationship without a usable id as absent, never as a failure', () => {
    const parsed = value(
      parseConnection(
        resource({
          relationships: {
            source_org: { data: { type: 'orgs', id: 17, name: 'Numbered' } },
            sink_org: { data: null },
            created_by: { data: { type: 'users', id: '' } }
          }
        })
      )
    )
    expect(parsed).toEqual({ id: ID, connectionTypes: ['logs'], createdAt: RECORDED.created.createdAt })
    expect(connectionJson(parsed)).toEqual({
      type: 'org_connection',
      id: ID,
      attributes: { connection_types: ['logs'], created_at: RECORDED.created.createdAt },
      relationships: {}
    })
  })

  it('reads a name that is not a text as no name', () => {
    const sink = { data: { type: 'orgs', id: RECORDED.sinkOrg.id, name: { first: 'x' } } }
    expect(value(parseConnection(resource({ relationships: { sink_org: sink } }))).sinkOrg).toEqual({
      id: RECORDED.sinkOrg.id
    })
  })

  it('reads a connection with only an id and types', () => {
    expect(value(parseConnection({ id: ID, attributes: { connection_types: [] } }))).toEqual({
      id: ID,
      connectionTypes: []
    })
  })

  it('keeps nothing of unknown or deeply nested extras, so the output can always be rendered', () => {
    const deep = JSON.parse('['.repeat(200_000) + ']'.repeat(200_000)) as unknown
    const parsed = value(
      parseConnection({
        ...resource({ attributes: { extra: deep } }),
        meta: deep,
        links: { self: 'x' },
        relationships: { sink_org: { data: { type: 'orgs', id: RECORDED.sinkOrg.id, name: deep, extra: deep } } }
      })
    )
    expect(parsed.sinkOrg).toEqual({ id: RECORDED.sinkOrg.id })
    expect(() => JSON.stringify(connectionJson(parsed))).not.toThrow()
  })
})

describe('parseConnectionPage', () => {
  it('refuses what is not a list', () => {
    expect(problem(parseConnectionPage({ data: {} }))).toBe('data is not a list')
    expect(problem(parseConnectionPage('<html>'))).toBe('data is not a list')
  })

  it('refuses the whole page for one unusable item, naming the item and the field', () => {
    const answer = recordedListAnswer()
    expect(problem(parseConnectionPage({ ...answer, data: [...answer.data, { junk: true }] }))).toBe(
      'item 2 of the page: id is missing'
    )
  })

  it('does without meta, and ignores a total that is not a count', () => {
    const { data } = recordedListAnswer()
    expect(value(parseConnectionPage({ data })).totalFiltered).toBeUndefined()
    expect(value(parseConnectionPage({ data, meta: { page: { total_filtered_count: -1 } } })).totalFiltered).toBe(
      undefined
    )
  })

  it('reads a very large page without spreading it into a call', () => {
    const data: unknown[] = Array(200_000).fill({ id: RECORDED.created.id, attributes: { connection_types: [] } })
    expect(value(parseConnectionPage({ data })).received).toBe(200_000)
  })
})

describe('parseCurrentUser', () => {
  const ORG = RECORDED.sourceOrg.id
  const user = (orgId: unknown, extra: Record<string, unknown> = {}) => ({
    data: {
      type: 'users',
      id: RECORDED.user.id,
      attributes: { name: 'Jane Doe', handle: RECORDED.user.email, email: RECORDED.user.email, service_account: true },
      relationships: { org: { data: { type: 'orgs', id: orgId } }, roles: { data: [] } }
    },
    ...extra
  })

  it('reads the org id, the org name from included, and the service-account flag, and nothing personal', () => {
    const included = [
      { type: 'roles', id: 'r', attributes: { name: 'Admin' } },
      { type: 'orgs', id: ORG.toUpperCase(), attributes: { name: RECORDED.sourceOrg.name, public_id: 'abc' } }
    ]
    const parsed = value(parseCurrentUser(user(ORG, { included })))
    expect(parsed).toEqual({ orgId: ORG, orgName: RECORDED.sourceOrg.name, serviceAccount: true })
    expect(JSON.stringify(parsed)).not.toMatch(/jane|Jane/)
  })

  it('takes an org id that is no UUID: the contract gives it no format', () => {
    expect(value(parseCurrentUser(user('org123abc456')))).toEqual({ orgId: 'org123abc456', serviceAccount: true })
  })

  it('does without included, and reads a missing flag as a person', () => {
    const answer = user(ORG)
    delete (answer.data.attributes as Record<string, unknown>).service_account
    expect(value(parseCurrentUser(answer))).toEqual({ orgId: ORG, serviceAccount: false })
  })

  it.each([[''], [undefined], [42], [{ id: RECORDED.user.email }]])('refuses org id %j, without quoting it', id => {
    expect(problem(parseCurrentUser(user(id)))).toBe('data.relationships.org.data.id is not a non-empty text')
  })

  it('refuses what is not a user', () => {
    expect(problem(parseCurrentUser('<html>'))).toBe('data is not an object')
  })
})
