import { DATADOG_SITES, apiBaseUrlForSite, resolveApiUrl, resolveSite } from '../src/sites.js'
import { InputError } from '../src/errors.js'

describe('resolveSite', () => {
  it.each(DATADOG_SITES)('accepts %s as a site, as its app host and as an https URL', site => {
    expect(resolveSite(site, 'site')).toBe(site)
    expect(resolveSite(`app.${site}`, 'site')).toBe(site)
    expect(resolveSite(`https://app.${site}/`, 'site')).toBe(site)
    expect(resolveSite(`https://${site}`, 'site')).toBe(site)
  })

  it('is case-insensitive and trims', () => {
    expect(resolveSite('  DatadogHQ.EU ', 'site')).toBe('datadoghq.eu')
    expect(resolveSite('HTTPS://APP.DATADOGHQ.EU/dashboard/lists', 'site')).toBe('datadoghq.eu')
  })

  it.each([
    'datadoghq.co',
    'evil.com',
    'datadoghq.eu.evil.com',
    'http://app.datadoghq.eu',
    'https://user:pw@app.datadoghq.eu',
    'https://app.datadoghq.eu:8443',
    'us4.datadoghq.com',
    'api.datadoghq.com.attacker.io',
    ''
  ])('refuses %j, naming the input and the sites', value => {
    expect(() => resolveSite(value, 'site')).toThrow(InputError)
    expect(() => resolveSite(value, 'site')).toThrow(
      /Invalid site .*Expected one of the Datadog sites: datadoghq\.com, us3/
    )
  })

  it('names where the value came from', () => {
    expect(() => resolveSite('nope', 'DD_SITE (environment)')).toThrow(/^Invalid DD_SITE \(environment\) 'nope'/)
  })

  it('puts the API on api.<site>', () => {
    expect(apiBaseUrlForSite('datadoghq.eu')).toBe('https://api.datadoghq.eu')
    expect(apiBaseUrlForSite('us2.ddog-gov.com')).toBe('https://api.us2.ddog-gov.com')
  })
})

describe('resolveApiUrl', () => {
  it.each([
    ['https://api.datadoghq.eu', 'https://api.datadoghq.eu'],
    ['https://gateway.example.com/datadog/', 'https://gateway.example.com/datadog'],
    ['http://127.0.0.1:8126', 'http://127.0.0.1:8126'],
    ['http://127.10.0.3:80/', 'http://127.10.0.3'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['http://[::1]:3000', 'http://[::1]:3000']
  ])('accepts %s', (value, base) => {
    expect(resolveApiUrl(value)).toBe(base)
  })

  it.each([
    'api.datadoghq.eu',
    'http://api.datadoghq.eu',
    'http://10.0.0.1:8080',
    'http://localhost.evil.com',
    'ftp://127.0.0.1',
    'https://api.datadoghq.eu?x=1',
    'https://api.datadoghq.eu/#frag',
    'not a url'
  ])('refuses %s with the expected form', value => {
    expect(() => resolveApiUrl(value)).toThrow(/Invalid api-url .*Expected an absolute https URL/)
  })

  it('refuses credentials in the URL without echoing them', () => {
    let message = ''
    try {
      resolveApiUrl('https://me:s3cr3t-token@api.datadoghq.eu')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/Invalid api-url 'https:\/\/\*\*\*@api\.datadoghq\.eu'/)
    expect(message).not.toContain('s3cr3t-token')
  })
})

describe('quoting a refused input', () => {
  const messageOf = (f: () => unknown): string => {
    try {
      f()
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      return (error as InputError).message
    }
    throw new Error('not refused')
  }

  it.each([
    ['an api-url new URL cannot parse', () => resolveApiUrl('https://me:hunter2-secret@exa mple.com')],
    ['an api-url with a bad port', () => resolveApiUrl('https://me:hunter2-secret@example.com:99999')],
    ['an api-url with a / in the password', () => resolveApiUrl('https://me:hun/ter2-secret@example.com')],
    ['an api-url with an @ in the password', () => resolveApiUrl('https://me:hunter2@secret@example.com')],
    ['an http api-url', () => resolveApiUrl('http://me:hunter2-secret@10.0.0.1')],
    ['a site URL', () => resolveSite('https://me:hunter2-secret@app.datadoghq.eu', 'site')],
    ['a site without a scheme', () => resolveSite('me:hunter2-secret@datadoghq.eu', 'site')],
    ['a site URL new URL cannot parse', () => resolveSite('https://me:hunter2-secret@data dog', 'site')]
  ])('never quotes the password of %s', (_, refuse) => {
    const message = messageOf(refuse)
    expect(message).toMatch(/'(https?:\/\/)?\*\*\*@/)
    expect(message).not.toMatch(/hunter|secret|ter2/)
  })

  it('caps a huge input at about 100 characters, saying it was cut', () => {
    const message = messageOf(() => resolveSite('x'.repeat(100_000), 'site'))
    expect(message).toContain(`'${'x'.repeat(100)}... [cut: 100000 characters in all]'`)
    expect(message.length).toBeLessThan(600)
    expect(messageOf(() => resolveApiUrl(`ftp://${'a'.repeat(100_000)}`)).length).toBeLessThan(600)
  })

  it('shows a line break or a control character as text, and Markdown as a code span', () => {
    const error = (() => {
      try {
        resolveSite('evil\n::warning::forged\u001b[31m', 'site')
      } catch (e) {
        return e as InputError
      }
      throw new Error('not refused')
    })()
    expect(error.message).toContain("'evil ::warning::forged\\u001b[31m'")
    expect(error.detail.markdown()).toContain("'`evil ::warning::forged\\u001b[31m`'")
  })

  it('takes a 100 KB input with many @ and // in linear time', () => {
    const message = messageOf(() => resolveApiUrl('//@'.repeat(40_000)))
    expect(message).toMatch(/^Invalid api-url '\/\/\*\*\*@'/)
  })
})
