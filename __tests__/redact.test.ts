import { redactor } from '../src/redact.js'

describe('redactor', () => {
  it('blanks every occurrence of every secret, longest first', () => {
    const redact = redactor(['abcd1234', 'abcd1234abcd1234'])
    expect(redact('k=abcd1234abcd1234 and abcd1234.')).toBe('k=*** and ***.')
  })
  it('ignores values too short to redact safely', () => {
    expect(redactor(['a', ''])('a banana')).toBe('a banana')
  })
})
