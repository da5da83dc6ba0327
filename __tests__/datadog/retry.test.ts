import {
  DEFAULT_POLICY,
  decideRetry,
  isRetryable,
  isTlsFailure,
  mayHaveLanded,
  serverWait,
  type AttemptOutcome
} from '../../src/datadog/retry.js'

const policy = { ...DEFAULT_POLICY, maxRetries: 5 }
const NOW = Date.parse('2026-11-25T12:00:00Z')
const status = (code: number, headers: Record<string, string> = {}): AttemptOutcome => ({
  kind: 'response',
  status: code,
  headers,
  body: ''
})
const error = (code: string): AttemptOutcome => ({ kind: 'error', code, message: code })

describe('which outcomes are retried', () => {
  it.each([429, 500, 502, 503, 504])('retries %i', code => expect(isRetryable(status(code))).toBe(true))
  it.each([200, 301, 307, 400, 401, 403, 404, 405, 409, 422, 501, 505])('never retries %i', code => {
    expect(isRetryable(status(code))).toBe(false)
    expect(decideRetry(status(code), 1, policy, NOW, 0.5)).toEqual({ kind: 'final' })
  })
  it.each(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'ENOTFOUND', 'TIMEOUT'])(
    'retries network error %s',
    code => expect(isRetryable(error(code))).toBe(true)
  )
  it.each([
    'CERT_HAS_EXPIRED',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'ERR_TLS_CERT_ALTNAME_INVALID'
  ])('does not retry TLS failure %s', code => expect(isRetryable(error(code))).toBe(false))
})

describe('how many attempts', () => {
  it('allows exactly max-retries retries', () => {
    const decisions = [1, 2, 3, 4, 5, 6].map(attempt => decideRetry(status(503), attempt, policy, NOW, 0).kind)
    expect(decisions).toEqual(['retry', 'retry', 'retry', 'retry', 'retry', 'give-up'])
    expect(decideRetry(status(503), 6, policy, NOW, 0)).toMatchObject({ why: 'max-retries (5) reached' })
  })
  it('makes a single attempt with max-retries 0', () => {
    expect(decideRetry(status(503), 1, { ...policy, maxRetries: 0 }, NOW, 0)).toEqual({
      kind: 'give-up',
      why: 'retries are disabled (max-retries: 0)'
    })
  })
})

describe('backoff', () => {
  it('doubles from the base, with equal jitter between half and all of the step', () => {
    const low = [1, 2, 3, 4].map(a => decideRetry(status(502), a, policy, NOW, 0))
    const high = [1, 2, 3, 4].map(a => decideRetry(status(502), a, policy, NOW, 0.999999))
    expect(low.map(d => d.kind === 'retry' && d.delayMs)).toEqual([250, 500, 1000, 2000])
    expect(high.map(d => d.kind === 'retry' && d.delayMs)).toEqual([500, 1000, 2000, 4000])
  })
  it('caps one wait at maxBackoffMs', () => {
    const d = decideRetry(error('ECONNRESET'), 10, { ...policy, maxRetries: 20 }, NOW, 0.999999)
    expect(d).toMatchObject({ kind: 'retry', delayMs: 8000 })
  })
})

describe('waiting what the server asks', () => {
  it('waits X-RateLimit-Reset seconds, plus at most a little jitter', () => {
    const h = { 'x-ratelimit-reset': '2', 'retry-after': '30' }
    expect(decideRetry(status(429, h), 1, policy, NOW, 0)).toEqual({
      kind: 'retry',
      delayMs: 2000,
      why: 'X-RateLimit-Reset asked 2 s'
    })
    const most = decideRetry(status(429, h), 1, policy, NOW, 0.999999)
    expect(most.kind === 'retry' && most.delayMs).toBe(2200)
  })
  it('never adds more than 250 ms of jitter to a long wait', () => {
    const d = decideRetry(status(429, { 'x-ratelimit-reset': '50' }), 1, policy, NOW, 0.999999)
    expect(d.kind === 'retry' && d.delayMs).toBe(50_250)
  })
  it('reads Retry-After as seconds', () => {
    expect(serverWait({ 'retry-after': '3' }, NOW)).toEqual({ ms: 3000, header: 'Retry-After' })
  })
  it('reads Retry-After as an HTTP date', () => {
    expect(serverWait({ 'retry-after': new Date(NOW + 4000).toUTCString() }, NOW)).toEqual({
      ms: 4000,
      header: 'Retry-After'
    })
    expect(serverWait({ 'retry-after': new Date(NOW - 4000).toUTCString() }, NOW)).toEqual({
      ms: 0,
      header: 'Retry-After'
    })
  })
  it('falls back to backoff when the headers are absent or unreadable', () => {
    expect(serverWait({ 'retry-after': 'soon', 'x-ratelimit-reset': '' }, NOW)).toBeUndefined()
    expect(decideRetry(status(429, { 'retry-after': 'soon' }), 1, policy, NOW, 0)).toEqual({
      kind: 'retry',
      delayMs: 250,
      why: 'exponential backoff'
    })
  })
  it('waits 0 s when the window has already reset', () => {
    expect(decideRetry(status(429, { 'x-ratelimit-reset': '0' }), 1, policy, NOW, 0.5)).toMatchObject({
      kind: 'retry',
      delayMs: 0
    })
  })
  it('fails at once when the server asks for more than the cap, saying how long it asked', () => {
    const d = decideRetry(status(429, { 'x-ratelimit-reset': '3600' }), 1, policy, NOW, 0)
    expect(d).toEqual({
      kind: 'give-up',
      why: 'the server asked to wait 3600 s (X-RateLimit-Reset), more than the 60 s this action waits at most',
      serverWaitMs: 3_600_000
    })
  })
  it('honours Retry-After on a 503 too', () => {
    expect(decideRetry(status(503, { 'retry-after': '1' }), 1, policy, NOW, 0)).toMatchObject({
      kind: 'retry',
      delayMs: 1000
    })
  })
})

describe('which failed attempts may still have been carried out', () => {
  it.each([500, 502, 503, 504])('%i: yes, a gateway may have passed the write on', code =>
    expect(mayHaveLanded(status(code))).toBe(true)
  )
  it.each(['ECONNRESET', 'TIMEOUT', 'EPIPE', 'ETIMEDOUT'])('%s: yes, the answer was lost', code =>
    expect(mayHaveLanded(error(code))).toBe(true)
  )
  it('429: no, the API refused it', () => expect(mayHaveLanded(status(429))).toBe(false))
  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'])('%s: no, it never left the runner', code =>
    expect(mayHaveLanded(error(code))).toBe(false)
  )
})

describe('isTlsFailure', () => {
  it('tells certificate and TLS errors from network ones', () => {
    expect(['SELF_SIGNED_CERT_IN_CHAIN', 'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID'].map(isTlsFailure)).toEqual(
      [true, true, true]
    )
    expect(['ECONNRESET', 'TIMEOUT', 'ENOTFOUND'].map(isTlsFailure)).toEqual([false, false, false])
  })
})
