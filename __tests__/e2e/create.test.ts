import { readFileSync } from 'node:fs'
import { debugLines, expectFailure, inputsFor, KEYS, runBundle, SINK, SINK_ORGS, useStandIn } from './harness.js'

const standIn = useStandIn()

describe('dist/index.js creates a connection', () => {
  it('with one POST, the contract’s body and headers, every output and the summary', async () => {
    const run = await runBundle(inputsFor(standIn.current, { 'connection-types': 'logs,\nmetrics logs' }))
    expect(run.code).toBe(0)
    expect(standIn.current.calls()).toEqual(['POST /api/v2/org_connections'])
    const [request] = standIn.current.requests
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
      'user-agent': expect.stringContaining(`datadog-org-connection-action/${version}`)
    })

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
      'plan-digest': expect.stringMatching(/^sha256:[0-9a-f]{64}$/)
    })
    expect(JSON.parse(run.outputs.plan)).toEqual({
      site: standIn.current.url,
      changes: [{ 'sink-org': SINK, action: 'create', 'connection-id': null, from: null, to: ['logs', 'metrics'] }]
    })
    expect(stored.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/)
    expect(JSON.parse(run.outputs.connection)).toMatchObject({
      id: stored.id,
      type: 'org_connection',
      attributes: { connection_types: ['logs', 'metrics'] }
    })

    expect(run.summary).toContain('### Datadog org connection\n\n1 created.')
    expect(run.summary).toContain(
      `| \`Acme Security\` (\`${SINK}\`) | \`${stored.id}\` | (none) -> \`logs\`, \`metrics\` | **created** |`
    )
    expect(run.summary).toContain('| Source org | `Acme Production` (`4dee724d-00cc-11ea-a77b-570c9d03c6c5`) |')
    expect(run.summary).toContain(`| Plan digest | \`${run.outputs['plan-digest']}\` |`)
    expect(run.summary).toContain('| Repository | `acme/platform` |')
    expect(run.summary).toContain('| Run | [https://github.com/acme/platform/actions/runs/4242]')
    expect(run.stdout).toContain(
      `created: Created a connection to sink org Acme Security (${SINK}) with types logs, metrics.`
    )
  })

  it('takes the keys from DD_API_KEY and DD_APP_KEY, and masks them first as well', async () => {
    const inputs = inputsFor(standIn.current)
    delete inputs['api-key']
    delete inputs['app-key']
    const run = await runBundle(inputs, { DD_API_KEY: KEYS.api, DD_APP_KEY: KEYS.app })
    expect(run.outputs.result).toBe('created')
  })
})

describe('dist/index.js refuses bad input, and sends nothing', () => {
  const uuid = SINK_ORGS[1].id
  it.each<{ name: string; inputs: Record<string, string>; message: RegExp }>([
    {
      name: 'site',
      inputs: { 'api-url': '', site: 'datadoghq.co' },
      message: /Invalid site 'datadoghq\.co'\. Expected one of the Datadog sites/
    },
    {
      name: 'api-url',
      inputs: { 'api-url': 'http://example.com:8080' },
      message: /Invalid api-url 'http:\/\/example\.com:8080'/
    },
    {
      name: 'api-url credentials',
      inputs: { 'api-url': 'https://u:p@gw.example.com' },
      message: /Invalid api-url 'https:\/\/\*\*\*@gw\.example\.com'/
    },
    {
      name: 'sink-org',
      inputs: { 'sink-org': '1000123' },
      message: /Invalid sink-org '1000123'\. Expected the org's UUID/
    },
    { name: 'sink-org missing', inputs: { 'sink-org': '' }, message: /Input sink-org is required/ },
    {
      name: 'connection-types',
      inputs: { 'connection-types': 'logs, apm' },
      message: /Invalid connection-types: unknown 'apm'\. Expected one or more of logs, metrics, audit/
    },
    {
      name: 'connection-types missing',
      inputs: { 'connection-types': '' },
      message: /Input connection-types is required/
    },
    { name: 'if-exists', inputs: { 'if-exists': 'overwrite' }, message: /Invalid if-exists 'overwrite'/ },
    { name: 'state', inputs: { state: 'deleted' }, message: /Invalid state 'deleted'/ },
    { name: 'dry-run', inputs: { 'dry-run': 'maybe' }, message: /Invalid dry-run 'maybe'/ },
    { name: 'max-retries', inputs: { 'max-retries': 'many' }, message: /Invalid max-retries 'many'/ },
    { name: 'timeout-seconds', inputs: { 'timeout-seconds': '-1' }, message: /Invalid timeout-seconds '-1'/ },
    { name: 'api-key missing', inputs: { 'api-key': '' }, message: /Input api-key is required/ },
    { name: 'app-key missing', inputs: { 'app-key': '' }, message: /Input app-key is required/ },
    { name: 'sink-org with a trailing id', inputs: { 'sink-org': `${uuid},${uuid}` }, message: /Invalid sink-org/ }
  ])('$name', async ({ inputs: override, message }) => {
    const run = await runBundle(inputsFor(standIn.current, override))
    expectFailure(run, message)
    expect(standIn.current.requests).toHaveLength(0)
    expect(run.outputsFile).toBe('')
  })

  it.each([
    ['a space', `${KEYS.app.slice(0, 20)} ${KEYS.app.slice(20)}`],
    ['a header injection', `${KEYS.app}\nX-Evil: 1`]
  ])('an app-key with %s: masked, refused, never echoed', async (_, badKey) => {
    const run = await runBundle(inputsFor(standIn.current, { 'app-key': badKey }))
    expectFailure(
      run,
      /Input app-key is not a valid key: expected printable ASCII characters without spaces or line breaks/
    )
    expect(standIn.current.requests).toHaveLength(0)
    for (const line of badKey.split('\n')) expect(run.stdout).toContain(`::add-mask::${line}`)
  })

  it('warns when the keys look swapped, then sends them as given', async () => {
    const run = await runBundle(inputsFor(standIn.current, { 'api-key': KEYS.app, 'app-key': KEYS.api }))
    expect(run.stdout).toMatch(/::warning::The api-key looks like an application key .* may be swapped/)
    expectFailure(run, /403 Forbidden/)
  })
})

describe('dist/index.js explains what Datadog refused', () => {
  it.each([
    {
      status: 401,
      message:
        /Datadog answered 401 Unauthorized when creating the connection .*: Unauthorized\. The keys were not accepted/
    },
    {
      status: 403,
      message: /403 Forbidden .*: Forbidden\. The application key may lack the org_connections_write permission/
    },
    {
      status: 400,
      message:
        /400 Bad Request .*: connection between orgs x and y is not allowed\. Both orgs must be in the same Datadog account/
    }
  ])('$status', async ({ status, message }) => {
    standIn.current.fault({
      status,
      body: {
        errors: [
          status === 400
            ? 'connection between orgs x and y is not allowed'
            : status === 401
              ? 'Unauthorized'
              : 'Forbidden'
        ]
      }
    })
    const run = await runBundle(inputsFor(standIn.current))
    expectFailure(run, message)
    expect(run.outputs).toMatchObject({ result: 'failed', 'connection-id': '', changed: 'false' })
    expect(JSON.parse(run.outputs.results)).toEqual([
      expect.objectContaining({ result: 'failed', error: expect.stringMatching(message) })
    ])
    expect(run.summary).toContain('### Datadog org connection: failed')
  })

  it('404: names the sink org and the site', async () => {
    const run = await runBundle(inputsFor(standIn.current, { 'sink-org': '00000000-0000-4000-8000-000000000000' }))
    expectFailure(
      run,
      /404 Not Found .*: Not found\. Sink org 00000000-0000-4000-8000-000000000000 was not found on 127\.0\.0\.1:\d+.*not its public id/
    )
  })

  it('a 200 without a usable connection: a failure, recorded as failed', async () => {
    standIn.current.fault({ status: 200, body: { data: { type: 'org_connection', attributes: {} } } })
    const run = await runBundle(inputsFor(standIn.current))
    expectFailure(run, /answered 200 when creating the connection .*not with a usable org connection/)
    expect(run.outputs).toMatchObject({ result: 'failed', 'connection-id': '' })
  })

  it('logs each attempt at debug level', async () => {
    const run = await runBundle(inputsFor(standIn.current))
    expect(debugLines(run)).toContainEqual(
      expect.stringMatching(/^::debug::POST \/api\/v2\/org_connections -> 200 in \d+ ms, attempt 1 of 6$/)
    )
  })
})
