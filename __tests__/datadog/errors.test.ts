import { apiError, datadogErrorText, unusableAnswer, type Operation } from '../../src/datadog/errors.js'
import type { ApiResponse } from '../../src/datadog/transport.js'

const ctx = { siteLabel: 'datadoghq.eu', sinkOrgId: '83999dcd-7f97-11f0-8de1-1ecf66f1aa85' }
const create: Operation = { kind: 'create', method: 'POST', path: '/api/v2/org_connections' }
const list: Operation = {
  kind: 'list',
  method: 'GET',
  path: '/api/v2/org_connections?sink_org_id=x&limit=1000&offset=0'
}
const update: Operation = { kind: 'update', method: 'PATCH', path: '/api/v2/org_connections/abc', id: 'abc' }
const answer = (status: number, body: string, extra: Partial<ApiResponse> = {}): ApiResponse => ({
  status,
  headers: {},
  body,
  attempts: 1,
  elapsedMs: 5,
  earlierAttemptMayHaveLanded: false,
  ...extra
})

describe('datadogErrorText', () => {
  it('joins Datadog’s errors and trims their trailing new lines', () => {
    expect(datadogErrorText('{"errors":["Not found\\n","second"]}')).toBe('Not found; second')
  })
  it('turns an HTML page into a short readable excerpt', () => {
    const html = '<html><head><style>p{}</style></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>'
    expect(datadogErrorText(html)).toBe('a non-JSON answer: 502 Bad Gateway nginx')
    expect(datadogErrorText('x'.repeat(500))).toHaveLength('a non-JSON answer: '.length + 203)
  })
  it('says so when there is no text', () => expect(datadogErrorText('')).toBe('no error text'))
  it('quotes JSON that is not Datadog’s error list', () => {
    expect(datadogErrorText('{"message":"quota"}')).toBe('an answer without an error text: {"message":"quota"}')
    expect(datadogErrorText('null')).toBe('an answer without an error text: null')
  })
})

describe('apiError', () => {
  it.each([
    [
      401,
      create,
      /Datadog answered 401 Unauthorized when creating the connection \(POST \/api\/v2\/org_connections\): Unauthorized\. The keys were not accepted.*site 'datadoghq\.eu'/
    ],
    [
      403,
      create,
      /403 Forbidden .*lack the org_connections_write permission, or the keys belong to another site than 'datadoghq\.eu'/
    ],
    [403, list, /listing the connections \(GET \/api\/v2\/org_connections\).*org_connections_read permission/],
    [
      404,
      create,
      /Sink org 83999dcd-7f97-11f0-8de1-1ecf66f1aa85 was not found on datadoghq\.eu.*same account.*org UUID, not its public id/
    ],
    [404, update, /updating connection abc .*Connection abc no longer exists/],
    [400, create, /400 Bad Request .*same Datadog account and on the same site.*at most 5 orgs.*HIPAA/],
    [429, create, /kept rate-limiting.*raise max-retries/],
    [503, create, /503 Service Unavailable .*status\.datadoghq\.com/]
  ])('explains %i on %o', (status, operation, message) => {
    expect(
      apiError(operation, answer(status, `{"errors":["${status === 401 ? 'Unauthorized' : 'x'}"]}`), ctx).message
    ).toMatch(message)
  })
  it('says what was tried when retries ran out', () => {
    const error = apiError(
      create,
      answer(503, '<h1>down</h1>', { attempts: 6, elapsedMs: 15_500, stoppedBecause: 'max-retries (5) reached' }),
      ctx
    )
    expect(error.message).toContain('a non-JSON answer: down.')
    expect(error.message).toContain('[6 attempts over 16 s; max-retries (5) reached]')
    expect(error.status).toBe(503)
  })
  it('names only the host of a redirect, and says it was not followed', () => {
    const error = apiError(
      create,
      { ...answer(307, ''), headers: { location: 'https://elsewhere.example/api?token=1' } },
      ctx
    )
    expect(error.message).toMatch(
      /307 Temporary Redirect .*redirected to elsewhere\.example; redirects are never followed/
    )
    expect(error.message).not.toContain('token=1')
  })
})

describe('unusableAnswer', () => {
  it('says a 200 did not carry a connection, and that no outputs were set', () => {
    expect(unusableAnswer(create, answer(200, '<html>portal login</html>')).message).toMatch(
      /answered 200 when creating the connection .*not with a usable org connection \(portal login\).*No outputs were set/
    )
  })
})
