/**
 * Faults through the whole process. The retry policy (which answers are retried, how long each wait is, the cap, the
 * attempts) is proven with a fake clock by datadog/retry.test.ts and datadog/transport.test.ts, and the texts of each
 * failure by datadog/errors.test.ts; here, only what a real process shows, with the shortest real waits.
 */
import { debugLines, expectFailure, inputsFor, runBundle, SINK, useStandIn, LIST, POST } from './harness.js'

const standIn = useStandIn()

describe('dist/index.js through rate limits and lost answers', () => {
  it('a 429 then a 409 on a re-run: waits what was asked, logs the rate-limit headers, and does not take the connection for its own', async () => {
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    standIn.current.fault({
      status: 429,
      headers: {
        'x-ratelimit-reset': '0',
        'x-ratelimit-limit': '100',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-period': '60',
        'x-ratelimit-name': 'org_connections'
      },
      body: { errors: ['Too many requests'] }
    })
    const run = await runBundle(inputsFor(standIn.current))
    // The 429 was not carried out, so the 409 that follows is someone else's connection: unchanged, not created.
    expect(run.outputs).toMatchObject({ result: 'unchanged', 'connection-id': existing.id })
    expect(standIn.current.calls()).toEqual([POST, POST, LIST])
    const headers =
      'x-ratelimit-limit=100 x-ratelimit-period=60 x-ratelimit-remaining=0 x-ratelimit-reset=0 x-ratelimit-name=org_connections'
    expect(debugLines(run)[1]).toMatch(
      new RegExp(
        `-> 429 in \\d+ ms, attempt 1 of 6; ${headers}; waiting 0(\\.\\d)? s \\(X-RateLimit-Reset asked 0 s\\)`
      )
    )
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
})

describe('dist/index.js against a server that never answers', () => {
  it('ends each attempt at timeout-seconds, tears the socket down, and the process exits promptly', async () => {
    standIn.current.fault({ hang: true, times: 5 })
    const run = await runBundle(inputsFor(standIn.current, { 'timeout-seconds': '0.3', 'max-retries': '1' }))
    expectFailure(
      run,
      /Could not reach the Datadog API: no complete answer within 0\.3 s \(timeout-seconds\)\. \[2 attempts over \d+(\.\d)? s; max-retries \(1\) reached\]/
    )
    expect(standIn.current.calls()).toEqual([POST, POST])
    // Two 0.3 s attempts and one short backoff. An attempt that outlived its timeout would end only at the HTTP
    // library's own backstop (5 s later), and a socket left open would keep the process alive after them.
    expect(run.wallMs).toBeLessThan(10_000)
  })
})
