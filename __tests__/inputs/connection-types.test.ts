import { InputError } from '../../src/errors.js'
import { words } from '../../src/message.js'
import { MAX_TYPES, readConnectionTypes, unknownTypesWarning } from '../../src/inputs/connection-types.js'

const where = words('connection-types')
const read = (value: string | string[]) => readConnectionTypes(value, where)
const refusal = (value: string | string[]): string => {
  try {
    read(value)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error(`accepted ${JSON.stringify(value)}`)
}

describe('readConnectionTypes', () => {
  it.each([
    [
      'commas, spaces and new lines, duplicates collapsed in order',
      'Metrics, logs\nlogs  audit,,metrics',
      ['metrics', 'logs', 'audit']
    ],
    ['a known type in any case', 'AUDIT LoGs', ['audit', 'logs']],
    ["the connection-types output's JSON array", '["logs","metrics"]', ['logs', 'metrics']],
    ['a JSON array with spaces around', ' [ "audit" , "LOGS" ] ', ['audit', 'logs']],
    ['a type this version does not know, in lower case', 'logs, apm', ['logs', 'apm']],
    ['an unknown identifier with digits and _', 'logs_v2 llm_obs9', ['logs_v2', 'llm_obs9']],
    ['the longest identifier', `a${'b'.repeat(39)}`, [`a${'b'.repeat(39)}`]],
    ['a YAML list of names, each item split the same way', ['logs', 'Metrics, audit'], ['logs', 'metrics', 'audit']]
  ])('reads %s', (_, value, expected) => {
    expect(read(value)).toEqual(expected)
  })

  it.each([
    ['metric', 'metrics'],
    ['METRIC', 'metrics'],
    ['log', 'logs'],
    ['adit', 'audit'],
    ['metrcs', 'metrics'],
    ['audits', 'audit'],
    ['lgos', 'logs'],
    ['logss', 'logs'],
    ['me', 'metrics']
  ])('refuses the near miss %s, naming %s', (typo, meant) => {
    expect(refusal(`logs ${typo}`)).toMatch(
      new RegExp(
        `^Invalid connection-types: '${typo}' \\(did you mean '${meant}'\\?\\)\\. Expected one or more of logs, metrics, audit`
      )
    )
  })

  it.each([
    ['a character no type has', 'tr@ces', "'***@ces' (not a type name: letters, digits and _ only)"],
    ['punctuation', 'APM!', "'APM!' (not a type name"],
    ['a leading digit', '9apm', "'9apm' (not a type name"],
    ['a name longer than 40 characters', `a${'b'.repeat(40)}`, '(not a type name'],
    ['an unknown type not in lower case', 'APM', "'APM' (a type this version does not know goes in lower case: 'apm')"],
    ['a JSON array of something else', '[1, 2]', "Invalid connection-types '[1, 2]': not a JSON array of names"],
    ['broken JSON', '["logs"', 'not a JSON array of names']
  ])('refuses %s', (_, value, message) => {
    expect(refusal(value)).toContain(message)
  })

  it('names every wrong type at once', () => {
    expect(refusal('metric, tr#ces, logs, adit')).toMatch(
      /^Invalid connection-types: 'metric' \(did you mean 'metrics'\?\), 'tr#ces' \(not a type name[^)]*\), 'adit' \(did you mean 'audit'\?\)\. /
    )
  })

  it.each([[''], ['  ,\n'], ['[]'], [[]]])('requires at least one type: %j', value => {
    expect(refusal(value)).toMatch(/^Input connection-types is required\. Expected one or more of logs, metrics, audit/)
  })

  it(`accepts ${MAX_TYPES} types and refuses more, before reading any of them`, () => {
    const names = Array.from({ length: MAX_TYPES + 1 }, (_, i) => `type_${i}`)
    expect(read(names.slice(0, MAX_TYPES).join(' '))).toHaveLength(MAX_TYPES)
    expect(refusal(names.join(' '))).toBe(
      `Invalid connection-types: ${MAX_TYPES + 1} types, more than the ${MAX_TYPES} a connection may list.`
    )
    expect(refusal(Array(10_000).fill('logs').join(','))).toMatch(/10000 types, more than the 10/)
  })
})

describe('unknownTypesWarning', () => {
  it('says nothing when every type is known, in any case', () => {
    expect(unknownTypesWarning(where, ['logs', 'AUDIT', 'metrics'])).toBeUndefined()
  })

  it('names each unknown type once, and who decides', () => {
    expect(unknownTypesWarning(where, ['apm', 'logs', 'apm', 'rum'])?.text()).toBe(
      'connection-types: this version does not know the connection types apm, rum (it knows logs, metrics, audit). ' +
        'Sent to Datadog as written: Datadog decides whether it exists.'
    )
  })
})
