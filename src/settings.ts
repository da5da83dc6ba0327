/**
 * Every input and environment variable the action reads, validated into one typed Settings.
 * Nothing else reads inputs. Each error names the input and the form it expects, and is raised
 * before any request is sent.
 */
import { InputError } from './errors.js'
import { type Account, parseManifest, readManifestFile } from './manifest.js'
import { type Message, msg, words } from './message.js'
import { apiBaseUrlForSite, quotableInput, resolveApiUrl, resolveSite } from './sites.js'
import { type Wish, IF_EXISTS, STATES, UUID_ADVICE, readUuid } from './wish.js'
import { type Approval, readApproval } from './inputs/approval.js'
import { readConnectionTypes, unknownTypesWarning } from './inputs/connection-types.js'
import { readBoolean, readChoice, readInteger, readSeconds } from './inputs/readers.js'
import { secretForms } from './http/secrets.js'
import { isUuid } from './uuid.js'

export type { Account, Approval, Wish }

/** One connection (`sink-org`), a reviewed list or account file (`connections`, `connections-file`), or an export. */
export type Target =
  | { kind: 'single'; wish: Wish }
  | {
      kind: 'list'
      /** What the list is called in messages and the pull-request comment's marker: `inline` or the file's path. */
      origin: string
      wishes: Wish[]
      /** Also delete this org's connections to sink orgs that are not in the list. */
      prune: boolean
      /** Account files only: alias -> uuid, and the governed source orgs (uuids that are the source of >= 1 entry). */
      account?: Account
    }
  /** Read the source org's connections and write them as a list (`connections-yaml`); never a write. */
  | { kind: 'export' }

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
  approval: Approval
  /** With a dry run: fail when anything would change. */
  failOnDrift: boolean
  /** The org the keys must belong to (`source-org`: a UUID, or an org alias of the account file), lower case. */
  sourceOrg?: { id: string; alias?: string }
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

const LIMITS = { maxRetries: 10, minTimeoutSeconds: 0.1, timeoutSeconds: 300 } as const

/** The secrets as given, before validation: masked before anything is printed, whatever their form. */
export function rawSecrets(input: InputReader, env: Env): string[] {
  const secrets = [
    input('api-key') || env.DD_API_KEY || '',
    input('app-key') || env.DD_APP_KEY || '',
    input('github-token')
  ]
  // A secret with a line break is printed one line at a time: each line is masked as well.
  return secretForms(secrets)
}

export async function readSettings(input: InputReader, env: Env): Promise<Settings> {
  const warnings: Message[] = []
  const keys = readKeys(input, env, warnings)
  const endpoint = readEndpoint(input, env, warnings)
  const dryRun = readBoolean(input('dry-run'), 'dry-run', DEFAULTS.dryRun)
  const failOnDrift = readBoolean(input('fail-on-drift'), 'fail-on-drift', false)
  if (failOnDrift && !dryRun) {
    throw new InputError(
      'Input fail-on-drift is true but dry-run is not: a drift check only reads. Set dry-run: true beside fail-on-drift: true.'
    )
  }
  const approval = readApproval(input)
  const target = await readTarget(input, env, warnings)
  const sourceOrg = readSourceOrg(input('source-org'), target)
  const { minTimeoutSeconds, timeoutSeconds } = LIMITS
  const timeout = readSeconds(
    input('timeout-seconds'),
    'timeout-seconds',
    DEFAULTS.timeoutSeconds,
    minTimeoutSeconds,
    timeoutSeconds
  )
  return {
    ...keys,
    ...endpoint,
    target,
    dryRun,
    maxRetries: readInteger(input('max-retries'), 'max-retries', DEFAULTS.maxRetries, 0, LIMITS.maxRetries),
    timeoutMs: Math.round(timeout * 1000),
    approval,
    failOnDrift,
    ...(sourceOrg ? { sourceOrg } : {}),
    commentOnPr: readBoolean(input('comment-on-pr'), 'comment-on-pr', false),
    githubToken: input('github-token'),
    warnings
  }
}

function readKeys(input: InputReader, env: Env, warnings: Message[]): { apiKey: string; appKey: string } {
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
  return { apiKey, appKey }
}

// api-url overrides the site. A site input given beside it is still checked (a typo is a typo), DD_SITE is not.
function readEndpoint(input: InputReader, env: Env, warnings: Message[]): { baseUrl: string; siteLabel: string } {
  const siteInput = input('site')
  const apiUrl = input('api-url')
  const source = siteInput ? 'site' : env.DD_SITE ? 'DD_SITE (environment)' : 'site'
  const site = siteInput || !apiUrl ? resolveSite(siteInput || env.DD_SITE || DEFAULTS.site, source) : undefined
  const baseUrl = apiUrl ? resolveApiUrl(apiUrl) : apiBaseUrlForSite(site ?? DEFAULTS.site)
  if (apiUrl && siteInput) {
    const unused = msg`site '${quotableInput(siteInput)}' is not used`
    warnings.push(
      msg`Both site and api-url are set: requests go to api-url (${new URL(baseUrl).host}), and ${unused}. Remove one of them.`
    )
  }
  return { baseUrl, siteLabel: apiUrl ? new URL(baseUrl).host : (site ?? DEFAULTS.site) }
}

/** Exactly one of sink-org, connections and connections-file says what should exist; or export reads what does. */
async function readTarget(input: InputReader, env: Env, warnings: Message[]): Promise<Target> {
  const state = readChoice(input('state'), 'state', STATES, DEFAULTS.state)
  const ifExists = readChoice(input('if-exists'), 'if-exists', IF_EXISTS, DEFAULTS.ifExists)
  const prune = readBoolean(input('prune'), 'prune', false)
  const given = (['sink-org', 'connections', 'connections-file'] as const).filter(name => input(name) !== '')
  if (readBoolean(input('export'), 'export', false)) return readExport(given, prune)
  if (given.length !== 1) {
    throw new InputError(
      given.length === 0
        ? "Input sink-org is required: the UUID of the org that will see the source org's data. " +
            'For several connections, give connections (a YAML list) or connections-file instead.'
        : msg`Inputs ${given} are all set; expected exactly one of sink-org (one connection), connections (a YAML list) or connections-file (a YAML file).`
    )
  }
  const typesInput = input('connection-types')
  if (given[0] === 'sink-org') {
    if (prune) {
      throw new InputError(
        'Input prune works with a list only (connections or connections-file): with sink-org, use state: absent to remove a connection.'
      )
    }
    const where = words('connection-types')
    const types = state === 'present' || typesInput ? readConnectionTypes(typesInput, where) : []
    const warning = unknownTypesWarning(where, types)
    if (warning) warnings.push(warning)
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
  const path = input('connections-file')
  const [origin, text, label] =
    given[0] === 'connections'
      ? ['inline', input('connections'), words('connections')]
      : [path, await readManifestFile(path, env.GITHUB_WORKSPACE || process.cwd()), msg`connections-file ${path}`]
  const { wishes, account, warnings: surprises } = await parseManifest(text, label, { state, ifExists })
  warnings.push(...surprises)
  return { kind: 'list', origin, wishes, prune, ...(account ? { account } : {}) }
}

function readExport(given: readonly string[], prune: boolean): Target {
  const beside = prune ? [...given, 'prune'] : given
  if (beside.length > 0) {
    const why = words("an export only reads the source org's connections and writes none")
    throw new InputError(
      msg`Input export is true beside ${[...beside]}: ${why}. Remove ${[...beside]}, or set export: false.`
    )
  }
  return { kind: 'export' }
}

/** `source-org`: a UUID, or an org alias of the account file; with an account file, one of the orgs it governs. */
function readSourceOrg(value: string, target: Target): Settings['sourceOrg'] {
  if (!value) return undefined
  const account = target.kind === 'list' ? target.account : undefined
  const aliases = new Map(Object.entries(account?.aliases ?? {}))
  const id = isUuid(value) ? value.toLowerCase() : aliases.get(value)
  if (id === undefined) {
    const known = account
      ? msg`, nor an org alias of the account file (its orgs: ${[...aliases.keys()]})`
      : words('; an org alias is read only with an account file (orgs and connections)')
    throw new InputError(msg`Invalid source-org '${quotableInput(value)}': not a UUID${known}. ${UUID_ADVICE}`)
  }
  const alias = [...aliases].find(([, org]) => org === id)?.[0]
  const sourceOrg = { id, ...(alias === undefined ? {} : { alias }) }
  if (account && !account.governed.includes(id)) {
    const shown = alias === undefined ? msg`${id}` : msg`${alias} (${id})`
    const why = words('the account file has no entry with it as source-org, so it governs none of its connections')
    throw new InputError(msg`Invalid source-org ${shown}: ${why}. Expected one of ${account.governed}.`)
  }
  return sourceOrg
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
