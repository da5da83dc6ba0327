import { DATADOG_SITES, apiBaseUrlForSite, resolveApiUrl, resolveSite } from '../src/sites.js'
import { InputError } from '../src/input-error.js'

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
