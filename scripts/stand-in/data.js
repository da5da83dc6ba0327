/**
 * The stand-in's fixed orgs, user and keys: shared by the tests, the demo and the benchmark, so that every one of them
 * speaks of the same things. Org ids are UUIDs (as Datadog's are); the user id has the shape of the API reference's
 * own example (`usr123abc456`), which the schema allows: a creator id is a plain string.
 */

/**
 * @typedef {{ id: string, name: string }} Ref an org or a user, as relationships name them
 * @typedef {{ api: string, app: string }} KeyPair an API key (32 hex characters) and an application key (40)
 * @typedef {KeyPair & { orgId?: string }} OrgKeys a key pair and the org it belongs to (SOURCE_ORG when left out)
 */

export const SOURCE_ORG = { id: '4dee724d-00cc-11ea-a77b-570c9d03c6c5', name: 'Acme Production' }
export const SINK_ORGS = [
  { id: '83999dcd-7f97-11f0-8de1-1ecf66f1aa85', name: 'Acme Security' },
  { id: 'c1a5e0f2-7f97-11f0-9a3b-2b7d1e4c5a6f', name: 'Acme Analytics' }
]
/** Who the keys belong to: a service account whose id is not a UUID, as in the API reference's example. */
export const USER = { id: 'usr7f3c2a9e1b04', name: 'Provisioning Bot' }
/** The user's personal data: the action must never print it (logs are public). */
export const USER_PERSONAL = {
  handle: 'provisioning-bot@acme.example',
  email: 'provisioning-bot@acme.example',
  icon: 'https://secure.gravatar.com/avatar/00000000000000000000000000000000?s=48&d=retro'
}
/** The keys the stand-in accepts by default: an API key is 32 hex characters, an application key 40. */
export const KEYS = { api: '0123456789abcdef0123456789abcdef', app: 'fedcba9876543210fedcba9876543210fedcba98' }
/** The types Datadog knows today; `variety.types` adds the ones it may add later (say `apm`). */
export const KNOWN_TYPES = ['logs', 'metrics', 'audit']

/**
 * The `n`th key pair: 0 is KEYS, any other a pair of the same shape that differs from every other `n` (keys for
 * another org: `{ ...keyPair(1), orgId: SINK_ORGS[0].id }`).
 * @param {number} n 0 to 255
 * @returns {KeyPair}
 */
export function keyPair(n) {
  if (n === 0) return { ...KEYS }
  const prefix = n.toString(16).padStart(2, '0')
  return { api: `${prefix}${'a'.repeat(30)}`, app: `${prefix}${'b'.repeat(38)}` }
}

/**
 * The inputs of a step that targets this stand-in (keys, api-url, the first sink org, logs), plus `extra`.
 * @param {{ url: string }} standIn
 * @param {Record<string, string>} [extra]
 * @returns {Record<string, string>}
 */
export function inputsFor(standIn, extra = {}) {
  return {
    'api-key': KEYS.api,
    'app-key': KEYS.app,
    'api-url': standIn.url,
    'sink-org': SINK_ORGS[0].id,
    'connection-types': 'logs',
    ...extra
  }
}

/**
 * `n` orgs with stable UUIDs and names (`Org 1`, ...): sink orgs for a long list of connections.
 * @param {number} n
 * @returns {Ref[]}
 */
export function manyOrgs(n) {
  return Array.from({ length: n }, (_, i) => ({
    id: `0a000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
    name: `Org ${i + 1}`
  }))
}
