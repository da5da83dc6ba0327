/**
 * Answers built from Datadog's schema (org_connections.openapi.yaml), walking the freedom it gives: every optional
 * field present or absent, org and user ids and names as arbitrary strings, unknown extra fields and relationship
 * types, types Datadog may add, created_at in any RFC 3339 spelling, an `included` with a user's email. Each must be
 * accepted, and what is read must say exactly what the answer said.
 */
import fc from 'fast-check'
import {
  KNOWN_CONNECTION_TYPES,
  MAX_TYPES,
  connectionJson,
  createdAtMs,
  parseConnection,
  parseConnectionPage,
  type OrgConnection,
  type OrgRef
} from '../../src/datadog/model.js'
import { clientFor, SINK, useStandIn } from '../fixtures/index.js'
import { RECORDED } from '../fixtures/contract/index.js'

const KNOWN_KEYS = new Set([
  'id',
  'type',
  'name',
  'data',
  'attributes',
  'relationships',
  'connection_types',
  'created_at'
])
const EMAIL = RECORDED.user.email

/** Fields the schema does not declare, never named like one it does. */
const extras = fc
  .dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })
  .map(d =>
    Object.fromEntries(
      Object.entries(d).filter(([k]) => !KNOWN_KEYS.has(k) && !k.endsWith('_org') && k !== 'created_by')
    )
  )
const text = fc.string({ unit: 'binary', maxLength: 30 })
const uuid = fc.tuple(fc.uuid(), fc.boolean()).map(([u, upper]) => (upper ? u.toUpperCase() : u))
const opaqueId = fc.oneof(fc.constant('usr123abc456'), uuid, fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }))
const types = fc.array(
  fc.oneof(fc.constantFrom(...KNOWN_CONNECTION_TYPES), fc.string({ unit: 'binary', maxLength: 50 })),
  {
    maxLength: MAX_TYPES
  }
)

interface RefSpec {
  id: string
  name?: string
  type?: string
  extra: Record<string, unknown>
}
/** A relationship: absent, present without data, or with data (its id always a non-empty text). */
const refSpec = (kind: 'orgs' | 'users') =>
  fc.oneof(
    fc.constant(undefined),
    fc.constant('no data' as const),
    fc.record(
      { id: opaqueId, name: text, type: fc.oneof(fc.constant(kind), text), extra: extras },
      { requiredKeys: ['id', 'extra'] }
    )
  )

const FIRST_MS = Date.parse('0001-01-02T00:00:00Z')
const LAST_MS = Date.parse('9998-12-30T00:00:00Z')
const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** An instant, spelled as RFC 3339 allows: `T` or `t`, 0 to 12 fraction digits, `Z`, `z` or an offset. */
const createdAt = fc
  .record({
    ms: fc.integer({ min: FIRST_MS, max: LAST_MS }),
    digits: fc.integer({ min: 0, max: 12 }),
    beyond: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).map(d => d.join('')),
    zone: fc.oneof(
      fc.constantFrom('Z', 'z', '+00:00', '-00:00'),
      fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 })
    ),
    t: fc.constantFrom('T', 't')
  })
  .map(({ ms, digits, beyond, zone, t }) => {
    const step = 10 ** Math.max(0, 3 - digits)
    const instant = ms - (((ms % step) + step) % step)
    const offset = typeof zone === 'number' ? zone : 0
    const local = new Date(instant + offset * 60_000)
    const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`
    const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`
    const fraction = digits === 0 ? '' : `.${(pad(local.getUTCMilliseconds(), 3) + beyond).slice(0, digits)}`
    const sign = offset < 0 ? '-' : '+'
    const zoneText =
      typeof zone === 'number' ? `${sign}${pad(Math.floor(Math.abs(zone) / 60))}:${pad(Math.abs(zone) % 60)}` : zone
    return { text: `${date}${t}${time}${fraction}${zoneText}`, ms: instant }
  })

const connectionSpec = fc.record(
  {
    id: uuid,
    types: fc.option(types, { nil: undefined }),
    createdAt: fc.option(createdAt, { nil: undefined }),
    source: refSpec('orgs'),
    sink: refSpec('orgs'),
    creator: refSpec('users'),
    withType: fc.boolean(),
    extra: extras,
    attributesExtra: extras,
    relationshipsExtra: extras
  },
  {
    requiredKeys: [
      'id',
      'types',
      'source',
      'sink',
      'creator',
      'withType',
      'extra',
      'attributesExtra',
      'relationshipsExtra'
    ]
  }
)
type Spec = typeof connectionSpec extends fc.Arbitrary<infer T> ? T : never

function relationshipOf(ref: RefSpec | 'no data' | undefined): unknown {
  if (ref === undefined) return undefined
  if (ref === 'no data') return {}
  const { id, name, type, extra } = ref
  return { data: { ...extra, ...(type === undefined ? {} : { type }), id, ...(name === undefined ? {} : { name }) } }
}

/** The resource as Datadog would write it, through JSON text as on the wire. */
function resourceOf(spec: Spec): unknown {
  const relationships: Record<string, unknown> = { ...spec.relationshipsExtra }
  const rels = { source_org: spec.source, sink_org: spec.sink, created_by: spec.creator }
  for (const [key, ref] of Object.entries(rels)) if (ref !== undefined) relationships[key] = relationshipOf(ref)
  const attributes: Record<string, unknown> = { ...spec.attributesExtra }
  if (spec.types !== undefined) attributes.connection_types = spec.types
  if (spec.createdAt !== undefined) attributes.created_at = spec.createdAt.text
  const resource = {
    ...spec.extra,
    ...(spec.withType ? { type: 'org_connection' } : {}),
    id: spec.id,
    attributes,
    relationships
  }
  return JSON.parse(JSON.stringify(resource)) as unknown
}

function refOf(ref: RefSpec | 'no data' | undefined): OrgRef | undefined {
  if (ref === undefined || ref === 'no data') return undefined
  return ref.name === undefined ? { id: ref.id } : { id: ref.id, name: ref.name }
}

/** What the answer said, as the action must read it. */
function expected(spec: Spec, types: string[]): OrgConnection {
  const c: OrgConnection = { id: spec.id, connectionTypes: types }
  if (spec.createdAt) c.createdAt = spec.createdAt.text
  // The creator's name is personal data: only its id is read.
  const creator = refOf(spec.creator)
  const refs = { sourceOrg: refOf(spec.source), sinkOrg: refOf(spec.sink), createdBy: creator && { id: creator.id } }
  for (const [key, ref] of Object.entries(refs)) if (ref) c[key as keyof typeof refs] = ref
  return c
}

const withTypes = connectionSpec.map(spec => ({ ...spec, types: spec.types ?? [] }))

describe('answers built from the schema', () => {
  it('accepts every connection the schema allows, and reads exactly what it says', () => {
    fc.assert(
      fc.property(withTypes, spec => {
        const parsed = parseConnection(resourceOf(spec))
        expect(parsed).toEqual({ ok: true, value: expected(spec, spec.types) })
        if (!parsed.ok) return
        expect(createdAtMs(parsed.value)).toBe(spec.createdAt?.ms)
        const json = connectionJson(parsed.value)
        expect(json).toMatchObject({
          type: 'org_connection',
          id: spec.id,
          attributes: { connection_types: spec.types }
        })
        expect(parseConnection(JSON.parse(JSON.stringify(json)))).toEqual(parsed)
      }),
      { numRuns: 300 }
    )
  })

  it('accepts every page the schema allows, with or without meta, and never carries included personal data', () => {
    const page = fc.record({
      items: fc.array(withTypes, { maxLength: 5 }),
      meta: fc.option(
        fc.record(
          { page: fc.record({ total_count: fc.nat(), total_filtered_count: fc.nat() }, { requiredKeys: [] }) },
          { requiredKeys: [] }
        )
      ),
      included: fc.boolean()
    })
    fc.assert(
      fc.property(page, ({ items, meta, included }) => {
        const body = {
          data: items.map(resourceOf),
          ...(meta === null ? {} : { meta }),
          ...(included
            ? { included: [{ type: 'users', id: RECORDED.user.id, attributes: { email: EMAIL, handle: EMAIL } }] }
            : {})
        }
        const parsed = parseConnectionPage(body)
        expect(parsed).toMatchObject({ ok: true, value: { received: items.length } })
        if (!parsed.ok) return
        expect(parsed.value.connections).toEqual(items.map(spec => expected(spec, spec.types)))
        expect(JSON.stringify(parsed.value.connections.map(connectionJson))).not.toContain(EMAIL)
      }),
      { numRuns: 100 }
    )
  })
})

describe('create answers built from the schema, through the stand-in', () => {
  const standIn = useStandIn()

  it('reports every 2xx with a connection id as created, saying what the answer said, and never quotes included data', async () => {
    const asked = ['logs', 'metrics']
    await fc.assert(
      fc.asyncProperty(connectionSpec, async spec => {
        const body = {
          data: resourceOf(spec),
          included: [{ type: 'users', id: 'usr123abc456', attributes: { email: EMAIL } }]
        }
        standIn.current.fault({ method: 'POST', status: 200, body })
        const result = await clientFor(standIn.current.url).client.create(SINK, asked)
        if (result.kind !== 'created') throw new Error('not created')
        const answered = expected(spec, spec.types ?? asked)
        expect(result.connection).toEqual({ ...answered, sinkOrg: answered.sinkOrg ?? { id: SINK } })
        for (const note of result.notes) {
          expect(note.text()).not.toContain(EMAIL)
          expect(note.markdown()).not.toContain(EMAIL)
        }
      }),
      { numRuns: 40 }
    )
  })
})
