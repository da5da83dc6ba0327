/**
 * What users see when the other end is hostile (a gateway, a TLS-inspecting proxy, a compromised endpoint): the step
 * ends with a clear failure (or reports what it did), never stalls, never crashes into "Unexpected error", never shows
 * any part of a key. Timing belongs to the benchmark: these tests assert outcomes only (a stall is jest's timeout).
 */
import { hostile, SOURCE_ORG } from '../../scripts/stand-in.js'
import { expectFailure, inputsFor, KEYS, type Run, runBundle, SINK, useStandIn } from './harness.js'

const standIn = useStandIn()

const POST = 'POST /api/v2/org_connections'
const LIST = 'GET /api/v2/org_connections'
const ME = 'GET /api/v2/current_user'

/** Every channel a user reads, but the mask lines themselves. */
function shown(run: Run): string {
  const lines = run.stdout.split('\n').filter(line => !line.startsWith('::add-mask::'))
  return [...lines, run.stderr, run.outputsFile, run.summary].join('\n')
}

/** No piece of either key long enough to matter, anywhere: a cut through a key would leave one. */
function expectNoKeyFragment(run: Run): void {
  const text = shown(run)
  for (const key of [KEYS.api, KEYS.app]) {
    for (let start = 0; start + 8 <= key.length; start += 4) expect(text).not.toContain(key.slice(start, start + 8))
  }
}

describe('dist/index.js against hostile answers', () => {
  it('a 2 MB error page of "<": fails with a short, cut excerpt instead of stalling', async () => {
    standIn.current.fault({ method: 'POST', status: 502, body: hostile.html(2 * 1024 * 1024), times: 3 })
    const run = await runBundle(inputsFor(standIn.current, { 'max-retries': '2' }))
    expectFailure(
      run,
      /^::error::Datadog answered 502 Bad Gateway when creating the connection .*: a non-JSON answer: Gateway error\.\.\. \[cut: \d+ characters in all\]/
    )
    const error = run.stdout.split('\n').find(line => line.startsWith('::error::')) ?? ''
    expect(error.length).toBeLessThan(1500)
    expect(run.summary.length).toBeLessThan(5000)
    expect(standIn.current.calls()).toEqual([POST, POST, POST])
  })

  // The excerpt keeps 200 characters: with 160 to 180 dots first, a cut before redaction would fall inside the API key.
  it.each([0, 160, 170, 180])(
    'a page echoing the request headers (padded by %i): no fragment of a key in any channel',
    async pad => {
      standIn.current.fault({
        method: 'POST',
        status: 403,
        body: (request: { headers: Record<string, unknown> }) => hostile.echoHeaders(request, pad)
      })
      const run = await runBundle(inputsFor(standIn.current))
      expectFailure(run, /403 Forbidden when creating the connection .*a non-JSON answer: /)
      expect(shown(run)).toContain('dd-api-key: ***')
      expectNoKeyFragment(run)
    }
  )

  it('an error text of megabytes is quoted cut, saying so', async () => {
    standIn.current.fault({ method: 'POST', status: 400, body: { errors: [`refused ${'x'.repeat(3_000_000)}`] } })
    const run = await runBundle(inputsFor(standIn.current))
    expectFailure(run, /400 Bad Request .*: refused x+\.\.\. \[cut: 3000008 characters in all\]\. Both orgs/)
    expect(run.stdout.length).toBeLessThan(10_000)
    expect(run.summary.length).toBeLessThan(10_000)
  })

  it('an error body nested deeper than the stack: a clear failure, not "Unexpected error"', async () => {
    standIn.current.fault({ method: 'POST', status: 400, body: `{"errors":[${hostile.nested(500_000)}]}` })
    const run = await runBundle(inputsFor(standIn.current))
    expectFailure(run, /^::error::Datadog answered 400 Bad Request when creating the connection .*: \(not a text\)\./)
  })

  it('a create answer with deeply nested JSON: the created connection is still reported', async () => {
    standIn.current.fault({
      method: 'POST',
      answer: (result: { status: number; body: unknown }) => ({
        status: result.status,
        body: hostile.withNested(result.body, 500_000)
      })
    })
    const run = await runBundle(inputsFor(standIn.current))
    const [stored] = [...standIn.current.connections.values()]
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'created', 'connection-id': stored.id })
    expect(JSON.parse(run.outputs.connection)).toMatchObject({ id: stored.id, type: 'org_connection' })
    expect(run.stderr).toBe('')
  })

  it('a create answer unusable but for its id: the created connection is still reported by its id', async () => {
    standIn.current.fault({
      method: 'POST',
      answer: (result: { body: { data: { id: string } } }) => ({
        status: 200,
        body: `{"data":{"id":"${result.body.data.id}","attributes":${hostile.nested(500_000)}}}`
      })
    })
    const run = await runBundle(inputsFor(standIn.current))
    const [stored] = [...standIn.current.connections.values()]
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'created', 'connection-id': stored.id })
  })

  it.each(['..', '.', '../../v1/org'])(
    'a listed connection id %j: refused with exit 1, and no DELETE is sent',
    async id => {
      standIn.current.seed({ sinkOrgId: SINK, types: ['logs'], id })
      const run = await runBundle(inputsFor(standIn.current, { state: 'absent' }))
      expectFailure(
        run,
        /answered 200 when listing the connections .*a connection id that is not a UUID: .*A proxy or gateway may have answered instead of Datadog/
      )
      expect(standIn.current.calls()).toEqual([ME, LIST])
      expect(standIn.current.connections.size).toBe(1)
    }
  )

  it('a server that ignores offset and claims a huge total: a clear error after two pages', async () => {
    for (let i = 0; i < 3; i++) standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    Object.assign(standIn.current.listing, { ignoreOffset: true, total: 1_000_000_000 })
    const run = await runBundle(inputsFor(standIn.current, { state: 'absent' }))
    expectFailure(run, /listing the connections .*holds only connections of earlier pages .*the paging is broken/)
    expect(standIn.current.calls()).toEqual([ME, LIST, LIST])
  })

  it('the same connection on two overlapping pages is one connection', async () => {
    await standIn.restart({ pageSize: 1 })
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    standIn.current.seed({ sourceOrgId: SINK, types: ['metrics'] })
    standIn.current.listing.overlap = 1
    standIn.current.listing.ignoreFilter = true
    const run = await runBundle(inputsFor(standIn.current, { state: 'absent' }))
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'deleted', 'connection-id': existing.id })
    expect(standIn.current.calls().at(-1)).toBe(`DELETE /api/v2/org_connections/${existing.id}`)
    // The connection from the other org (to this one) is never touched.
    expect([...standIn.current.connections.values()].map(c => c.sinkOrg.id)).toEqual([SOURCE_ORG.id])
  })
})

describe('dist/index.js never lets API data forge a runner command or live markup', () => {
  const forged = [
    'logs\n::stop-commands::pwned',
    'x\r\n::add-mask::logs',
    '\n::warning::forged warning',
    '\u001b[2J\u0007\b<img src=x onerror=alert(1)>',
    '\n# heading [link](https://evil.example) **bold**',
    '`tick` | cell'
  ]

  function expectInert(run: Run): void {
    const commands = run.stdout.split('\n').filter(line => line.startsWith('::'))
    expect(commands.filter(line => !/^::(add-mask|debug|warning|error)::/.test(line))).toEqual([])
    // eslint-disable-next-line no-control-regex -- no control character may reach the log
    expect(run.stdout.split('\n').filter(line => /[\u0000-\u0008\u000b-\u001f\u007f]/.test(line))).toEqual([])
    const summary = run.summary.split('\n')
    expect(summary.filter(line => /^#/.test(line) && !line.startsWith('### Datadog org connection'))).toEqual([])
    for (const line of summary) {
      // Outside code spans, nothing from the API: no tag, link or emphasis.
      const outside = line.replace(/(`+)[\s\S]*?\1/g, '')
      expect(outside).not.toMatch(/<img|\[link\]|\*\*bold/)
    }
  }

  it('an update whose existing types carry line breaks, commands, escapes and markup', async () => {
    standIn.current.seed({ sinkOrgId: SINK, types: forged })
    const run = await runBundle(inputsFor(standIn.current))
    expect(run.outputs.result).toBe('updated')
    expectInert(run)
    expect(run.summary).toContain('<img src=x onerror=alert(1)>`')
  })

  it('an org name chosen by another org admin, in a dry run and a list', async () => {
    standIn.current.orgs.set(SINK, { id: SINK, name: forged.join(' ') })
    standIn.current.seed({ sinkOrgId: SINK, types: ['metrics'] })
    const run = await runBundle(inputsFor(standIn.current, { 'dry-run': 'true' }))
    expectInert(run)
    expect([...run.outputs['sink-org-name']].filter(c => c < ' ')).toEqual([])
  })

  it('an error text with commands and markup', async () => {
    standIn.current.fault({ method: 'POST', status: 400, body: { errors: forged } })
    const run = await runBundle(inputsFor(standIn.current))
    expect(run.code).toBe(1)
    expectInert(run)
  })
})
