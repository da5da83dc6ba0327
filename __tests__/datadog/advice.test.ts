import { DatadogError } from '../../src/errors.js'
import {
  apiError,
  createdWithoutId,
  datadogErrorText,
  excerpt,
  unexpectedAnswer,
  type FailedAnswer,
  type Operation
} from '../../src/datadog/advice.js'
import { words } from '../../src/message.js'
import { ERRORS, RECORDED } from '../fixtures/contract/index.js'

const ctx = { siteLabel: 'datadoghq.eu' }
const SINK = RECORDED.sinkOrg.id
const ID = RECORDED.created.id
const create: Operation = { kind: 'create', method: 'POST', path: '/api/v2/org_connections', sinkOrgId: SINK }
const list: Operation = {
  kind: 'list',
  method: 'GET',
  path: '/api/v2/org_connections?sink_org_id=x&limit=1000&offset=0'
}
const update: Operation = { kind: 'update', method: 'PATCH', path: `/api/v2/org_connections/${ID}`, id: ID }
const remove: Operation = { kind: 'delete', method: 'DELETE', path: `/api/v2/org_connections/${ID}`, id: ID }
const currentUser: Operation = { kind: 'current-user', method: 'GET', path: '/api/v2/current_user' }
const text = (body: unknown) => datadogErrorText(typeof body === 'string' ? body : JSON.stringify(body)).text()
const answer = (status: number, body: unknown, extra: Partial<FailedAnswer> = {}): FailedAnswer => ({
  status,
  headers: {},
  body: typeof body === 'string' ? body : JSON.stringify(body),
  attempts: 1,
  elapsedMs: 5,
  ...extra
})

describe('datadogErrorText', () => {
  it('quotes the recorded error texts, trimming their trailing new lines', () => {
    expect(text(ERRORS.conflict)).toBe(ERRORS.conflict.errors[0])
    expect(text({ errors: ['Not found\n', 'second'] })).toBe('Not found; second')
  })

  it('quotes JSON:API error objects: the detail, else the title', () => {
    expect(text(ERRORS.jsonApi)).toBe('Failed permission authorization checks; Too many requests')
  })

  it('never stringifies an object without a detail or title', () => {
    expect(text({ errors: [{ status: '500', source: { pointer: '/data' } }, { detail: '  ' }, 'real text'] })).toBe(
      '(not a text); (not a text); real text'
    )
  })

  it('turns an HTML page into a short readable excerpt', () => {
    const html = '<html><head><style>p{}</style></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>'
    expect(text(html)).toBe('a non-JSON answer: 502 Bad Gateway nginx')
    expect(text('x'.repeat(500))).toBe(`a non-JSON answer: ${'x'.repeat(200)}... [cut: 500 characters in all]`)
  })

  it('says so when there is no text', () => expect(text('')).toBe('no error text'))

  it('quotes JSON that is not an error list', () => {
    expect(text({ message: 'quota' })).toBe('an answer without an error text: {"message":"quota"}')
    expect(text({ errors: [] })).toBe('an answer without an error text: {"errors":[]}')
    expect(text('null')).toBe('an answer without an error text: null')
  })

  it('caps the texts, saying they were cut, and how many there were', () => {
    const shown = text({ errors: ['e'.repeat(100_000), 'b', { detail: 'c' }, 'd', 'e', 'f', 'g'] })
    expect(shown.length).toBeLessThan(700)
    expect(shown).toContain('... [cut: 100000 characters in all]; b; c; d; e (and 2 more)')
  })

  it('does not stringify an entry, however deeply nested', () => {
    const depth = 200_000
    expect(text(`{"errors":[${'['.repeat(depth)}${']'.repeat(depth)}, "real text"]}`)).toBe('(not a text); real text')
  })
})

describe('apiError', () => {
  it.each([
    {
      status: 401,
      operation: create,
      says: /^Datadog answered 401 Unauthorized when creating the connection \(POST \S+\): x\. The keys were not accepted.*not revoked, not expired/
    },
    { status: 401, operation: list, says: /and that site datadoghq\.eu is the source org's site\.$/ },
    {
      status: 403,
      operation: create,
      says: /403 Forbidden .*lack the org_connections_write permission, or the keys belong to another site than datadoghq\.eu; a key may also .*revoked/
    },
    {
      status: 403,
      operation: list,
      says: /listing the connections \(GET \/api\/v2\/org_connections\).*org_connections_read permission.*revoked/
    },
    {
      status: 403,
      operation: currentUser,
      says: /reading which org the keys belong to .*another site than datadoghq\.eu.*revoked or have expired/
    },
    {
      status: 404,
      operation: create,
      says: new RegExp(`Sink org ${SINK} was not found on datadoghq\\.eu: .*same account.*org UUID, not its public id`)
    },
    {
      status: 404,
      operation: update,
      says: new RegExp(`updating connection ${ID} .*Connection ${ID} no longer exists`)
    },
    {
      status: 404,
      operation: remove,
      says: new RegExp(`deleting connection ${ID} .*Connection ${ID} no longer exists`)
    },
    { status: 404, operation: list, says: /Check site or api-url: datadoghq\.eu does not serve this API path\./ },
    {
      status: 400,
      operation: create,
      says: /400 Bad Request .*same Datadog account and on the same site.*at most 5 orgs.*HIPAA/
    },
    { status: 400, operation: update, says: /400 Bad Request .*Check connection-types and re-run\.$/ },
    { status: 429, operation: create, says: /kept rate-limiting the requests\. Re-run later, or raise max-retries\.$/ },
    {
      status: 503,
      operation: create,
      says: /503 Service Unavailable .*kept failing\. Check https:\/\/status\.datadoghq\.com/
    },
    { status: 418, operation: create, says: /418 I'm a Teapot .*Re-run the step; if it persists/ }
  ])('explains $status on $operation.kind', ({ status, operation, says }) => {
    expect(apiError(operation, answer(status, { errors: ['x'] }), ctx).message).toMatch(says)
  })

  it.each([
    { operation: list, reason: 'read-failed' },
    { operation: currentUser, reason: 'read-failed' },
    { operation: create, reason: 'write-failed' },
    { operation: update, reason: 'write-failed' },
    { operation: remove, reason: 'write-failed' }
  ])('fails $operation.method $operation.kind as $reason, keeping the status', ({ operation, reason }) => {
    const error = apiError(operation, answer(500, ''), ctx)
    expect(error).toBeInstanceOf(DatadogError)
    expect(error).toMatchObject({ reason, status: 500 })
  })

  it('tells a server that asked to wait longer than the action waits to re-run later, not to raise max-retries', () => {
    const asked = answer(429, ERRORS.jsonApi, {
      headers: { 'x-ratelimit-reset': '120' },
      stoppedBecause: 'the server asked to wait 120 s (X-RateLimit-Reset), more than the 60 s this action waits at most'
    })
    const error = apiError(create, asked, ctx)
    expect(error.message).toMatch(
      /Datadog asked to wait 120 s, longer than the 60 s this action waits at most: re-run the step later\.$/
    )
    expect(error.message).not.toContain('max-retries')
    expect(apiError(create, asked, { ...ctx, maxServerWaitMs: 300_000 }).message).toMatch(/raise max-retries\.$/)
  })

  it('suggests raising max-retries when the waits asked were within the cap', () => {
    const error = apiError(create, answer(429, '', { headers: { 'x-ratelimit-reset': '2' }, attempts: 6 }), ctx)
    expect(error.message).toMatch(/raise max-retries\.$/)
  })

  it('never quotes the text of a current_user error: it may name a person', () => {
    const error = apiError(currentUser, answer(403, { errors: [`Forbidden for ${RECORDED.user.email}`] }), ctx)
    expect(error.message).toContain('(its text is not shown: it may name a person)')
    expect(error.message).not.toContain(RECORDED.user.email)
  })

  it('neutralises Datadog’s text for each channel: one line in the log, a code span in Markdown', () => {
    const hostileText = 'no\n::warning::forged <img src=x> **bold** `tick`'
    const error = apiError(create, answer(400, { errors: [{ detail: hostileText }] }), ctx)
    expect(error.message).toContain(': no ::warning::forged <img src=x> **bold** `tick`. Both orgs')
    expect(error.message).not.toContain('\n')
    expect(error.detail.markdown()).toContain(': `` no ::warning::forged <img src=x> **bold** `tick` ``. Both orgs')
  })

  it('says what was tried when retries ran out', () => {
    const tried = { attempts: 6, elapsedMs: 15_500, stoppedBecause: 'max-retries (5) reached' }
    const error = apiError(create, answer(503, '<h1>down</h1>', tried), ctx)
    expect(error.message).toContain('a non-JSON answer: down. [6 attempts over 16 s; max-retries (5) reached] ')
  })

  it('names only the host of a redirect, and says it was not followed', () => {
    const redirected = answer(307, '', { headers: { location: 'https://elsewhere.example/api?token=1' } })
    const error = apiError(create, redirected, ctx)
    expect(error.message).toMatch(
      /307 Temporary Redirect .*redirected to elsewhere\.example; redirects are never followed/
    )
    expect(error.message).not.toContain('token=1')
    expect(apiError(create, answer(302, ''), ctx).message).toMatch(/It redirected; redirects are never followed/)
  })

  it('gives every status of every operation a short, complete advice', () => {
    const all = [create, list, update, remove, currentUser].flatMap(op =>
      [301, 400, 401, 403, 404, 429, 500, 418].map(status => apiError(op, answer(status, ''), ctx).detail.text())
    )
    expect(all.filter(message => message.length > 700 || !/[A-Za-z)]\.$/.test(message))).toEqual([])
  })
})

describe('unexpectedAnswer', () => {
  it('says a 2xx did not carry what was needed and that a gateway may have answered, and claims nothing about outputs', () => {
    const error = unexpectedAnswer(create, answer(200, '<html>portal login</html>'), words('not with a usable list'))
    expect(error).toMatchObject({ reason: 'write-failed', status: 200 })
    expect(error.message).toBe(
      'Datadog answered 200 when creating the connection (POST /api/v2/org_connections), but not with a usable list. ' +
        'Its answer: portal login. A proxy or gateway may have answered instead of Datadog: check api-url and the proxy settings.'
    )
  })

  it('does not quote a body when told not to, and fails a read as a read', () => {
    const error = unexpectedAnswer(list, answer(200, 'secret-ish page'), words('the paging is broken'), {
      quoteBody: false
    })
    expect(error.message).not.toContain('secret-ish')
    expect(error.reason).toBe('read-failed')
  })

  it('renders as Markdown with every value in a code span', () => {
    const error = unexpectedAnswer(create, answer(200, '# <img src=x onerror=alert(1)>heading **bold**'), words('x'))
    expect(error.detail.markdown()).toContain('Its answer: `# heading **bold**`.')
  })
})

describe('createdWithoutId', () => {
  it('says the connection may exist and that a re-run adopts it, as a failed write', () => {
    const error = createdWithoutId(create, answer(200, { data: { type: 'org_connection' } }), words('id is missing'))
    expect(error).toMatchObject({ reason: 'write-failed', status: 200 })
    expect(error.message).toBe(
      'Datadog answered 200 when creating the connection (POST /api/v2/org_connections), but named no usable connection (id is missing). ' +
        'The connection may exist now: re-run the step, which finds it and adopts it. ' +
        'If this repeats, a proxy or gateway may be answering instead of Datadog: check api-url and the proxy settings.'
    )
    expect(createdWithoutId(create, answer(200, ''), words('x')).message).toContain('(x). Its answer was empty.')
    expect(createdWithoutId(create, answer(200, '<p>Sign in</p>'), words('x')).message).toContain(
      '(x). Its answer: Sign in.'
    )
  })

  it('never quotes a JSON answer: its included part may hold a user’s email', () => {
    const body = {
      data: { type: 'org_connection' },
      included: [{ type: 'users', attributes: { email: RECORDED.user.email } }]
    }
    const error = createdWithoutId(create, answer(200, body), words('id is missing'))
    expect(error.message).not.toContain(RECORDED.user.email)
    expect(error.detail.markdown()).not.toContain(RECORDED.user.email)
    expect(unexpectedAnswer(list, answer(200, body), words('x')).message).not.toContain(RECORDED.user.email)
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
})
