import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { MAX_MANIFEST_BYTES, parseManifest, readManifestFile } from '../src/manifest.js'
import { words } from '../src/message.js'
import { OTHER_SINK, SINK } from './fixtures/index.js'

const defaults = { state: 'present', ifExists: 'update' } as const
const parse = (text: string) => parseManifest(text, words('connections'), defaults)

describe('parseManifest', () => {
  it('reads a YAML list, with types as a list or a string, and the step defaults for what an entry omits', async () => {
    const yaml = `
- sink-org: ${SINK.toUpperCase()}
  connection-types: [logs, metrics]
- sink-org: ${OTHER_SINK}
  connection-types: audit, LOGS
  if-exists: keep
- sink-org: e2e2e2e2-0000-4000-8000-000000000003
  state: absent
`
    await expect(parse(yaml)).resolves.toEqual([
      { sinkOrgId: SINK, state: 'present', ifExists: 'update', connectionTypes: ['logs', 'metrics'] },
      { sinkOrgId: OTHER_SINK, state: 'present', ifExists: 'keep', connectionTypes: ['audit', 'logs'] },
      { sinkOrgId: 'e2e2e2e2-0000-4000-8000-000000000003', state: 'absent', ifExists: 'update', connectionTypes: [] }
    ])
  })

  it('reads JSON, which is YAML too', async () => {
    await expect(parse(JSON.stringify([{ 'sink-org': SINK, 'connection-types': ['logs'] }]))).resolves.toHaveLength(1)
  })

  const refusals: { name: string; text: string; error: RegExp }[] = [
    {
      name: 'bad YAML, with its position',
      text: '- sink-org: [oops\n',
      error: /^Invalid connections: not valid YAML at line \d+, column \d+/
    },
    { name: 'not a list', text: `sink-org: ${SINK}`, error: /expected a YAML list of connections/ },
    { name: 'an empty list', text: '[]', error: /the list is empty/ },
    { name: 'an entry that is not a map', text: '- logs', error: /entry 1: expected a map/ },
    {
      name: 'an unknown key',
      text: `- sink-org: ${SINK}\n  conection-types: logs`,
      error: /entry 1: unknown key conection-types/
    },
    { name: 'no sink-org', text: '- connection-types: logs', error: /entry 1: sink-org is required/ },
    {
      name: 'a sink-org that is not a UUID',
      text: '- sink-org: 12345\n  connection-types: logs',
      error: /entry 1: sink-org '12345'. Expected the org's UUID/
    },
    {
      name: 'no types with state present',
      text: `- sink-org: ${SINK}`,
      error: /^Input connections, entry 1 \(sink-org [0-9a-f-]+\): connection-types is required/
    },
    {
      name: 'an unknown type',
      text: `- sink-org: ${SINK}\n  connection-types: [logs, traces]`,
      error: /unknown 'traces'/
    },
    {
      name: 'a bad state',
      text: `- sink-org: ${SINK}\n  state: gone`,
      error: /entry 1: state gone. Expected one of: present, absent/
    },
    {
      name: 'a sink org twice',
      text: `- sink-org: ${SINK}\n  connection-types: logs\n- sink-org: ${SINK.toUpperCase()}\n  connection-types: audit`,
      error: /entries 1 and 2 both name sink-org/
    },
    {
      name: 'a duplicate key',
      text: `- sink-org: ${SINK}\n  sink-org: ${OTHER_SINK}\n  connection-types: logs`,
      error: /not valid YAML/
    },
    {
      name: 'a number as a value',
      text: `- sink-org: ${SINK}\n  connection-types: 3`,
      error: /connection-types must be a list/
    }
  ]
  it.each(refusals)('refuses $name', async ({ text, error }) => {
    await expect(parse(text)).rejects.toThrow(error)
  })

  it('refuses an alias bomb quickly: aliases are never expanded, and the shape rules stop at the first wrong value', async () => {
    // Nine levels of ten aliases each: a billion values if expanded.
    const levels = 'bcdefghij'
      .split('')
      .map((k, i) => `  ${k}: &${k} [${Array(10).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)
    const bomb = [
      '- a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...levels,
      `- sink-org: ${SINK}`,
      '  connection-types: *j'
    ].join('\n')
    await expect(parse(bomb)).rejects.toThrow(/^Invalid connections, entry 1: unknown key a\./)
    const typed = [`- sink-org: ${SINK}`, '  connection-types: *j', '- a: &a [x, x, x, x, x, x, x, x, x, x]', ...levels]
    await expect(parse(typed.join('\n'))).rejects.toThrow(/not valid YAML .*unidentified alias/)
  })

  it.each([
    ['a custom tag', `- !evil\n  sink-org: ${SINK}\n  connection-types: logs`],
    ['a binary', `- sink-org: !!binary aGVsbG8=\n  connection-types: logs`]
  ])('refuses %s', async (_, text) => {
    await expect(parse(text)).rejects.toThrow(/^Invalid connections: not valid YAML at line \d+, column \d+/)
  })

  it('refuses a document larger than a list of connections can be, before parsing it', async () => {
    await expect(parse(`# ${'x'.repeat(MAX_MANIFEST_BYTES)}`)).rejects.toThrow(/more than \d+ bytes/)
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
