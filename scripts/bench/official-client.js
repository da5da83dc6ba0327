/**
 * The same create through Datadog's official TypeScript client, installed by the benchmark into .bench/ (never a
 * dependency of the action). Writes the same two outputs.
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
const { data } = await api.createOrgConnections({
  body: {
    data: {
      type: 'org_connection',
      attributes: { connectionTypes: [env['INPUT_CONNECTION-TYPES']] },
      relationships: { sinkOrg: { data: { type: 'orgs', id: env['INPUT_SINK-ORG'] } } }
    }
  }
})
appendFileSync(
  env.GITHUB_OUTPUT ?? '',
  `connection-id<<EOF\n${data.id}\nEOF\ncreated-at<<EOF\n${data.attributes.createdAt.toISOString()}\nEOF\n`
)
