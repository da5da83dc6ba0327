/**
 * The floor: the least a step can do for the same job. One POST with node:http, the two outputs written,
 * nothing else: no validation, no masking, no retries, no summary.
 */
import { request } from 'node:http'
import { appendFileSync } from 'node:fs'

const env = process.env
const body = JSON.stringify({
  data: {
    type: 'org_connection',
    attributes: { connection_types: [env['INPUT_CONNECTION-TYPES']] },
    relationships: { sink_org: { data: { type: 'orgs', id: env['INPUT_SINK-ORG'] } } }
  }
})
const req = request(`${env['INPUT_API-URL']}/api/v2/org_connections`, {
  method: 'POST',
  headers: {
    'DD-API-KEY': env['INPUT_API-KEY'],
    'DD-APPLICATION-KEY': env['INPUT_APP-KEY'],
    'Content-Type': 'application/json'
  }
})
req.on('response', res => {
  let text = ''
  res.on('data', chunk => (text += chunk))
  res.on('end', () => {
    const { data } = JSON.parse(text)
    appendFileSync(
      env.GITHUB_OUTPUT ?? '',
      `connection-id<<EOF\n${data.id}\nEOF\ncreated-at<<EOF\n${data.attributes.created_at}\nEOF\n`
    )
  })
})
req.end(body)
