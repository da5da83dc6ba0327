/**
 * Every input and environment variable the action reads, validated into one typed Settings.
 * Nothing else reads inputs. Each error names the input and the form it expects, and is raised
 * before any request is sent.
 */
import { InputError } from './input-error.js'
import { CONNECTION_TYPES, type ConnectionType, isConnectionType } from './datadog/model.js'
import { apiBaseUrlForSite, resolveApiUrl, resolveSite } from './sites.js'

export type IfExists = 'update' | 'keep' | 'fail'
export type DesiredState = 'present' | 'absent'

export interface Settings {
  apiKey: string
  appKey: string
  /** `https://api.<site>` or the validated api-url, without a trailing slash. */
  baseUrl: string
  /** What the summary calls the target: the site, or the api-url's host. */
  siteLabel: string
  sinkOrgId: string
  connectionTypes: ConnectionType[]
  ifExists: IfExists
  state: DesiredState
  dryRun: boolean
  maxRetries: number
  timeoutMs: number
  /** Survivable misuse, reported as warnings. */
  warnings: string[]
}

/** `core.getInput` in the action, a plain lookup in tests: returns '' for an input that is not set. */
export type InputReader = (name: string) => string
export type Env = Record<string, string | undefined>

export const DEFAULTS = {
  site: 'datadoghq.com',
  ifExists: 'update',
  state: 'present',
  dryRun: false,
  maxRetries: 5,
  timeoutSeconds: 30
} as const

const LIMITS = { maxRetries: 10, timeoutSeconds: 300 } as const

/** The two keys as given, before validation: masked before anything is printed, whatever their form. */
export function rawSecrets(input: InputReader, env: Env): string[] {
  const secrets = [input('api-key') || env.DD_API_KEY || '', input('app-key') || env.DD_APP_KEY || '']
  // A secret with a line break is printed one line at a time: mask each line as well.
  return [...new Set(secrets.flatMap(s => [s, ...s.split(/\r?\n/).map(line => line.trim())]))].filter(s => s !== '')
}

export function readSettings(input: InputReader, env: Env): Settings {
  const warnings: string[] = []
  const apiKey = readKey(input('api-key'), env.DD_API_KEY, 'api-key', 'DD_API_KEY')
  const appKey = readKey(input('app-key'), env.DD_APP_KEY, 'app-key', 'DD_APP_KEY')
  if (looksLikeAppKey(apiKey) && looksLikeApiKey(appKey)) {
    warnings.push(
      'The api-key looks like an application key (40 hex characters) and the app-key like an API key (32). ' +
        'They may be swapped: if Datadog answers 401 or 403, exchange them.'
    )
  }

  // api-url overrides the site. A site input given beside it is still checked (a typo is a typo), DD_SITE is not.
  const siteInput = input('site')
  const apiUrl = input('api-url')
  const site =
    siteInput || !apiUrl
      ? resolveSite(
          siteInput || env.DD_SITE || DEFAULTS.site,
          siteInput ? 'site' : env.DD_SITE ? 'DD_SITE (environment)' : 'site'
        )
      : undefined
  const baseUrl = apiUrl ? resolveApiUrl(apiUrl) : apiBaseUrlForSite(site ?? DEFAULTS.site)
  if (apiUrl && siteInput) {
    warnings.push(
      `Both site and api-url are set: requests go to api-url (${new URL(baseUrl).host}), and site '${siteInput}' is not used. Remove one of them.`
    )
  }

  const state = readChoice(input('state'), 'state', ['present', 'absent'], DEFAULTS.state)
  const typesInput = input('connection-types')
  const connectionTypes = state === 'present' || typesInput ? readConnectionTypes(typesInput) : []

  return {
    apiKey,
    appKey,
    baseUrl,
    siteLabel: apiUrl ? new URL(baseUrl).host : (site ?? DEFAULTS.site),
    sinkOrgId: readSinkOrg(input('sink-org')),
    connectionTypes,
    ifExists: readChoice(input('if-exists'), 'if-exists', ['update', 'keep', 'fail'], DEFAULTS.ifExists),
    state,
    dryRun: readBoolean(input('dry-run'), 'dry-run', DEFAULTS.dryRun),
    maxRetries: readInteger(input('max-retries'), 'max-retries', DEFAULTS.maxRetries, 0, LIMITS.maxRetries),
    timeoutMs: Math.round(readSeconds(input('timeout-seconds'), 'timeout-seconds', DEFAULTS.timeoutSeconds) * 1000),
    warnings
  }
}

// Printable ASCII without spaces: what a header value can carry without any injection.
const KEY_FORM = /^[\x21-\x7e]+$/

function readKey(fromInput: string, fromEnv: string | undefined, name: string, envName: string): string {
  const value = fromInput || (fromEnv ?? '').trim()
  const source = fromInput ? `Input ${name}` : `Environment variable ${envName}`
  if (!value) {
    throw new InputError(
      `Input ${name} is required. Pass it from a secret (${name}: \${{ secrets.${envName} }}) or set the environment variable ${envName}.`
    )
  }
  if (!KEY_FORM.test(value)) {
    // Never echo the value: say what is wrong with it instead.
    throw new InputError(
      `${source} is not a valid key: expected printable ASCII characters without spaces or line breaks. ` +
        'Check that the secret holds only the key.'
    )
  }
  return value
}

const HEX = /^[0-9a-f]+$/i
const looksLikeApiKey = (key: string): boolean => key.length === 32 && HEX.test(key)
const looksLikeAppKey = (key: string): boolean => key.length === 40 && HEX.test(key)

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function readSinkOrg(value: string): string {
  if (!value) {
    throw new InputError("Input sink-org is required: the UUID of the org that will see the source org's data.")
  }
  if (!UUID.test(value)) {
    throw new InputError(
      `Invalid sink-org '${value}'. Expected the org's UUID, such as 83999dcd-7f97-11f0-8de1-1ecf66f1aa85 ` +
        '(Organization Settings in the sink org, or GET /api/v2/current_user), not its numeric public id or its name.'
    )
  }
  return value.toLowerCase()
}

export function readConnectionTypes(value: string): ConnectionType[] {
  const expected = `Expected one or more of ${CONNECTION_TYPES.join(', ')}, separated by commas, spaces or new lines.`
  const items = value
    .split(/[\s,]+/)
    .map(item => item.toLowerCase())
    .filter(item => item !== '')
  if (items.length === 0) throw new InputError(`Input connection-types is required. ${expected}`)
  const unknown = items.filter(item => !isConnectionType(item))
  if (unknown.length > 0) {
    throw new InputError(`Invalid connection-types: unknown ${unknown.map(u => `'${u}'`).join(', ')}. ${expected}`)
  }
  return [...new Set(items as ConnectionType[])]
}

function readChoice<T extends string>(value: string, name: string, choices: readonly T[], fallback: T): T {
  if (!value) return fallback
  const lowered = value.toLowerCase()
  if ((choices as readonly string[]).includes(lowered)) return lowered as T
  throw new InputError(`Invalid ${name} '${value}'. Expected one of: ${choices.join(', ')} (default ${fallback}).`)
}

// The YAML 1.2 core schema's booleans, as GitHub's own getBooleanInput accepts them.
function readBoolean(value: string, name: string, fallback: boolean): boolean {
  if (!value) return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(`Invalid ${name} '${value}'. Expected true or false (default ${fallback}).`)
}

function readInteger(value: string, name: string, fallback: number, min: number, max: number): number {
  if (!value) return fallback
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(
      `Invalid ${name} '${value}'. Expected a whole number from ${min} to ${max} (default ${fallback}).`
    )
  }
  return Number(value)
}

function readSeconds(value: string, name: string, fallback: number): number {
  if (!value) return fallback
  const seconds = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || seconds < 0.1 || seconds > LIMITS.timeoutSeconds) {
    throw new InputError(
      `Invalid ${name} '${value}'. Expected a number of seconds from 0.1 to ${LIMITS.timeoutSeconds} (default ${fallback}).`
    )
  }
  return seconds
}
