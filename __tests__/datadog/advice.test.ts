import { DatadogError } from '../../src/errors.js'
import {
  apiError,
  datadogErrorText,
  excerpt,
  unexpectedAnswer,
  unreachable,
  type Operation
} from '../../src/datadog/errors.js'
import type { ApiResponse } from '../../src/datadog/transport.js'
import { words } from '../../src/message.js'

const ctx = { siteLabel: 'datadoghq.eu' }
const create: Operation = {
  kind: 'create',
  method: 'POST',
  path: '/api/v2/org_connections',
  sinkOrgId: '83999dcd-7f97-11f0-8de1-1ecf66f1aa85'
}
const list: Operation = {
  kind: 'list',
  method: 'GET',
  path: '/api/v2/org_connections?sink_org_id=x&limit=1000&offset=0'
}
const ID = '40bbb1c2-32b2-4aa3-8a1a-5d93b5382e3d'
const update: Operation = { kind: 'update', method: 'PATCH', path: `/api/v2/org_connections/${ID}`, id: ID }
const currentUser: Operation = { kind: 'current-user', method: 'GET', path: '/api/v2/current_user' }
const text = (body: string) => datadogErrorText(body).text()
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
    expect(text('{"errors":["Not found\\n","second"]}')).toBe('Not found; second')
  })
  it('turns an HTML page into a short readable excerpt', () => {
    const html = '<html><head><style>p{}</style></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>'
    expect(text(html)).toBe('a non-JSON answer: 502 Bad Gateway nginx')
    expect(text('x'.repeat(500))).toBe(`a non-JSON answer: ${'x'.repeat(200)}... [cut: 500 characters in all]`)
  })
  it('says so when there is no text', () => expect(text('')).toBe('no error text'))
  it('quotes JSON that is not Datadog’s error list', () => {
    expect(text('{"message":"quota"}')).toBe('an answer without an error text: {"message":"quota"}')
    expect(text('null')).toBe('an answer without an error text: null')
  })
})

describe('apiError', () => {
  it.each([
    {
      status: 401,
      operation: create,
      says: /Datadog answered 401 Unauthorized when creating the connection \(POST \/api\/v2\/org_connections\): Unauthorized\. The keys were not accepted.*site datadoghq\.eu /
    },
    {
      status: 403,
      operation: create,
      says: /403 Forbidden .*lack the org_connections_write permission, or the keys belong to another site than datadoghq\.eu\./
    },
    {
      status: 403,
      operation: list,
      says: /listing the connections \(GET \/api\/v2\/org_connections\).*org_connections_read permission/
    },
    {
      status: 404,
      operation: create,
      says: /Sink org 83999dcd-7f97-11f0-8de1-1ecf66f1aa85 was not found on datadoghq\.eu.*same account.*org UUID, not its public id/
    },
    {
      status: 404,
      operation: update,
      says: /updating connection 40bbb1c2-\S+ .*Connection 40bbb1c2-\S+ no longer exists/
    },
    {
      status: 403,
      operation: currentUser,
      says: /403 Forbidden when reading which org the keys belong to .*another site than datadoghq\.eu/
    },
    {
      status: 400,
      operation: create,
      says: /400 Bad Request .*same Datadog account and on the same site.*at most 5 orgs.*HIPAA/
    },
    { status: 429, operation: create, says: /kept rate-limiting.*raise max-retries/ },
    { status: 503, operation: create, says: /503 Service Unavailable .*status\.datadoghq\.com/ }
  ])('explains $status on $operation.kind', ({ status, operation, says }) => {
    const body = `{"errors":["${status === 401 ? 'Unauthorized' : 'x'}"]}`
    expect(apiError(operation, answer(status, body), ctx).message).toMatch(says)
  })
  it('neutralises Datadog’s text for each channel: one line in the log, a code span in Markdown', () => {
    const hostileText = 'no\n::warning::forged <img src=x> **bold** `tick`'
    const error = apiError(create, answer(400, JSON.stringify({ errors: [hostileText] })), ctx)
    expect(error.message).toContain(': no ::warning::forged <img src=x> **bold** `tick`. Both orgs')
    expect(error.message).not.toContain('\n')
    expect(error.detail.markdown()).toContain(': `` no ::warning::forged <img src=x> **bold** `tick` ``. Both orgs')
  })
  it('says what was tried when retries ran out', () => {
    const error = apiError(
      create,
      answer(503, '<h1>down</h1>', { attempts: 6, elapsedMs: 15_500, stoppedBecause: 'max-retries (5) reached' }),
      ctx
    )
    expect(error).toBeInstanceOf(DatadogError)
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

describe('unexpectedAnswer', () => {
  it('says a 2xx did not carry what was needed, that a gateway may have answered, and that no outputs were set', () => {
    const error = unexpectedAnswer(
      create,
      answer(200, '<html>portal login</html>'),
      words('not with a usable org connection: no data object')
    )
    expect(error).toBeInstanceOf(DatadogError)
    expect(error.status).toBe(200)
    expect(error.message).toBe(
      'Datadog answered 200 when creating the connection (POST /api/v2/org_connections), but not with a usable org ' +
        'connection: no data object. Its answer: portal login. A proxy or gateway may have answered instead of Datadog: check api-url and the proxy settings. ' +
        'No outputs were set.'
    )
  })
  it('does not quote a body when told not to', () => {
    const list: Operation = { kind: 'list', method: 'GET', path: '/api/v2/org_connections?x' }
    const error = unexpectedAnswer(list, answer(200, 'secret-ish page'), words('the paging is broken'), {
      quoteBody: false
    })
    expect(error.message).not.toContain('secret-ish')
    expect(error.message).not.toContain('No outputs')
  })
  it('renders as Markdown with every value in a code span', () => {
    const error = unexpectedAnswer(create, answer(200, '# <img src=x onerror=alert(1)>heading **bold**'), words('x'))
    expect(error.detail.markdown()).toContain('Its answer: `# heading **bold**`.')
  })
})

describe('excerpts of hostile bodies', () => {
  it('cuts first, then cleans: 2 MB of "<" ends at once (linear time), and says how long the body was', () => {
    const body = '<'.repeat(2 * 1024 * 1024)
    expect(excerpt(body).text()).toBe(`... [cut: ${body.length} characters in all]`)
    expect(text(body)).toMatch(/^a non-JSON answer: \.\.\. \[cut: 2097152 characters/)
  })
  it.each([
    ['unclosed tags', '<a'.repeat(1_000_000)],
    ['an unclosed script', `<script>${'x<'.repeat(1_000_000)}`],
    ['unclosed comments', '<!--'.repeat(500_000)],
    ['white space', ' \t\n'.repeat(1_000_000) + 'end'],
    ['nested quotes', '<a b="'.repeat(300_000)]
  ])('stays bounded on %s', (_, body) => {
    expect(excerpt(body).text().length).toBeLessThan(300)
  })
  it('drops scripts and styles with their contents, and any tag', () => {
    expect(excerpt('<style>p{}</style><SCRIPT>alert(1)</SCRIPT><p>Access <b>denied</b></p>').text()).toBe(
      'Access denied'
    )
  })
  it('shows control characters and line breaks harmlessly', () => {
    expect(excerpt('line\n::warning::forged\u001b[31m').text()).toBe('line ::warning::forged\\u001b[31m')
  })
  it('caps Datadog’s own error texts, saying they were cut, and how many there were', () => {
    const long = JSON.stringify({ errors: ['e'.repeat(100_000), 'b', 'c', 'd', 'e', 'f', 'g'] })
    const shown = text(long)
    expect(shown.length).toBeLessThan(700)
    expect(shown).toContain('... [cut: 100000 characters in all]; b; c; d; e (and 2 more)')
  })
  it('does not stringify an error entry, however deeply nested', () => {
    const depth = 200_000
    const body = `{"errors":[${'['.repeat(depth)}${']'.repeat(depth)}, "real text"]}`
    expect(text(body)).toBe('(not a text); real text')
  })
})

describe('unreachable', () => {
  it('says what was tried and what to do', () => {
    expect(
      unreachable('connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED', 3, 1500, 'max-retries (2) reached').text()
    ).toBe(
      'Could not reach the Datadog API: connect ECONNREFUSED 127.0.0.1:9. [3 attempts over 1.5 s; max-retries (2) reached] ' +
        "Check site or api-url, the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY), then re-run; raise max-retries or timeout-seconds for a slow network."
    )
  })
  it('points a TLS failure at NODE_EXTRA_CA_CERTS', () => {
    expect(
      unreachable('self-signed certificate in certificate chain', 'SELF_SIGNED_CERT_IN_CHAIN', 1, 10).text()
    ).toMatch(
      /^Could not reach the Datadog API: the TLS connection failed \(SELF_SIGNED_CERT_IN_CHAIN: self-signed certificate in certificate chain\)\. .*NODE_EXTRA_CA_CERTS/
    )
  })
})
