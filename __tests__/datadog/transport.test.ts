import { createServer, type Server } from 'node:http'
import { hostile, KEYS, startStandIn } from '../../scripts/stand-in.js'
import { DatadogError } from '../../src/errors.js'
import { unreachable } from '../../src/datadog/transport.js'
import { attemptsNote } from '../../src/http/format.js'
import { clientFor, fakeClock, recordingLogger, useStandIn } from '../fixtures/index.js'

const standIn = useStandIn()

describe('DatadogTransport', () => {
  it('sends the keys only as headers, with JSON content negotiation and the User-Agent', async () => {
    const { transport } = clientFor(standIn.current.url)
    const response = await transport.request('POST', '/api/v2/org_connections', { data: {} })
    expect(response).toMatchObject({ status: 400, attempts: 1 })
    const [request] = standIn.current.requests
    expect(request.headers).toMatchObject({
      'dd-api-key': KEYS.api,
      'dd-application-key': KEYS.app,
      accept: 'application/json',
      'content-type': 'application/json',
      'user-agent': expect.stringMatching(/^test-agent\/1/)
    })
    expect(request.url).not.toContain(KEYS.api)
    expect(request.url).not.toContain(KEYS.app)
  })

  it('sends no Content-Type without a body', async () => {
    await clientFor(standIn.current.url).transport.request('GET', '/api/v2/org_connections')
    expect(standIn.current.requests[0].headers['content-type']).toBeUndefined()
  })

  it('retries 429 after exactly what X-RateLimit-Reset asks, and logs each attempt with the rate-limit headers', async () => {
    standIn.current.fault({
      status: 429,
      headers: { 'x-ratelimit-reset': '2', 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0' },
      body: { errors: ['Too many requests'] }
    })
    const clock = fakeClock(0)
    const log = recordingLogger()
    const response = await clientFor(standIn.current.url, { clock, log }).transport.request(
      'GET',
      '/api/v2/org_connections'
    )
    expect(response).toMatchObject({ status: 200, attempts: 2 })
    expect(clock.waits).toEqual([2000])
    const [line] = log.lines
    expect(line).toMatch(/^debug: GET \/api\/v2\/org_connections -> 429 in \d+ ms, attempt 1 of 6; /)
    expect(line).toMatch(/; x-ratelimit-limit=60 x-ratelimit-remaining=0 x-ratelimit-reset=2; /)
    expect(line).toMatch(/; waiting 2 s \(X-RateLimit-Reset asked 2 s\)$/)
    expect(log.lines[1]).toMatch(/-> 200 in \d+ ms, attempt 2 of 6$/)
  })

  it('makes exactly max-retries + 1 attempts on a persistent 503, then returns the last answer', async () => {
    standIn.current.fault({ status: 503, body: '<html><h1>503 Service Unavailable</h1></html>', times: 10 })
    const clock = fakeClock(0)
    const response = await clientFor(standIn.current.url, { maxRetries: 3, clock }).transport.request(
      'GET',
      '/api/v2/org_connections'
    )
    expect(response).toMatchObject({ status: 503, attempts: 4, stoppedBecause: 'max-retries (3) reached' })
    expect(standIn.current.requests).toHaveLength(4)
    expect(clock.waits).toEqual([250, 500, 1000])
  })

  it('never retries another 4xx', async () => {
    standIn.current.fault({ status: 400, body: { errors: ['bad'] }, times: 5 })
    const response = await clientFor(standIn.current.url).transport.request('GET', '/api/v2/org_connections')
    expect(response).toMatchObject({ status: 400, attempts: 1 })
    expect(standIn.current.requests).toHaveLength(1)
  })

  it('does not wait when the server asks for more than the cap', async () => {
    standIn.current.fault({ status: 429, headers: { 'retry-after': '600' } })
    const clock = fakeClock()
    const response = await clientFor(standIn.current.url, { clock }).transport.request('GET', '/api/v2/org_connections')
    expect(response.stoppedBecause).toMatch(/asked to wait 600 s \(Retry-After\), more than the 60 s/)
    expect(clock.waits).toEqual([])
  })

  it('retries a dropped connection', async () => {
    standIn.current.fault({ drop: 'before' })
    const response = await clientFor(standIn.current.url).transport.request('GET', '/api/v2/org_connections')
    expect(response).toMatchObject({ status: 200, attempts: 2 })
  })

  it('ends a hanging attempt at the timeout, tearing the socket down, and says so', async () => {
    standIn.current.fault({ hang: true, times: 5 })
    const started = Date.now()
    const error = await clientFor(standIn.current.url, { maxRetries: 1, timeoutMs: 200 })
      .transport.request('GET', '/api/v2/org_connections')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatadogError)
    expect(error).toMatchObject({ reason: 'read-failed', status: undefined })
    const { message } = error as DatadogError
    expect(message).toMatch(/^Could not reach the Datadog API: no complete answer within 0\.2 s \(timeout-seconds\)\. /)
    expect(message).toMatch(/\. \[2 attempts over \d+(\.\d)? s; max-retries \(1\) reached\] Check site or api-url/)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('times out a body that stops halfway', async () => {
    const server: Server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' })
      res.write('{"data": [')
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as { port: number }).port
    try {
      const error = await clientFor(`http://127.0.0.1:${port}`, { maxRetries: 0, timeoutMs: 200 })
        .transport.request('GET', '/x')
        .catch((e: unknown) => e)
      expect((error as DatadogError).message).toMatch(
        /^Could not reach the Datadog API: no complete answer within 0\.2 s/
      )
      expect((error as DatadogError).message).not.toMatch(/attempts/)
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })

  it('reports a refused connection after its retries', async () => {
    const url = standIn.current.url
    await standIn.current.close()
    const clock = fakeClock()
    const error = await clientFor(url, { maxRetries: 2, clock })
      .transport.request('GET', '/x')
      .catch((e: unknown) => e)
    expect((error as DatadogError).message).toMatch(/ECONNREFUSED.*\[3 attempts over/)
    expect(clock.waits).toHaveLength(2)
  })

  it('says that a write whose every answer was lost may have been carried out; a refused one was not', async () => {
    standIn.current.fault({ method: 'POST', drop: 'after', times: 2 })
    const lost = await clientFor(standIn.current.url, { maxRetries: 1 })
      .transport.request('POST', '/api/v2/org_connections', { data: {} })
      .catch((e: unknown) => e)
    expect(lost).toMatchObject({ reason: 'write-failed', message: expect.stringMatching(/may have been carried out/) })
    const url = standIn.current.url
    await standIn.current.close()
    const refused = await clientFor(url, { maxRetries: 1 })
      .transport.request('POST', '/api/v2/org_connections', { data: {} })
      .catch((e: unknown) => e)
    expect((refused as DatadogError).message).not.toMatch(/may have been carried out/)
  })

  it('does not follow a redirect: the other host receives nothing', async () => {
    const other = await startStandIn()
    try {
      standIn.current.fault({ redirect: `${other.url}/api/v2/org_connections` })
      const response = await clientFor(standIn.current.url).transport.request('POST', '/api/v2/org_connections', {
        data: {}
      })
      expect(response).toMatchObject({ status: 307, attempts: 1 })
      expect(other.requests).toHaveLength(0)
    } finally {
      await other.close()
    }
  })

  describe('blanks both keys in everything it returns, before anything can cut it', () => {
    const fragments = [KEYS.api, KEYS.app].flatMap(key => [key.slice(0, 8), key.slice(-8)])

    it('in a body that echoes the request headers, wherever the echo falls', async () => {
      for (let pad = 0; pad < 260; pad += 7) {
        standIn.current.fault({
          status: 502,
          body: (request: { headers: Record<string, unknown> }) => hostile.echoHeaders(request, pad)
        })
      }
      const { transport } = clientFor(standIn.current.url, { maxRetries: 0 })
      for (let pad = 0; pad < 260; pad += 7) {
        const response = await transport.request('GET', '/api/v2/org_connections')
        expect(response.body).toContain('dd-api-key: ***')
        // Blanked whole before anything can cut it: no cut of what comes back holds a fragment of a key.
        for (const fragment of fragments) expect(response.body).not.toContain(fragment)
      }
    })

    it('in header values, which the debug log quotes', async () => {
      standIn.current.fault({
        status: 429,
        headers: { 'x-ratelimit-name': `limit-${KEYS.api}`, 'x-echo': KEYS.app, 'retry-after': '0' },
        body: { errors: [`key ${KEYS.app}`] }
      })
      const log = recordingLogger()
      const response = await clientFor(standIn.current.url, { maxRetries: 0, log }).transport.request('GET', '/x')
      expect(response.headers['x-ratelimit-name']).toBe('limit-***')
      expect(response.headers['x-echo']).toBe('***')
      expect(response.body).toBe('{"errors":["key ***"]}\n')
      expect(log.lines.join('\n')).toContain('x-ratelimit-name=limit-***')
      for (const fragment of fragments) expect(log.lines.join('\n')).not.toContain(fragment)
    })

    it('shows control characters of header values harmlessly in the debug log', async () => {
      standIn.current.fault({ status: 429, headers: { 'x-ratelimit-name': 'a\u0085\u009bred', 'retry-after': '0' } })
      const log = recordingLogger()
      await clientFor(standIn.current.url, { maxRetries: 0, log }).transport.request('GET', '/x')
      // Sent as UTF-8 and read as Latin-1: whatever the bytes, every C1 control is shown as an escape.
      expect(log.lines[0]).toMatch(/x-ratelimit-name=a\S*\\u0085\S*\\u009bred /)
      expect(log.lines[0]).not.toMatch(/[\u0080-\u009f]/)
    })
  })
})

describe('unreachable', () => {
  it('says what was tried and what to do', () => {
    const refused = { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:9' }
    expect(unreachable(refused, 3, 1500, 'max-retries (2) reached').text()).toBe(
      'Could not reach the Datadog API: connect ECONNREFUSED 127.0.0.1:9. [3 attempts over 1.5 s; max-retries (2) reached] ' +
        "Check site or api-url, the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY), then re-run; " +
        'raise max-retries or timeout-seconds for a slow network.'
    )
  })

  it('points a TLS failure at NODE_EXTRA_CA_CERTS, and does not suggest retries', () => {
    const tls = { code: 'SELF_SIGNED_CERT_IN_CHAIN', message: 'self-signed certificate in certificate chain' }
    const text = unreachable(tls, 1, 10).text()
    expect(text).toMatch(
      /^Could not reach the Datadog API: the TLS connection failed \(SELF_SIGNED_CERT_IN_CHAIN: self-signed /
    )
    expect(text).toMatch(/certificate in certificate chain\)\. .*NODE_EXTRA_CA_CERTS/)
    expect(text).not.toContain('max-retries')
  })

  it('notes attempts only when there was more than one, or something stopped the retries', () => {
    expect(attemptsNote(1, 200)).toBe('')
    expect(attemptsNote(1, 200, 'retries are disabled (max-retries: 0)')).toBe(
      ' [1 attempt over 0.2 s; retries are disabled (max-retries: 0)]'
    )
    expect(attemptsNote(4, 12_345)).toBe(' [4 attempts over 12 s]')
  })
})
