import { debugLines, expectFailure, inputsFor, runBundle, SINK, startStandIn, useStandIn } from './harness.js'

const standIn = useStandIn()

const POST = 'POST /api/v2/org_connections'
const LIST = 'GET /api/v2/org_connections'

describe('dist/index.js under rate limits', () => {
  it('429 with X-RateLimit-Reset: waits what was asked, then creates', async () => {
    standIn.current.fault({
      status: 429,
      headers: {
        'x-ratelimit-reset': '1',
        'x-ratelimit-limit': '100',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-period': '60',
        'x-ratelimit-name': 'org_connections'
      },
      body: { errors: ['Too many requests'] }
    })
    const run = await runBundle(inputsFor(standIn.current))
    expect(run.outputs.result).toBe('created')
    expect(standIn.current.calls()).toEqual([POST, POST])
    expect(debugLines(run)[1]).toMatch(
      /-> 429 in \d+ ms, attempt 1 of 6; x-ratelimit-limit=100 x-ratelimit-period=60 x-ratelimit-remaining=0 x-ratelimit-reset=1 x-ratelimit-name=org_connections; waiting 1(\.\d)? s \(X-RateLimit-Reset asked 1 s\)/
    )
    expect(run.wallMs).toBeGreaterThanOrEqual(1000)
  })

  it.each([
    ['seconds', () => '1'],
    ['an HTTP date', () => new Date(Date.now() + 1500).toUTCString()]
  ])('429 with Retry-After as %s', async (_, value) => {
    standIn.current.fault({ status: 429, headers: { 'retry-after': value() } })
    const run = await runBundle(inputsFor(standIn.current))
    expect(run.outputs.result).toBe('created')
    expect(debugLines(run).join('\n')).toMatch(/waiting \d(\.\d)? s \(Retry-After asked/)
  })

  it('429 asking more than the cap: fails at once and says how long was asked', async () => {
    standIn.current.fault({
      status: 429,
      headers: { 'x-ratelimit-reset': '3600' },
      body: { errors: ['Too many requests'] }
    })
    const run = await runBundle(inputsFor(standIn.current))
    expectFailure(
      run,
      /429 Too Many Requests .*the server asked to wait 3600 s \(X-RateLimit-Reset\), more than the 60 s this action waits at most/
    )
    expect(standIn.current.calls()).toEqual([POST])
  })
})

describe('dist/index.js through server and network faults', () => {
  it('5xx then success', async () => {
    standIn.current.fault({ status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' })
    standIn.current.fault({ status: 500, body: { errors: ['Internal Server Error'] } })
    const run = await runBundle(inputsFor(standIn.current))
    expect(run.outputs.result).toBe('created')
    expect(standIn.current.calls()).toEqual([POST, POST, POST])
  })

  it('persistent 5xx: exactly max-retries + 1 attempts, then a failure saying what was tried', async () => {
    standIn.current.fault({
      status: 503,
      body: '<html><title>503</title><body>Service Unavailable</body></html>',
      times: 10
    })
    const run = await runBundle(inputsFor(standIn.current, { 'max-retries': '2' }))
    expectFailure(
      run,
      /503 Service Unavailable when creating the connection .*a non-JSON answer: 503 Service Unavailable\. \[3 attempts over \d+(\.\d)? s; max-retries \(2\) reached\] .*status\.datadoghq\.com/
    )
    expect(standIn.current.calls()).toEqual([POST, POST, POST])
  })

  it('max-retries 0: one attempt', async () => {
    standIn.current.fault({ status: 502, times: 5 })
    const run = await runBundle(inputsFor(standIn.current, { 'max-retries': '0' }))
    expectFailure(run, /502 Bad Gateway.*retries are disabled \(max-retries: 0\)/)
    expect(standIn.current.calls()).toEqual([POST])
  })

  it('the create’s answer is lost after the write: one connection in the end, result created', async () => {
    standIn.current.fault({ method: 'POST', drop: 'after' })
    const run = await runBundle(inputsFor(standIn.current, { 'if-exists': 'fail' }))
    expect(run.code).toBe(0)
    expect(standIn.current.connections.size).toBe(1)
    const [stored] = [...standIn.current.connections.values()]
    expect(run.outputs).toMatchObject({ result: 'created', 'connection-id': stored.id })
    expect(standIn.current.calls()).toEqual([POST, POST, LIST])
  })

  it('a PATCH whose answer is lost is retried safely', async () => {
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    standIn.current.fault({ method: 'PATCH', drop: 'after' })
    const run = await runBundle(inputsFor(standIn.current, { 'connection-types': 'metrics' }))
    expect(run.outputs).toMatchObject({ result: 'updated', 'connection-types': '["metrics"]' })
    expect(standIn.current.calls().filter(c => c.startsWith('PATCH'))).toHaveLength(2)
    expect(existing.types).toEqual(['metrics'])
  })

  it('a DELETE whose answer is lost: the retry meets 404, which means it is gone', async () => {
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    standIn.current.fault({ method: 'DELETE', drop: 'after' })
    const run = await runBundle(inputsFor(standIn.current, { state: 'absent' }))
    expect(run.outputs).toMatchObject({ result: 'deleted', 'connection-id': existing.id })
    expect(standIn.current.connections.size).toBe(0)
  })

  it('a server that hangs: each attempt ends at timeout-seconds and the process exits promptly', async () => {
    standIn.current.fault({ hang: true, times: 5 })
    const run = await runBundle(inputsFor(standIn.current, { 'timeout-seconds': '0.5', 'max-retries': '1' }))
    expectFailure(
      run,
      /Could not reach the Datadog API: no complete answer within 0\.5 s \(timeout-seconds\)\. \[2 attempts over \d+(\.\d)? s; max-retries \(1\) reached\]/
    )
    expect(standIn.current.calls()).toEqual([POST, POST])
    // Two 0.5 s attempts and one short backoff: nothing keeps the process alive afterwards.
    expect(run.wallMs).toBeLessThan(10_000)
  })

  it('a refused connection: retried, then a failure naming the network', async () => {
    const url = standIn.current.url
    await standIn.current.close()
    const run = await runBundle({ ...inputsFor(standIn.current), 'api-url': url, 'max-retries': '1' })
    expectFailure(
      run,
      /Could not reach the Datadog API: connect ECONNREFUSED 127\.0\.0\.1:\d+\. \[2 attempts over .*\] Check site or api-url.*HTTPS_PROXY, NO_PROXY/
    )
  })

  it('malformed JSON in a 200: a clear failure, recorded as failed', async () => {
    standIn.current.fault({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"data": {"id": "x", '
    })
    const run = await runBundle(inputsFor(standIn.current))
    expectFailure(run, /answered 200 when creating the connection .*not with a usable org connection/)
    expect(run.outputs).toMatchObject({ result: 'failed', 'connection-id': '' })
  })

  it('an HTML error page: readable text, not markup', async () => {
    standIn.current.fault({
      status: 403,
      body: '<!DOCTYPE html><html><head><title>Access denied</title><style>body{}</style></head><body><p>Blocked by gateway</p></body></html>'
    })
    const run = await runBundle(inputsFor(standIn.current))
    expectFailure(
      run,
      /403 Forbidden when creating the connection .*: a non-JSON answer: Access denied Blocked by gateway\./
    )
  })

  it('a redirect to a second server: not followed, and that server receives nothing', async () => {
    const other = await startStandIn({ keys: null })
    try {
      standIn.current.fault({ redirect: `${other.url}/api/v2/org_connections` })
      const run = await runBundle(inputsFor(standIn.current))
      expectFailure(run, /307 Temporary Redirect .*redirected to 127\.0\.0\.1:\d+; redirects are never followed/)
      expect(other.requests).toHaveLength(0)
    } finally {
      await other.close()
    }
  })

  it('a gateway that echoes the request headers in its error: the keys are blanked in every channel', async () => {
    standIn.current.fault({
      status: 400,
      body: (req: { headers: Record<string, string> }) => ({ errors: [`bad request: ${JSON.stringify(req.headers)}`] }),
      times: 1
    })
    const run = await runBundle(inputsFor(standIn.current))
    expectFailure(run, /400 Bad Request .*"dd-api-key":"\*\*\*","dd-application-key":"\*\*\*"/)
  })
})

describe('dist/index.js tells its own create from an existing connection', () => {
  it('a 429 then 409 on a re-run: the 429 was not carried out, so the connection is not ours (unchanged)', async () => {
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    standIn.current.fault({ status: 429, headers: { 'x-ratelimit-reset': '0' } })
    const run = await runBundle(inputsFor(standIn.current))
    expect(run.outputs).toMatchObject({ result: 'unchanged', 'connection-id': existing.id })
  })
})
