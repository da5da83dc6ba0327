import { UUID_PATTERN, isUuid } from '../src/uuid.js'

describe('isUuid', () => {
  it.each([
    '4dee724d-00cc-11ea-a77b-570c9d03c6c5',
    '83999DCD-7F97-11F0-8DE1-1ECF66F1AA85',
    'f9ec96b0-8c8a-4b0a-9b0a-1b2c3d4e5f6a'
  ])('accepts %s in any case', value => {
    expect(isUuid(value)).toBe(true)
  })

  it.each([
    ['a creator id of the API reference', 'usr123abc456'],
    ['a UUID with a trailing line', '4dee724d-00cc-11ea-a77b-570c9d03c6c5\n'],
    ['a UUID without dashes', '4dee724d00cc11eaa77b570c9d03c6c5'],
    ['a non-hex digit', '4dee724d-00cc-11ea-a77b-570c9d03c6cg'],
    ['a number', 12345],
    ['nothing', undefined]
  ])('refuses %s', (_, value) => {
    expect(isUuid(value)).toBe(false)
  })

  it('is anchored, so that it can be used to test a whole value', () => {
    expect(UUID_PATTERN.test(`x4dee724d-00cc-11ea-a77b-570c9d03c6c5`)).toBe(false)
  })
})
