import { InputError } from '../../src/errors.js'
import { words } from '../../src/message.js'
import { MAX_DOCUMENT_BYTES, loadYaml } from '../../src/inputs/yaml.js'

const origin = words('connections')
const refusal = (text: string): Promise<string> =>
  loadYaml(text, origin).then(
    () => 'accepted',
    (error: Error) => (error instanceof InputError ? error.message : `not an InputError: ${error.message}`)
  )

describe('loadYaml', () => {
  it('reads YAML and JSON, and the line where each map or list starts', async () => {
    const text = '# the list\n- a: 1\n  b: [x]\n-\n  # a comment\n  c: "d"\n- [1, 2]\n'
    const doc = await loadYaml(text, origin)
    const data = doc.data as unknown[]
    expect(data).toEqual([{ a: 1, b: ['x'] }, { c: 'd' }, [1, 2]])
    expect(data.map(entry => doc.lineOf(entry))).toEqual([2, 6, 7])
    expect(doc.lineOf((data[0] as { b: unknown }).b)).toBe(3)
    expect([doc.lineOf('a string'), doc.lineOf(doc.data)]).toEqual([undefined, 2])
    const json = await loadYaml('[{"a": 1},\n {"b": 2}]', origin)
    expect((json.data as unknown[]).map(entry => json.lineOf(entry))).toEqual([1, 2])
  })

  it('accepts an anchor that no alias uses, and a * inside a value or a comment', async () => {
    const doc = await loadYaml('- &first\n  a: "*x"\n  b: c *d # *e\n  e: |\n    *f\n', origin)
    expect(doc.data).toEqual([{ a: '*x', b: 'c *d', e: '*f\n' }])
  })

  it.each([
    ['a map value', '- a: &x [1]\n  b: *x\n', 'line 2, column 6'],
    ['a list item', '- &x a\n- *x\n', 'line 2, column 3'],
    ['a flow list', '- &x a\n- [b, *x]\n', 'line 2, column 7'],
    ['a flow map', '- &x a\n- {k: *x}\n', 'line 2, column 7'],
    ['a key', '- &x a\n- ? *x\n  : v\n', 'line 2, column 5'],
    ['a value after a comment', '- &x a\n- k: # c\n    *x\n', 'line 3, column 5'],
    ['an alias whose anchor comes later', '- *x\n- &x a\n', 'line 1, column 3']
  ])('refuses an alias in %s, naming its line and column', async (_, text, where) => {
    await expect(refusal(text)).resolves.toBe(
      `Invalid connections: a YAML alias (*name) at ${where}. Aliases are not accepted in a list: write each value out.`
    )
  })

  it('refuses a document larger than any list before parsing it', async () => {
    await expect(refusal(`# ${'x'.repeat(MAX_DOCUMENT_BYTES)}`)).resolves.toBe(
      `Invalid connections: more than ${MAX_DOCUMENT_BYTES} bytes.`
    )
  })

  it.each([
    ['bad YAML', '- sink-org: [oops\n'],
    ['a duplicate key', '- a: 1\n  a: 2\n'],
    ['a custom tag', '- !evil\n  a: 1\n'],
    ['a binary', '- a: !!binary aGVsbG8=\n']
  ])('refuses %s with its position, never quoting the document', async (_, text) => {
    const message = await refusal(text)
    expect(message).toMatch(/^Invalid connections: not valid YAML at line \d+, column \d+ \(/)
    expect(message).not.toContain('oops')
  })
})
