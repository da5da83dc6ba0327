import { plainJson } from '../../src/inputs/json.js'
import { parseManifest } from '../../src/manifest.js'
import { words } from '../../src/message.js'

const defaults = { state: 'present', ifExists: 'update' } as const
const SINK = '83999dcd-7f97-11f0-8de1-1ecf66f1aa85'

describe('plainJson', () => {
  it('reads a JSON list or map, keys with escaped quotes and colons inside strings included', () => {
    const doc = plainJson(' [{"a": 1, "b\\":": "x:\\"y"},\n {"c": [{"d": null}]}]')
    expect(doc?.data).toEqual([{ a: 1, 'b":': 'x:"y' }, { c: [{ d: null }] }])
    const [first, second] = doc?.data as { c?: object[] }[]
    expect([doc?.lineOf(first), doc?.lineOf(second), doc?.lineOf(second.c?.[0]), doc?.lineOf('x')]).toEqual([
      1,
      2,
      2,
      undefined
    ])
    expect(plainJson('{"orgs": {}, "connections": []}')?.data).toEqual({ orgs: {}, connections: [] })
  })

  it('leaves to the YAML reader what is not JSON, or names a key twice at any level', () => {
    expect(plainJson('- sink-org: x')).toBeUndefined()
    expect(plainJson('[{"a": 1,}]')).toBeUndefined()
    expect(plainJson('[{"a": 1, "a": 2}]')).toBeUndefined()
    expect(plainJson('{"x": [{"b": {"c": 1, "c": 2}}]}')).toBeUndefined()
    expect(plainJson(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBeUndefined()
  })
})

describe('a list given as JSON', () => {
  it('reads exactly what the YAML reader reads', async () => {
    const json = JSON.stringify([{ 'sink-org': SINK, 'connection-types': ['LOGS', 'metrics'] }])
    const yaml = `- sink-org: ${SINK}\n  connection-types: [LOGS, metrics]\n`
    expect(await parseManifest(json, words('connections'), defaults)).toEqual(
      await parseManifest(yaml, words('connections'), defaults)
    )
  })

  it('refuses a duplicate key as YAML does, and names the line of each problem', async () => {
    const duplicate = `[{"sink-org": "${SINK}", "sink-org": "${SINK}", "connection-types": ["logs"]}]`
    await expect(parseManifest(duplicate, words('connections'), defaults)).rejects.toThrow(/duplicated mapping key/)
    const wrong = `[\n{"sink-org": "${SINK}", "connection-types": ["logs"]},\n{"sink-org": "nope", "connection-types": ["logs"]}\n]`
    await expect(parseManifest(wrong, words('connections'), defaults)).rejects.toThrow(/entry 2 \(line 3\)/)
  })
})
