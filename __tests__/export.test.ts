import { load, CORE_SCHEMA } from 'js-yaml'
import { exportedList } from '../src/export.js'
import { connection, OTHER_SINK, SINK, SOURCE_ORG } from './fixtures/index.js'

const identity = { orgId: SOURCE_ORG.id, orgName: SOURCE_ORG.name, serviceAccount: true }

describe('exportedList', () => {
  it('writes one entry per sink org, sorted, with types sorted and the name as a comment', () => {
    const list = exportedList(
      [
        connection({ sink: { id: OTHER_SINK, name: 'Acme Analytics' }, connectionTypes: ['metrics'] }),
        connection({ sink: { id: SINK.toUpperCase(), name: 'Acme Security' }, connectionTypes: ['metrics', 'logs'] })
      ],
      identity,
      'datadoghq.eu'
    )
    expect(list.connections).toBe(2)
    expect(list.left).toEqual([])
    const entries = list.yaml.split('\n').filter(line => !line.startsWith('#'))
    expect(entries).toEqual([
      `- sink-org: ${SINK} # Acme Security`,
      '  connection-types: [logs, metrics]',
      `- sink-org: ${OTHER_SINK} # Acme Analytics`,
      '  connection-types: [metrics]',
      ''
    ])
    expect(load(list.yaml, { schema: CORE_SCHEMA })).toEqual([
      { 'sink-org': SINK, 'connection-types': ['logs', 'metrics'] },
      { 'sink-org': OTHER_SINK, 'connection-types': ['metrics'] }
    ])
  })

  it('keeps a hostile name inside its comment: no line break, no new entry', () => {
    const name = 'Evil\n- sink-org: 00000000-0000-4000-8000-000000000000\n  connection-types: [logs]\u2028x'
    const list = exportedList([connection({ sink: { id: SINK, name } })], identity, 'datadoghq.eu')
    expect(load(list.yaml, { schema: CORE_SCHEMA })).toEqual([{ 'sink-org': SINK, 'connection-types': ['logs'] }])
    expect(list.yaml).not.toContain('\u2028')
  })

  it('quotes a type that YAML would read as another value, so that it reads back as the same string', () => {
    const list = exportedList([connection({ connectionTypes: ['apm', 'null', 'true'] })], identity, 'x')
    expect(load(list.yaml, { schema: CORE_SCHEMA })).toEqual([
      { 'sink-org': SINK, 'connection-types': ['apm', 'null', 'true'] }
    ])
  })

  it('leaves out a connection whose types a list cannot declare: none, or not a lower-case name', () => {
    const none = connection({ connectionTypes: [] })
    const odd = connection({ sink: { id: OTHER_SINK }, connectionTypes: ['a b"\u00e9'] })
    const list = exportedList([none, odd], identity, 'x')
    expect(list.yaml).toBe('')
    expect(list.left.map(m => m.text())).toEqual([
      expect.stringMatching(new RegExp(`connection ${none.id} .* whose types \\(none\\) a list cannot declare`)),
      expect.stringMatching(new RegExp(`connection ${odd.id} .* whose types a b"\u00e9 a list cannot declare`))
    ])
  })

  it('leaves out two connections to one sink org, and a sink id a list cannot name, saying which', () => {
    const twins = [connection(), connection()]
    const odd = connection({ sink: { id: 'org-123abc' } })
    const list = exportedList([...twins, odd], identity, 'x')
    expect(list.yaml).toBe('')
    expect(list.left.map(m => m.text())).toEqual([
      expect.stringContaining(`2 connections to sink org ${SINK} (${twins[0].id}, ${twins[1].id})`),
      expect.stringMatching(/connection .* whose sink org id .*org-123abc.* is not a UUID/)
    ])
  })

  it('exports nothing for an org without connections', () => {
    expect(exportedList([], identity, 'x')).toEqual({ yaml: '', connections: 0, left: [] })
  })
})
