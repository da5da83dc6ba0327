/**
 * Every input and environment variable the action reads, validated into one typed Settings.
 * Nothing else reads inputs. Each error names the input and the form it expects, and is raised
 * before any request is sent.
 */
import { InputError } from './errors.js'
import { parseManifest, readManifestFile } from './manifest.js'
import { type Message, msg, words } from './message.js'
import { apiBaseUrlForSite, quotableInput, resolveApiUrl, resolveSite } from './sites.js'
import { type Wish, IF_EXISTS, STATES, readConnectionTypes, readUuid } from './wish.js'

/** One connection (`sink-org`), or a reviewed list of them (`connections` or `connections-file`). */
export type Target =
  | { kind: 'single'; wish: Wish }
  | {
      kind: 'list'
      /** What the list is called in messages and the pull-request comment's marker: `inline` or the file's path. */
      origin: string
      wishes: Wish[]
      /** Also delete this org's connections to sink orgs that are not in the list. */
      prune: boolean
    }

export interface Settings {
  apiKey: string
  appKey: string
  /** `https://api.<site>` or the validated api-url, without a trailing slash. */
  baseUrl: string
  /** What the summary calls the target: the site, or the api-url's host. */
  siteLabel: string
  target: Target
  dryRun: boolean
  maxRetries: number
  timeoutMs: number
  /** `plan-digest` of the approved plan: any other plan fails before a write. */
  expectedPlanDigest?: string
  /** With a dry run: fail when anything would change. */
  failOnDrift: boolean
  /** The org the keys must belong to (lower case). */
  sourceOrgId?: string
  commentOnPr: boolean
  githubToken: string
  /** Survivable misuse, reported as warnings. */
  warnings: Message[]
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

/** The secrets as given, before validation: masked before anything is printed, whatever their form. */
export function rawSecrets(input: InputReader, env: Env): string[] {
  const secrets = [
    input('api-key') || env.DD_API_KEY || '',
    input('app-key') || env.DD_APP_KEY || '',
    input('github-token')
  ]
  // A secret with a line break is printed one line at a time: mask each line as well.
  return [...new Set(secrets.flatMap(s => [s, ...s.split(/\r?\n/).map(line => line.trim())]))].filter(s => s !== '')
}

export async function readSettings(input: InputReader, env: Env): Promise<Settings> {
  const warnings: Message[] = []
  const apiKey = readKey(input('api-key'), env.DD_API_KEY, 'api-key', 'DD_API_KEY')
  const appKey = readKey(input('app-key'), env.DD_APP_KEY, 'app-key', 'DD_APP_KEY')
  if (looksLikeAppKey(apiKey) && looksLikeApiKey(appKey)) {
    warnings.push(
      words(
        'The api-key looks like an application key (40 hex characters) and the app-key like an API key (32). ' +
          'They may be swapped: if Datadog answers 401 or 403, exchange them.'
      )
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
      msg`Both site and api-url are set: requests go to api-url (${new URL(baseUrl).host}), and site '${quotableInput(siteInput)}' is not used. Remove one of them.`
    )
  }

  const dryRun = readBoolean(input('dry-run'), 'dry-run', DEFAULTS.dryRun)
  const failOnDrift = readBoolean(input('fail-on-drift'), 'fail-on-drift', false)
  if (failOnDrift && !dryRun) {
    throw new InputError(
      'Input fail-on-drift is true but dry-run is not: a drift check only reads. Set dry-run: true beside fail-on-drift: true.'
    )
  }
  const digest = input('expected-plan-digest')
  if (digest && !/^sha256:[0-9a-f]{64}$/i.test(digest)) {
    throw new InputError(
      msg`Invalid expected-plan-digest '${quotableInput(digest)}'. Expected the plan-digest output of the approved plan: sha256: followed by 64 hex digits.`
    )
  }
  const sourceOrg = input('source-org')

  return {
    apiKey,
    appKey,
    baseUrl,
    siteLabel: apiUrl ? new URL(baseUrl).host : (site ?? DEFAULTS.site),
    target: await readTarget(input, env),
    dryRun,
    maxRetries: readInteger(input('max-retries'), 'max-retries', DEFAULTS.maxRetries, 0, LIMITS.maxRetries),
    timeoutMs: Math.round(readSeconds(input('timeout-seconds'), 'timeout-seconds', DEFAULTS.timeoutSeconds) * 1000),
    expectedPlanDigest: digest ? digest.toLowerCase() : undefined,
    failOnDrift,
    sourceOrgId: sourceOrg ? readUuid(sourceOrg, words('source-org')) : undefined,
    commentOnPr: readBoolean(input('comment-on-pr'), 'comment-on-pr', false),
    githubToken: input('github-token'),
    warnings
  }
}

/** Exactly one of sink-org, connections and connections-file says what should exist. */
async function readTarget(input: InputReader, env: Env): Promise<Target> {
  const state = readChoice(input('state'), 'state', STATES, DEFAULTS.state)
  const ifExists = readChoice(input('if-exists'), 'if-exists', IF_EXISTS, DEFAULTS.ifExists)
  const given = (['sink-org', 'connections', 'connections-file'] as const).filter(name => input(name) !== '')
  if (given.length !== 1) {
    throw new InputError(
      given.length === 0
        ? "Input sink-org is required: the UUID of the org that will see the source org's data. " +
            'For several connections, give connections (a YAML list) or connections-file instead.'
        : msg`Inputs ${given} are all set; expected exactly one of sink-org (one connection), connections (a YAML list) or connections-file (a YAML file).`
    )
  }
  const prune = readBoolean(input('prune'), 'prune', false)
  const typesInput = input('connection-types')

  if (given[0] === 'sink-org') {
    if (prune) {
      throw new InputError(
        'Input prune works with a list only (connections or connections-file): with sink-org, use state: absent to remove a connection.'
      )
    }
    const types = state === 'present' || typesInput ? readConnectionTypes(typesInput, words('connection-types')) : []
    return {
      kind: 'single',
      wish: { sinkOrgId: readUuid(input('sink-org'), words('sink-org')), state, ifExists, connectionTypes: types }
    }
  }

  if (typesInput) {
    throw new InputError(
      msg`Input connection-types is set beside ${given[0]}: with a list, each entry names its own connection-types. Move them into the entries.`
    )
  }
  const defaults = { state, ifExists }
  if (given[0] === 'connections') {
    const wishes = await parseManifest(input('connections'), words('connections'), defaults)
    return { kind: 'list', origin: 'inline', wishes, prune }
  }
  const path = input('connections-file')
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const text = await readManifestFile(path, workspace)
  return {
    kind: 'list',
    origin: path,
    wishes: await parseManifest(text, msg`connections-file ${path}`, defaults),
    prune
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

function readChoice<T extends string>(value: string, name: string, choices: readonly T[], fallback: T): T {
  if (!value) return fallback
  const lowered = value.toLowerCase()
  if ((choices as readonly string[]).includes(lowered)) return lowered as T
  throw new InputError(
    msg`Invalid ${name} '${quotableInput(value)}'. Expected one of: ${[...choices]} (default ${fallback}).`
  )
}

// The YAML 1.2 core schema's booleans, as GitHub's own getBooleanInput accepts them.
function readBoolean(value: string, name: string, fallback: boolean): boolean {
  if (!value) return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(
    msg`Invalid ${name} '${quotableInput(value)}'. Expected true or false (default ${String(fallback)}).`
  )
}

function readInteger(value: string, name: string, fallback: number, min: number, max: number): number {
  if (!value) return fallback
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(
      msg`Invalid ${name} '${quotableInput(value)}'. Expected a whole number from ${min} to ${max} (default ${fallback}).`
    )
  }
  return Number(value)
}

function readSeconds(value: string, name: string, fallback: number): number {
  if (!value) return fallback
  const seconds = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || seconds < 0.1 || seconds > LIMITS.timeoutSeconds) {
    throw new InputError(
      msg`Invalid ${name} '${quotableInput(value)}'. Expected a number of seconds from 0.1 to ${LIMITS.timeoutSeconds} (default ${fallback}).`
    )
  }
  return seconds
}
