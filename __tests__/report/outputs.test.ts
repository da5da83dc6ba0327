import { connectionJson } from '../../src/datadog/model.js'
import { msg } from '../../src/message.js'
import type { EntryOutcome } from '../../src/outcome.js'
import { jsonList, MAX_OUTPUT_BYTES, OUTPUT_NAMES, outputsOf } from '../../src/report/outputs.js'
import { connection, OTHER_SINK, settings, SINK, SOURCE_ORG, wish } from '../fixtures/index.js'
import { existing, noAliases, outcome } from './helpers.js'

const created: EntryOutcome = {
  plan: { action: 'create', sinkOrgId: SINK, to: ['logs'] },
  result: 'created',
  connection: existing,
  notes: []
}
const list = settings({ target: { kind: 'list', origin: 'list.yml', wishes: [wish()], prune: false } })

describe('outputsOf', () => {
  it('describes the single connection, with created_at exactly as Datadog wrote it', () => {
    const o = outcome([created])
    const outputs = outputsOf(o, settings(), noAliases, undefined)
    expect(outputs).toEqual({
      'connection-id': existing.id,
      'created-at': '2025-08-26T20:19:36.177236+00:00',
      result: 'created',
      'connection-types': '["logs"]',
      'source-org-id': SOURCE_ORG.id,
      'source-org-name': SOURCE_ORG.name,
      'sink-org-name': 'Acme Security',
      connection: JSON.stringify(connectionJson(existing)),
      results: JSON.stringify([
        {
          'sink-org': SINK,
          'sink-org-name': 'Acme Security',
          'connection-id': existing.id,
          result: 'created',
          'connection-types': ['logs'],
          'created-at': '2025-08-26T20:19:36.177236+00:00'
        }
      ]),
      changed: 'true',
      plan: JSON.stringify(o.document),
      'plan-digest': o.digest,
      'failure-reason': '',
      'connections-yaml': ''
    })
    expect(Object.keys(outputs)).toEqual([...OUTPUT_NAMES])
  })

  it('leaves the single-connection outputs empty for a list, names aliases, and says why a run failed', () => {
    const aliases = (id?: string) => (id === SINK ? 'security' : id === SOURCE_ORG.id ? 'prod' : undefined)
    const failure = { detail: msg`no`, reason: 'write-failed' as const }
    const outputs = outputsOf(outcome([created]), list, aliases, failure)
    expect(outputs).toMatchObject({ 'connection-id': '', result: '', connection: '', 'failure-reason': 'write-failed' })
    expect(JSON.parse(outputs.results)).toEqual([
      expect.objectContaining({ 'sink-org': SINK, 'sink-org-alias': 'security', 'source-org-alias': 'prod' })
    ])
  })

  it('records a failed entry with its error and the wanted types', () => {
    const failed: EntryOutcome = {
      plan: { action: 'create', sinkOrgId: OTHER_SINK, to: ['audit'] },
      result: 'failed',
      error: { detail: msg`Datadog answered ${403}`, reason: 'write-failed' },
      notes: []
    }
    expect(JSON.parse(outputsOf(outcome([failed]), list, noAliases, undefined).results)).toEqual([
      {
        'sink-org': OTHER_SINK,
        'sink-org-name': '',
        'connection-id': '',
        result: 'failed',
        'connection-types': ['audit'],
        'created-at': '',
        error: 'Datadog answered 403'
      }
    ])
  })

  it('neutralises every value from the API: names, types and the connection output, on one line and cut', () => {
    const hostile = connection({
      sink: { id: SINK, name: `Sec\n::warning::x\u001b[2J\u202e${'n'.repeat(2_000_000)}` },
      connectionTypes: ['logs\u2028x']
    })
    const entry: EntryOutcome = { ...created, connection: hostile }
    const outputs = outputsOf(outcome([entry]), settings(), noAliases, undefined)
    expect(outputs['sink-org-name']).toMatch(
      /^Sec ::warning::x\\u001b\[2J\\u202en+\.\.\. \[cut: 2000021 characters in all\]$/
    )
    expect(outputs.connection.length).toBeLessThan(2_000)
    expect(outputs.connection).not.toMatch(/[\u0000-\u001f\u2028\u202e]/)
    expect(JSON.parse(outputs.connection)).toMatchObject({ attributes: { connection_types: ['logs\\u2028x'] } })
    expect(outputs['connection-types']).toBe('["logs\\\\u2028x"]')
  })

  it('keeps every output under the limit, as valid JSON that says what was cut', () => {
    const entries: EntryOutcome[] = Array.from({ length: 3000 }, (_, i) => ({
      plan: { action: 'create', sinkOrgId: `0a000000-0000-4000-8000-${String(i).padStart(12, '0')}`, to: ['logs'] },
      result: 'failed',
      error: { detail: msg`Datadog answered 503: ${'x'.repeat(400)}`, reason: 'write-failed' },
      notes: []
    }))
    const results = outputsOf(outcome(entries), list, noAliases, undefined).results
    expect(Buffer.byteLength(results)).toBeLessThanOrEqual(MAX_OUTPUT_BYTES)
    const parsed = JSON.parse(results) as Record<string, unknown>[]
    expect(parsed.at(-1)).toEqual({ cut: expect.stringMatching(/^\d+ more not shown/) })
    expect(parsed.length - 1 + Number(/^\d+/.exec(String(parsed.at(-1)?.cut))?.[0])).toBe(3000)
  })

  it('leaves a short list whole', () => {
    expect(jsonList([{ a: 1 }, 'b'])).toBe('[{"a":1},"b"]')
  })
})
