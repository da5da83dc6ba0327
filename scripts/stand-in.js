#!/usr/bin/env node
/**
 * A stand-in for Datadog's org connections API (v2), on 127.0.0.1, in plain Node with no dependencies. Used by the
 * end-to-end tests, the demo and the benchmark; run it alone with `npm run stand-in` (`--help` says how).
 *
 * It answers as Datadog was recorded to answer (routes.js), with the variety the contract allows (creator ids that
 * are not UUIDs, `included` with users' personal data in list answers, thin PATCH answers; more with the `variety`
 * option: relationships left out, names left out, other `created_at` spellings, types Datadog adds later). Keys may
 * belong to any org of the account (`orgs` and `keys` options): the current user, the source of what is created and
 * an unfiltered listing follow the keys used. Tests queue faults with `fault()`, make listing misbehave with
 * `standIn.listing`, and build hostile answers with `hostile`.
 *
 * scripts/stand-in/: data.js (orgs, user, keys), state.js, answers.js, routes.js, faults.js, admin.js, server.js (the
 * lifecycle any stand-in can share), start.js, cli.js.
 */
import { pathToFileURL } from 'node:url'
import { main } from './stand-in/cli.js'

export {
  inputsFor,
  KEYS,
  keyPair,
  KNOWN_TYPES,
  manyOrgs,
  SINK_ORGS,
  SOURCE_ORG,
  USER,
  USER_PERSONAL
} from './stand-in/data.js'
export { hostile } from './stand-in/hostile.js'
export { startStandIn } from './stand-in/start.js'
export { DEFAULT_PORT } from './stand-in/cli.js'

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const code = await main(process.argv.slice(2))
  if (code !== undefined) process.exitCode = code
}
