/**
 * The create through Datadog's official TypeScript client, installed by the benchmark into .bench/ (never a dependency
 * of the action). Alone, it makes the step's one connection and writes the same two outputs as the action. With
 * BENCH_SINK_ORGS (a JSON array of sink org ids), it is a loop over the client in one process, creating a connection
 * to each, as a script around the client would: no listing, no notion of a desired set.
 */
import { createRequire } from 'node:module'
import { appendFileSync } from 'node:fs'
import { join } from 'node:path'

const require = createRequire(join(process.cwd(), '.bench', 'package.json'))
// Installed into .bench/ by scripts/bench.js only (never a dependency), so it is loaded untyped.
const CLIENT = '@datadog/datadog-api-client'
const { client, v2 } = require(CLIENT)

const env = process.env
const configuration = client.createConfiguration({
  authMethods: { apiKeyAuth: env['INPUT_API-KEY'], appKeyAuth: env['INPUT_APP-KEY'] },
  baseServer: new client.BaseServerConfiguration(env['INPUT_API-URL'], {})
})
const api = new v2.OrgConnectionsApi(configuration)

/** @param {string} sink @param {string[]} types */
async function create(sink, types) {
  const { data } = await api.createOrgConnections({
    body: {
      data: {
        type: 'org_connection',
        attributes: { connectionTypes: types },
        relationships: { sinkOrg: { data: { type: 'orgs', id: sink } } }
      }
    }
  })
  return data
}

if (env.BENCH_SINK_ORGS) {
  for (const sink of JSON.parse(env.BENCH_SINK_ORGS)) await create(sink, ['logs'])
} else {
  const data = await create(env['INPUT_SINK-ORG'] ?? '', [env['INPUT_CONNECTION-TYPES'] ?? ''])
  appendFileSync(
    env.GITHUB_OUTPUT ?? '',
    `connection-id<<EOF\n${data.id}\nEOF\ncreated-at<<EOF\n${data.attributes.createdAt.toISOString()}\nEOF\n`
  )
}
