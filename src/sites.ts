/**
 * Where the keys may be sent. A Datadog site (or its web app host, or an https URL of either) becomes
 * `https://api.<site>`; `api-url` overrides it for a private endpoint, a gateway or a local stand-in.
 * Anything else is refused: an API key must never travel to a host the user did not mean.
 */
import { InputError } from './errors.js'
import { msg, oneLine, words } from './message.js'

/** The most of a refused input that is quoted back. */
const MAX_QUOTED_INPUT = 100

/**
 * A refused input as it may be quoted: credentials in any `//user:password@host` part blanked (found by a linear
 * scan, so even text that `new URL` cannot parse never shows a password), then cut at MAX_QUOTED_INPUT characters.
 * The result is a plain string: interpolate it in a `msg` template, which neutralises it for its channel.
 */
export function quotableInput(value: string): string {
  return oneLine(withoutCredentials(value), MAX_QUOTED_INPUT)
}

/**
 * Blanks whatever could be user info: everything between the first `//` (or the start) and the last `@`. Generous on
 * purpose (a password may hold `/` or `@`), and linear: two index scans.
 */
function withoutCredentials(value: string): string {
  const at = value.lastIndexOf('@')
  if (at < 0) return value
  const slashes = value.indexOf('//')
  const start = slashes >= 0 && slashes < at ? slashes + 2 : 0
  return `${value.slice(0, start)}***${value.slice(at)}`
}

export const DATADOG_SITES = [
  'datadoghq.com',
  'us3.datadoghq.com',
  'us5.datadoghq.com',
  'datadoghq.eu',
  'ap1.datadoghq.com',
  'ap2.datadoghq.com',
  'uk1.datadoghq.com',
  'ddog-gov.com',
  'us2.ddog-gov.com'
] as const

export type DatadogSite = (typeof DATADOG_SITES)[number]

const SITES: ReadonlySet<string> = new Set(DATADOG_SITES)

/** Accepts `datadoghq.eu`, `app.datadoghq.eu`, `https://app.datadoghq.eu/...` (any case); returns `datadoghq.eu`. */
export function resolveSite(value: string, source: string): DatadogSite {
  let host = value.trim().toLowerCase()
  if (host.includes('://')) {
    let url: URL
    try {
      url = new URL(host)
    } catch {
      throw siteError(value, source)
    }
    if (url.protocol !== 'https:' || url.username || url.password || url.port) throw siteError(value, source)
    host = url.hostname
  }
  host = host.replace(/\.$/, '')
  const site = host.startsWith('app.') ? host.slice('app.'.length) : host
  if (!SITES.has(site)) throw siteError(value, source)
  return site as DatadogSite
}

function siteError(value: string, source: string): InputError {
  const expected = words(
    `Expected one of the Datadog sites: ${DATADOG_SITES.join(', ')} ` +
      '(or its web app host such as app.datadoghq.eu, or an https URL of either). ' +
      'For a private endpoint or a gateway, set api-url instead.'
  )
  return new InputError(msg`Invalid ${words(source)} '${quotableInput(value)}'. ${expected}`)
}

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/

/**
 * Validates `api-url`: absolute, https (http only to a loopback host), no credentials, no query or fragment.
 * Returns the base URL without a trailing slash; API paths are appended to it.
 */
export function resolveApiUrl(value: string): string {
  const expected =
    'Expected an absolute https URL such as https://api.datadoghq.com or https://gateway.example.com/datadog ' +
    '(http only to localhost, 127.0.0.0/8 or [::1]), without a user name, password, query or fragment.'
  // Never echo credentials back, even in an error, even when the value is not a URL at all.
  const refused = () => new InputError(msg`Invalid api-url '${quotableInput(value)}'. ${words(expected)}`)
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw refused()
  }
  const loopback = LOOPBACK_HOSTS.test(url.hostname)
  const schemeOk = url.protocol === 'https:' || (url.protocol === 'http:' && loopback)
  if (!schemeOk || url.username || url.password || url.search || url.hash) throw refused()
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

export function apiBaseUrlForSite(site: DatadogSite): string {
  return `https://api.${site}`
}
