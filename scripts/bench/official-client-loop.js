/**
 * A loop over Datadog's official TypeScript client, installed by the benchmark into .bench/ (never a dependency of
 * the action): one process that creates a connection to each sink org of BENCH_SINK_ORGS (a JSON array), one after
 * the other, as a script around the client would. It has no notion of a desired set: no listing, no re-run check.
 */
import { createRequire } from 'node:module'
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
for (const sink of JSON.parse(env.BENCH_SINK_ORGS ?? '[]')) {
  await api.createOrgConnections({
    body: {
      data: {
        type: 'org_connection',
        attributes: { connectionTypes: ['logs'] },
        relationships: { sinkOrg: { data: { type: 'orgs', id: sink } } }
      }
    }
  })
}
