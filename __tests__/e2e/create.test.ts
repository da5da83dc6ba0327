import { readFileSync } from 'node:fs'
import { debugLines, expectFailure, inputsFor, KEYS, type Run, runBundle, SINK, useStandIn } from './harness.js'

const standIn = useStandIn()

/** The request a create sends: the contract's body, the keys as headers only, the version users run. */
function expectCreateRequest(request: { body: unknown; headers: Record<string, unknown> }): void {
  expect(request.body).toEqual({
    data: {
      type: 'org_connection',
      attributes: { connection_types: ['logs', 'metrics'] },
      relationships: { sink_org: { data: { type: 'orgs', id: SINK } } }
    }
  })
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version
  expect(request.headers).toMatchObject({
    'dd-api-key': KEYS.api,
    'dd-application-key': KEYS.app,
    'content-type': 'application/json',
    accept: 'application/json',
    // The version users run, from package.json at build time: what Datadog's logs (and a proxy's) show.
    'user-agent': `datadog-org-connection-action/${version}`
  })
}

/** The job summary of the create: counts first, the connection's row, then the site, source org, digest and run. */
function expectCreateSummary(run: Run, connectionId: string): void {
  expect(run.summary.split('\n').slice(0, 5)).toEqual([
    '### Datadog org connections: applied',
    '',
    `**1 created.** Plan digest: \`${run.outputs['plan-digest']}\``,
    '',
    'Apply · commit `5f1d3c2`'
  ])
  expect(run.summary).toContain(
    `| create | \`Acme Security\` (\`${SINK}\`) | \`${connectionId}\` | \`+logs\`, \`+metrics\` | **created** |`
  )
  expect(run.summary).toContain('- **Source org**: `Acme Production` (`4dee724d-00cc-11ea-a77b-570c9d03c6c5`)')
  expect(run.summary).toContain('- **Repository**: `acme/platform`')
  expect(run.summary).toContain('- **Run**: [https://github.com/acme/platform/actions/runs/4242]')
}

describe('dist/index.js creates a connection', () => {
  it('with one POST, the contract’s body and headers, every output and the summary', async () => {
    const run = await runBundle(inputsFor(standIn.current, { 'connection-types': 'logs,\nmetrics logs' }))
    expect(run.code).toBe(0)
    expect(standIn.current.calls()).toEqual(['POST /api/v2/org_connections'])
    expectCreateRequest(standIn.current.requests[0])
    expect(debugLines(run)).toContainEqual(
      expect.stringMatching(/^::debug::POST \/api\/v2\/org_connections -> 200 in \d+ ms, attempt 1 of 6$/)
    )

    const [stored] = [...standIn.current.connections.values()]
    expect(run.outputs).toEqual({
      'connection-id': stored.id,
      'created-at': stored.createdAt,
      result: 'created',
      'connection-types': '["logs","metrics"]',
      'source-org-id': '4dee724d-00cc-11ea-a77b-570c9d03c6c5',
      'source-org-name': 'Acme Production',
      'sink-org-name': 'Acme Security',
      connection: expect.any(String),
      results: JSON.stringify([
        {
          'sink-org': SINK,
          'sink-org-name': 'Acme Security',
          'connection-id': stored.id,
          result: 'created',
          'connection-types': ['logs', 'metrics'],
          'created-at': stored.createdAt
        }
      ]),
      changed: 'true',
      plan: expect.any(String),
      'plan-digest': expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      'failure-reason': '',
      'connections-yaml': ''
    })
    expect(JSON.parse(run.outputs.plan)).toEqual({
      site: standIn.current.url,
      org: null,
      changes: [{ 'sink-org': SINK, action: 'create', 'connection-id': null, from: null, to: ['logs', 'metrics'] }]
    })
    expect(JSON.parse(run.outputs.connection)).toMatchObject({
      id: stored.id,
      type: 'org_connection',
      attributes: { connection_types: ['logs', 'metrics'] }
    })
    expectCreateSummary(run, stored.id)
    expect(run.stdout).toContain(
      `created: Created a connection to sink org Acme Security (${SINK}) with types logs, metrics.`
    )
  })
})

describe('dist/index.js with the keys in the environment', () => {
  it('takes the keys from DD_API_KEY and DD_APP_KEY, masks them first, warns when they look swapped, and sends them as given', async () => {
    const inputs = inputsFor(standIn.current)
    delete inputs['api-key']
    delete inputs['app-key']
    // Swapped: the stand-in refuses them, which shows they were sent as given (runBundle checks masks and channels).
    const run = await runBundle(inputs, { DD_API_KEY: KEYS.app, DD_APP_KEY: KEYS.api })
    expect(run.stdout).toMatch(/::warning::The api-key looks like an application key .* may be swapped/)
    expectFailure(run, /403 Forbidden/)
    expect(standIn.current.requests[0].headers).toMatchObject({
      'dd-api-key': KEYS.app,
      'dd-application-key': KEYS.api
    })
  })
})

/**
 * Each input rule is proven by the unit tests of settings and sites (settings.test.ts, sites.test.ts and
 * inputs-refused.test.ts); what only the process shows is how a refusal ends the step.
 */
describe('dist/index.js refuses bad input, and sends nothing', () => {
  it('an api-url with a password: one error, no stack, exit 1, nothing sent, only failure-reason, the password nowhere', async () => {
    const password = 's3cretPassw0rdOfTheGateway'
    const run = await runBundle(inputsFor(standIn.current, { 'api-url': `https://user:${password}@gw.example.com` }))
    expectFailure(run, /^::error::Invalid api-url 'https:\/\/\*\*\*@gw\.example\.com'/)
    expect(standIn.current.requests).toHaveLength(0)
    // The only output of a run refused before it began: why it failed.
    expect(run.outputs).toEqual({ 'failure-reason': 'invalid-input' })
    expect([run.stdout, run.summary].filter(text => text.includes(password))).toEqual([])
  })

  it('an app-key with a header injection: each line masked first, refused, never echoed', async () => {
    const badKey = `${KEYS.app}\nX-Evil: 1`
    const run = await runBundle(inputsFor(standIn.current, { 'app-key': badKey }))
    expectFailure(
      run,
      /Input app-key is not a valid key: expected printable ASCII characters without spaces or line breaks/
    )
    expect(standIn.current.requests).toHaveLength(0)
    for (const line of badKey.split('\n')) expect(run.stdout).toContain(`::add-mask::${line}`)
  })
})

/** The advice for each status is proven by datadog/errors.test.ts; here, how a refused write ends the step. */
describe('dist/index.js explains what Datadog refused', () => {
  it('403: the failure with its advice, a failed result in the outputs, and the summary', async () => {
    const message = /403 Forbidden .*: Forbidden\. The application key may lack the org_connections_write permission/
    standIn.current.fault({ status: 403, body: { errors: ['Forbidden'] } })
    const run = await runBundle(inputsFor(standIn.current))
    expectFailure(run, message)
    expect(run.outputs).toMatchObject({
      result: 'failed',
      'connection-id': '',
      changed: 'false',
      'failure-reason': 'write-failed'
    })
    expect(JSON.parse(run.outputs.results)).toEqual([
      expect.objectContaining({ result: 'failed', error: expect.stringMatching(message) })
    ])
    expect(run.summary).toContain('### Datadog org connections: failed')
    expect(run.summary).toContain('**Failed** (write-failed): see the failures below.')
  })
})
