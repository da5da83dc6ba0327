import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { InputError } from '../src/errors.js'
import { MAX_MANIFEST_BYTES, parseManifest, readManifestFile } from '../src/manifest.js'
import { words } from '../src/message.js'
import { OTHER_SINK, SINK } from './fixtures/index.js'

const defaults = { state: 'present', ifExists: 'update' } as const
const parse = (text: string) => parseManifest(text, words('connections'), defaults)
const present = { state: 'present', ifExists: 'update' } as const
const THIRD = '3ad549bf-eba0-11e9-a77a-0705486660d0'

describe('parseManifest: a plain list', () => {
  it('reads a YAML list, with types as a list or a string, and the step defaults for what an entry omits', async () => {
    const yaml = `
- sink-org: ${SINK.toUpperCase()}
  connection-types: [logs, metrics]
- sink-org: ${OTHER_SINK}
  connection-types: audit, LOGS
  if-exists: keep
- sink-org: ${THIRD}
  state: absent
`
    await expect(parse(yaml)).resolves.toEqual({
      wishes: [
        { ...present, sinkOrgId: SINK, connectionTypes: ['logs', 'metrics'], where: 'connections, entry 1 (line 2)' },
        {
          ...present,
          sinkOrgId: OTHER_SINK,
          ifExists: 'keep',
          connectionTypes: ['audit', 'logs'],
          where: 'connections, entry 2 (line 4)'
        },
        { ...present, sinkOrgId: THIRD, state: 'absent', connectionTypes: [], where: 'connections, entry 3 (line 7)' }
      ],
      warnings: []
    })
  })

  it('reads JSON, which is YAML too', async () => {
    const { wishes } = await parse(JSON.stringify([{ 'sink-org': SINK, 'connection-types': ['logs'] }]))
    expect(wishes).toEqual([
      { ...present, sinkOrgId: SINK, connectionTypes: ['logs'], where: 'connections, entry 1 (line 1)' }
    ])
  })

  it('passes types this version does not know, with one warning for the list', async () => {
    const text = `- sink-org: ${SINK}\n  connection-types: [logs, apm]\n- sink-org: ${OTHER_SINK}\n  connection-types: apm`
    const { wishes, warnings } = await parse(text)
    expect(wishes.map(wish => wish.connectionTypes)).toEqual([['logs', 'apm'], ['apm']])
    expect(warnings.map(warning => warning.text())).toEqual([
      expect.stringMatching(/^connections: this version does not know the connection type apm \(it knows/)
    ])
  })

  const refusals: { name: string; text: string; error: string }[] = [
    {
      name: 'not a list',
      text: `sink-org: ${SINK}`,
      error:
        'Invalid connections: expected a YAML list of connections, such as - sink-org: <uuid>, ' +
        'or an account file (a map with orgs and connections).'
    },
    {
      name: 'an empty list',
      text: '[]',
      error: 'Invalid connections: the list is empty; expected at least one entry.'
    },
    {
      name: 'an entry that is not a map',
      text: '- logs',
      error: 'Invalid connections, entry 1: expected a map with the keys'
    },
    {
      name: 'an unknown key',
      text: `- sink-org: ${SINK}\n  state: absent\n  conection-types: logs`,
      error: 'Invalid connections, entry 1 (line 1): unknown key conection-types. Expected only sink-org'
    },
    {
      name: 'a source-org in a plain list',
      text: `- source-org: ${SINK}\n  sink-org: ${OTHER_SINK}\n  state: absent`,
      error:
        'Invalid connections, entry 1 (line 1): unknown key source-org. Expected only sink-org, connection-types, state, ' +
        'if-exists (source-org belongs to an account file: orgs and connections).'
    },
    {
      name: 'no sink-org',
      text: '- connection-types: logs',
      error: 'Invalid connections, entry 1 (line 1): sink-org is required (the UUID of the sink org).'
    },
    {
      name: 'a sink-org that is not a UUID',
      text: '- sink-org: 12345\n  connection-types: logs',
      error: "Invalid connections, entry 1 (line 1): sink-org '12345'. Expected the org's UUID"
    },
    {
      name: 'a sink-org that is a list',
      text: `- sink-org: [${SINK}]\n  connection-types: logs`,
      error: 'Invalid connections, entry 1 (line 1): sink-org must be a single value.'
    },
    {
      name: 'no types with state present',
      text: `- sink-org: ${SINK}`,
      error: 'Input connections, entry 1 (line 1): connection-types is required.'
    },
    {
      name: 'a near miss of a type',
      text: `- sink-org: ${SINK}\n  connection-types: [logs, metric]`,
      error: "Invalid connections, entry 1 (line 1): connection-types: 'metric' (did you mean 'metrics'?)."
    },
    {
      name: 'a bad state',
      text: `- sink-org: ${SINK}\n  state: gone`,
      error: "Invalid connections, entry 1 (line 1): state 'gone'. Expected one of: present, absent (default present)."
    },
    {
      name: 'a sink org twice',
      text: `- sink-org: ${SINK}\n  connection-types: logs\n- sink-org: ${SINK.toUpperCase()}\n  connection-types: audit`,
      error: `Invalid connections: entry 1 (line 1) and entry 2 (line 3) both name sink-org ${SINK}. Expected each sink org once`
    },
    {
      name: 'a number as types',
      text: `- sink-org: ${SINK}\n  connection-types: 3`,
      error: 'Invalid connections, entry 1 (line 1): connection-types must be a list of names such as [logs, metrics].'
    },
    {
      name: 'a list of types that are not all names',
      text: `- sink-org: ${SINK}\n  connection-types: [logs, [metrics]]`,
      error: 'Invalid connections, entry 1 (line 1): connection-types must be a list of names such as [logs, metrics].'
    },
    {
      name: 'more than 1,000 entries',
      text: Array(1001).fill(`- sink-org: ${SINK}`).join('\n'),
      error: 'Invalid connections: 1001 entries, more than the 1000 a list may have.'
    }
  ]
  it.each(refusals)('refuses $name', async ({ text, error }) => {
    const message = await parse(text).then(
      () => 'accepted',
      (e: Error) => (e instanceof InputError ? e.message : `not an InputError: ${e.message}`)
    )
    expect(message.startsWith(error)).toBe(true)
  })

  it('reports every invalid entry at once, each by its position, line and key', async () => {
    const text = [
      `- sink-org: ${SINK}`,
      '  connection-types: [logs, metric]',
      `- sink-org: ${OTHER_SINK}`,
      '  connection-types: logs',
      '- sink-org: not-a-uuid',
      '  state: gone',
      '  connection-types: logs',
      `- sink-org: ${SINK}`,
      '  connection-types: audit'
    ].join('\n')
    const lines = (await parse(text).catch((e: Error) => e.message)) as string
    expect(lines.split('\n')).toEqual([
      'Invalid connections: 4 problems, each to fix:',
      expect.stringMatching(/^ {2}Invalid connections, entry 1 \(line 1\): connection-types: 'metric' \(did you mean/),
      expect.stringMatching(
        /^ {2}Invalid connections, entry 3 \(line 5\): sink-org 'not-a-uuid'\. Expected the org's UUID/
      ),
      expect.stringMatching(
        /^ {2}Invalid connections, entry 3 \(line 5\): state 'gone'\. Expected one of: present, absent/
      ),
      expect.stringMatching(/^ {2}Invalid connections: entry 1 \(line 1\) and entry 4 \(line 8\) both name sink-org/)
    ])
  })

  it('lists at most 20 problems and counts the rest', async () => {
    const text = Array.from({ length: 25 }, (_, i) => `- sink-org: bad-${i}\n  connection-types: logs`).join('\n')
    const lines = ((await parse(text).catch((e: Error) => e.message)) as string).split('\n')
    expect(lines[0]).toBe('Invalid connections: 25 problems, each to fix:')
    expect(lines).toHaveLength(1 + 20 + 1)
    expect(lines[20]).toMatch(/^ {2}Invalid connections, entry 20 \(line 39\): sink-org 'bad-19'/)
    expect(lines[21]).toBe('  ... and 5 more')
  })

  it('refuses a 103 KB list whose connection types are YAML aliases, at the first alias, before walking anything', async () => {
    // Nine levels of ten aliases each inside connection-types: a billion values if anything expanded them.
    const anchors = 'abcdefghij'.split('').map((name, i) =>
      i === 0
        ? `&a [logs, logs, logs]`
        : `&${name} [${Array(10)
            .fill(`*${'abcdefghij'[i - 1]}`)
            .join(', ')}]`
    )
    const entries = anchors.map(anchor => `- sink-org: ${SINK}\n  connection-types: ${anchor}`)
    const padding = Array.from(
      { length: 1500 },
      (_, i) => `- sink-org: 00000000-0000-4000-8000-${String(i).padStart(12, '0')}\n  connection-types: *j`
    )
    const bomb = [...entries, ...padding].join('\n')
    expect(bomb.length).toBeGreaterThan(103_000)
    expect(bomb.length).toBeLessThan(MAX_MANIFEST_BYTES)
    await expect(parse(bomb)).rejects.toThrow(
      new InputError(
        'Invalid connections: a YAML alias (*name) at line 4, column 25. Aliases are not accepted in a list: write each value out.'
      )
    )
  })

  it('quotes a wrong value cut short, never the whole document', async () => {
    const error = await parse(`- sink-org: ${'z'.repeat(10_000)}\n  connection-types: logs`).catch((e: Error) => e)
    expect((error as Error).message.length).toBeLessThan(600)
  })
})

describe('readManifestFile', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'workspace-'))
  const outside = mkdtempSync(join(tmpdir(), 'outside-'))
  mkdirSync(join(workspace, '.github'))
  writeFileSync(join(workspace, '.github', 'connections.yml'), '- sink-org: x\n')
  writeFileSync(join(outside, 'secret.yml'), 'do not read')
  symlinkSync(join(outside, 'secret.yml'), join(workspace, 'link.yml'))

  it('reads a file inside the workspace', async () => {
    await expect(readManifestFile('.github/connections.yml', workspace)).resolves.toBe('- sink-org: x\n')
  })

  it.each([
    ['a .. escape', join('..', relative(join(workspace, '..'), outside), 'secret.yml')],
    ['a .. escape to nowhere', '../../nowhere.yml'],
    ['an absolute path outside', join(outside, 'secret.yml')],
    ['a symbolic link out', 'link.yml']
  ])('refuses %s', async (_, path) => {
    await expect(readManifestFile(path, workspace)).rejects.toThrow(/resolves outside the workspace/)
  })

  it('says when the file does not exist, and never quotes file contents', async () => {
    await expect(readManifestFile('missing.yml', workspace)).rejects.toThrow(/no such file in the workspace/)
    await expect(readManifestFile('.github', workspace)).rejects.toThrow(/not a regular file/)
    await expect(readManifestFile('.', workspace)).rejects.toThrow(/not a regular file/)
  })
})
