/**
 * What users see when the other end is hostile (a gateway, a TLS-inspecting proxy, a compromised endpoint): the step
 * ends with a clear failure (or reports what it did), never stalls, never crashes into "Unexpected error", never shows
 * any part of a key, and no value from an answer forges a runner command or live Markdown. Timing belongs to the
 * benchmark: these tests assert outcomes only (a stall is jest's timeout). Each run carries several hostile answers
 * through the whole pipeline; the variants of each (every cut position, every id, every paging trick) are proven at
 * the client and transport (datadog/*.test.ts) and in report.test.ts and message.test.ts.
 */
import { hostile, manyOrgs } from '../../scripts/stand-in.js'
import { expectFailure, inputsFor, KEYS, type Run, runBundle, SINK, useStandIn, ME, LIST } from './harness.js'

const standIn = useStandIn()

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

const forged = [
  'logs\n::stop-commands::pwned',
  'x\r\n::add-mask::logs',
  '\n::warning::forged warning',
  '\u001b[2J\u0007\b<img src=x onerror=alert(1)>',
  '\n# heading [link](https://evil.example) **bold**',
  '`tick` | cell',
  'Analytics ##[error]keys compromised ##[stop-commands]x',
  'Acme\\|<img src=x> \u061c\u200b'
]

/** No runner command but ours, no control character in the log, no heading, tag, link or emphasis in the summary. */
function expectInert(run: Run): void {
  const commands = run.stdout.split('\n').filter(line => line.startsWith('::'))
  expect(commands.filter(line => !/^::(add-mask|debug|warning|error)::/.test(line))).toEqual([])
  // The runner's older form, `##[command]`, is read anywhere in a line.
  expect(run.stdout.split('\n').filter(line => line.includes('##['))).toEqual([])
  expect(run.stdout).not.toMatch(/[\u061c\u200b\u202e]/)
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

describe('dist/index.js against hostile error answers', () => {
  it('a list whose every write meets one: each a short, cut, inert quote, and no fragment of a key anywhere', async () => {
    const sinks = manyOrgs(5).map(org => org.id)
    const list = sinks.map(id => `- sink-org: ${id}\n  connection-types: logs`).join('\n')
    // A 2 MB page of "<", a page echoing the request headers padded so that a cut before redaction would fall
    // inside the API key, an error text of megabytes, an error body nested deeper than the stack, forged texts.
    const answers = [
      { status: 502, body: hostile.html(2 * 1024 * 1024) },
      { status: 403, body: (request: { headers: Record<string, unknown> }) => hostile.echoHeaders(request, 170) },
      { status: 400, body: { errors: [`refused ${'x'.repeat(3_000_000)}`] } },
      { status: 400, body: `{"errors":[${hostile.nested(500_000)}]}` },
      { status: 400, body: { errors: forged } }
    ]
    for (const answer of answers) standIn.current.fault({ method: 'POST', ...answer })
    const inputs = inputsFor(standIn.current, { connections: list, 'max-retries': '0' })
    delete inputs['sink-org']
    delete inputs['connection-types']
    const run = await runBundle(inputs)

    expectFailure(run, /^::error::5 of 5 connections failed/)
    const error = run.stdout.split('\n').find(line => line.startsWith('::error::')) ?? ''
    const parts = error.split('%0A').slice(1)
    expect(parts).toEqual([
      expect.stringMatching(
        /^sink org \S+: Datadog answered 502 Bad Gateway when creating the connection .*: a non-JSON answer: Gateway error\.\.\. \[cut: \d+ characters in all\]/
      ),
      expect.stringMatching(/403 Forbidden when creating the connection .*a non-JSON answer: .*dd-api-key: \*\*\*/),
      expect.stringMatching(/400 Bad Request .*: refused x+\.\.\. \[cut: 3000008 characters in all\]\. Both orgs/),
      expect.stringMatching(/400 Bad Request when creating the connection .*: \(not a text\)\./),
      expect.stringMatching(/400 Bad Request when creating the connection /)
    ])
    for (const part of parts) expect(part.length).toBeLessThan(1500)
    expect(run.stdout.length).toBeLessThan(20_000)
    expect(run.summary.length).toBeLessThan(20_000)
    expectNoKeyFragment(run)
    expectInert(run)
  })
})

describe('dist/index.js against hostile answers to what it reads and writes', () => {
  it('a create answer with deeply nested JSON: the created connection is still reported, in every output', async () => {
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
  })

  it('a listed connection id "..": refused with exit 1, and no DELETE is sent', async () => {
    standIn.current.seed({ sinkOrgId: SINK, types: ['logs'], id: '..' })
    const run = await runBundle(inputsFor(standIn.current, { state: 'absent' }))
    expectFailure(
      run,
      /answered 200 when listing the connections .*id is not a UUID: .*A proxy or gateway may have answered instead of Datadog/
    )
    expect(standIn.current.calls()).toEqual([ME, LIST])
    expect(standIn.current.connections.size).toBe(1)
  })

  it('existing types and an org name chosen by another org admin, with line breaks, commands, escapes and markup', async () => {
    standIn.current.orgs.set(SINK, { id: SINK, name: forged.join(' ') })
    standIn.current.seed({ sinkOrgId: SINK, types: forged })
    const run = await runBundle(inputsFor(standIn.current))
    expect(run.outputs.result).toBe('updated')
    expectInert(run)
    // Shown, as text inside a code span.
    expect(run.summary).toContain('<img src=x onerror=alert(1)>`')
    expect([...run.outputs['sink-org-name']].filter(c => c < ' ')).toEqual([])
  })
})
