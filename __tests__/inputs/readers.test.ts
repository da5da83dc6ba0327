import { InputError } from '../../src/errors.js'
import { msg } from '../../src/message.js'
import { readBoolean, readChoice, readInteger, readSeconds } from '../../src/inputs/readers.js'

const where = msg`connections, entry 2 (line 4): state`

describe('readChoice', () => {
  it.each([
    ['', 'present'],
    ['absent', 'absent'],
    ['ABSENT', 'absent'],
    ['Present', 'present']
  ])('reads %j as %s', (value, expected) => {
    expect(readChoice(value, 'state', ['present', 'absent'], 'present')).toBe(expected)
  })

  it('names an input or a list entry alike, with the choices and the default', () => {
    expect(() => readChoice('gone', 'state', ['present', 'absent'], 'present')).toThrow(
      new InputError("Invalid state 'gone'. Expected one of: present, absent (default present).")
    )
    expect(() => readChoice('gone', where, ['present', 'absent'], 'absent')).toThrow(
      "Invalid connections, entry 2 (line 4): state 'gone'. Expected one of: present, absent (default absent)."
    )
  })
})

describe('readBoolean', () => {
  it.each([
    ['', false],
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false]
  ])('reads %j as %s', (value, expected) => {
    expect(readBoolean(value, 'prune', false)).toBe(expected)
  })

  it.each(['yes', 'tRUE', '1', 'on'])('refuses %j', value => {
    expect(() => readBoolean(value, 'prune', true)).toThrow(
      `Invalid prune '${value}'. Expected true or false (default true).`
    )
  })
})

describe('readInteger and readSeconds', () => {
  it('reads whole numbers in range, the default when empty', () => {
    expect([readInteger('', 'max-retries', 5, 0, 10), readInteger('0', 'max-retries', 5, 0, 10)]).toEqual([5, 0])
  })

  it.each(['-1', '11', '2.5', '1e1', ' 3'])('refuses the integer %j', value => {
    expect(() => readInteger(value, 'max-retries', 5, 0, 10)).toThrow(
      /Expected a whole number from 0 to 10 \(default 5\)\.$/
    )
  })

  it('reads fractional seconds in range', () => {
    expect([readSeconds('2.5', 't', 30, 0.1, 300), readSeconds('', 't', 30, 0.1, 300)]).toEqual([2.5, 30])
  })

  it.each(['0', '300.5', '1e3', '.5'])('refuses the seconds %j', value => {
    expect(() => readSeconds(value, 'timeout-seconds', 30, 0.1, 300)).toThrow(
      /Expected a number of seconds from 0\.1 to 300 \(default 30\)\.$/
    )
  })
})
