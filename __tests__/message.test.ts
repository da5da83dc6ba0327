import { codeBlock, codeSpan, join, logLine, msg, oneLine, words } from '../src/message.js'

describe('msg: our words as written, every value neutralised for its channel', () => {
  const hostile = 'x\n::warning::forged\r\u001b[31m<img src=x onerror=alert(1)>'

  it('puts a value with line breaks and control characters on one line, controls shown as escapes', () => {
    const text = msg`Org ${hostile} found`.text()
    expect(text).toBe('Org x ::warning::forged \\u001b[31m<img src=x onerror=alert(1)> found')
    expect([...text].filter(c => c.charCodeAt(0) < 0x20)).toEqual([])
  })

  it('puts a value in Markdown as a code span, so no HTML or Markdown comes alive', () => {
    expect(msg`Org ${'# <b>[x](https://e.vil)</b> *y*'} found`.markdown()).toBe(
      'Org `# <b>[x](https://e.vil)</b> *y*` found'
    )
  })

  it('lists arrays comma-separated, and says (none) for an empty one', () => {
    expect(msg`types ${['logs', 'audit']}`.text()).toBe('types logs, audit')
    expect(msg`types ${['logs', 'audit']}`.markdown()).toBe('types `logs`, `audit`')
    expect(msg`types ${[]}`.markdown()).toBe('types (none)')
  })

  it('shows at most 20 items of a list, and counts the rest', () => {
    const many = Array.from({ length: 25 }, (_, i) => `t${i}`)
    expect(msg`${many}`.text()).toBe(`${many.slice(0, 20).join(', ')} ... and 5 more`)
    expect(join(many.map(words), '; ').text()).toBe(`${many.slice(0, 20).join('; ')}; ... and 5 more`)
  })

  it('composes messages, each part rendered for the same channel', () => {
    const inner = msg`connection ${'a|b'}`
    const outer = join([inner, words('done'), msg`${3} left`], '; ')
    expect(outer.text()).toBe('connection a|b; done; 3 left')
    expect(outer.markdown()).toBe('connection `a\\|b`; done; 3 left')
    expect(join([], ', ').text()).toBe('')
  })
})

describe('oneLine', () => {
  it('cuts a long value and says how long it was', () => {
    expect(oneLine('a'.repeat(1000), 10)).toBe('aaaaaaaaaa... [cut: 1000 characters in all]')
  })

  it('shows bidi overrides, line separators and DEL as escapes', () => {
    expect(oneLine('a\u202eb\u2028c\u007fd')).toBe('a\\u202eb\\u2028c\\u007fd')
  })

  it('shows the Arabic letter mark, zero-width and invisible characters as escapes', () => {
    expect(oneLine('a\u061cb\u200bc\u200dd\u2060e\u2066f')).toBe('a\\u061cb\\u200bc\\u200dd\\u2060e\\u2066f')
  })

  it("defuses the runner's older command form, which it reads anywhere in a line", () => {
    expect(oneLine('Analytics ##[error]keys compromised')).toBe('Analytics ##\\u005berror]keys compromised')
  })

  it('replaces lone surrogates, keeps pairs, and never leaves half a pair at a cut', () => {
    expect(oneLine('a\ud800b\udc00c')).toBe('a\ufffdb\ufffdc')
    expect(oneLine('ok 😀')).toBe('ok 😀')
    expect(oneLine('ab😀cd', 3)).toBe('ab... [cut: 6 characters in all]')
  })

  it('cleans only what it keeps: a huge value costs what the excerpt costs', () => {
    const huge = '<'.repeat(5_000_000)
    expect(oneLine(huge, 20)).toBe(`${'<'.repeat(20)}... [cut: 5000000 characters in all]`)
  })
})

describe('codeSpan', () => {
  it('fences a value holding backticks with a longer run, padded', () => {
    expect(codeSpan('a`b')).toBe('`` a`b ``')
    expect(codeSpan('```')).toBe('```` ``` ````')
  })

  it('escapes pipes so a table cell stays whole, even after a backslash of the value', () => {
    expect(codeSpan('a|b')).toBe('`a\\|b`')
    // `\\|` would be an escaped backslash and a live pipe: the backslash is shown as an escape instead.
    expect(codeSpan('Acme\\|![x](https://e.example/p.png)')).toBe('`Acme\\u005c\\|![x](https://e.example/p.png)`')
  })

  it('says (empty) rather than render an empty span', () => {
    expect(codeSpan('')).toBe('(empty)')
  })
})

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(codeBlock('x ```` y')).toBe('`````text\nx ```` y\n`````')
    expect(codeBlock('plain')).toBe('```text\nplain\n```')
  })
})

describe('logLine', () => {
  it('defuses a line that would start a runner command', () => {
    expect(logLine('::stop-commands::x')).toBe(' ::stop-commands::x')
    expect(logLine('fine ::x')).toBe('fine ::x')
    expect(logLine('created: to sink org Acme ##[stop-commands]x')).toBe(
      'created: to sink org Acme ##\\u005bstop-commands]x'
    )
  })
})
