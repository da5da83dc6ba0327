import { msg } from '../../src/message.js'
import type { EntryOutcome } from '../../src/outcome.js'
import type { Plan } from '../../src/plan.js'
import { COMMENT_BUDGET, countsOf, failureSummaryOf, summaryOf } from '../../src/report/summary.js'
import { connection, OTHER_SINK, settings, SINK, SOURCE_ORG, wish } from '../fixtures/index.js'
import { existing, noAliases, outcome } from './helpers.js'

const run = {
  repository: 'acme/platform',
  workflow: 'Connect',
  actor: 'octocat',
  runUrl: 'https://github.com/acme/platform/actions/runs/1',
  sha: '0123456789abcdef0123456789abcdef01234567'
}
const list = (prune: boolean) => settings({ target: { kind: 'list', origin: 'list.yml', wishes: [wish()], prune } })
const unchangedEntry = (sinkOrgId: string, name = 'Quiet Org'): EntryOutcome => {
  const c = connection({ sink: { id: sinkOrgId, name } })
  return { plan: { action: 'unchanged', sinkOrgId, connection: c }, result: 'unchanged', connection: c, notes: [] }
}
const update: Plan = {
  action: 'update',
  sinkOrgId: SINK,
  connection: { ...existing, connectionTypes: ['logs', 'metrics'] },
  change: { from: ['logs', 'metrics'], to: ['logs', 'audit'], added: ['audit'], removed: ['metrics'] }
}
const pruned: Plan = {
  action: 'delete',
  sinkOrgId: OTHER_SINK,
  connection: connection({ sink: { id: OTHER_SINK } }),
  pruned: true
}
const changes: EntryOutcome[] = [
  { plan: update, result: 'would-update', connection: existing, notes: [] },
  { plan: pruned, result: 'would-delete', connection: pruned.connection, notes: [] }
]
const md = (entries: EntryOutcome[], prune = true, budget = 1_000_000, dryRun = true) =>
  summaryOf({ outcome: outcome(entries, { dryRun }), settings: list(prune), aliases: noAliases, run, budget })

describe('summaryOf', () => {
  it('opens with the counts and the digest, then the mode: dry run, prune, commit', () => {
    const o = outcome(changes, { dryRun: true })
    const text = summaryOf({ outcome: o, settings: list(true), aliases: noAliases, run, budget: 1e6 })
    expect(text.split('\n').slice(0, 5)).toEqual([
      '### Datadog org connections: plan (dry run)',
      '',
      `**1 to update, 1 to delete.** Plan digest: \`${o.digest}\``,
      '',
      'Dry run: nothing was written · prune on · commit `0123456`'
    ])
  })

  it('puts changes first, marks deletions and prune, shows types as added and removed, and collapses the rest', () => {
    const text = md([unchangedEntry('aaaaaaaa-0000-4000-8000-000000000001'), ...changes])
    const lines = text.split('\n')
    const changeRows = lines.filter(l => /\*\*would-(update|delete)\*\*/.test(l))
    expect(changeRows).toEqual([
      `| update | \`Acme Security\` (\`${SINK}\`) | \`${existing.id}\` | \`+audit\`, \`-metrics\` | **would-update** |`,
      `| **delete** (prune) | \`${OTHER_SINK}\` | \`${pruned.connection.id}\` | \`-logs\` | **would-delete** |`
    ])
    const details = lines.indexOf('<details><summary>1 with nothing to change</summary>')
    expect(details).toBeGreaterThan(lines.indexOf(changeRows[1]))
    expect(lines[details + 4]).toMatch(/^\| `Quiet Org` .* \| `logs` \| unchanged \|$/)
  })

  it('does not collapse unchanged rows when nothing changes', () => {
    const text = md([unchangedEntry(SINK)])
    expect(text).not.toContain('<details>')
    expect(text).toContain('| Sink org | Connection | Types | Result |')
  })

  it('shows connections kept because prune is off, collapsed, outside the counts', () => {
    const stray = connection({ sink: { id: OTHER_SINK, name: 'Stray' } })
    const o = outcome(changes.slice(0, 1), { dryRun: true, undeclared: [stray] })
    const text = summaryOf({ outcome: o, settings: list(false), aliases: noAliases, run, budget: 1e6 })
    expect(text).toContain('<details><summary>1 connection(s) not in the list, kept because prune is off</summary>')
    expect(text).toContain(`| \`Stray\` (\`${OTHER_SINK}\`) | \`${stray.id}\` | \`logs\` | kept |`)
    expect(text).toContain('**1 to update.**')
  })

  it('has no empty header row: the facts are a list', () => {
    const text = md(changes)
    expect(text).not.toMatch(/^\| *\| *\|$/m)
    expect(text).toContain('- **Site**: `datadoghq.eu`')
    expect(text).toContain(`- **Source org**: \`Acme Production\` (\`${SOURCE_ORG.id}\`)`)
    expect(text).toContain('- **Actor**: `octocat`')
    expect(text).toContain(
      '- **Run**: [https://github.com/acme/platform/actions/runs/1](https://github.com/acme/platform/actions/runs/1)'
    )
  })

  it('says an apply was checked against the approved plan, with its digest', () => {
    const o = outcome(changes, { gate: { kind: 'approved', changes: [], digest: 'sha256:abc', by: 'approved-plan' } })
    const text = summaryOf({ outcome: o, settings: list(true), aliases: noAliases, budget: 1e6 })
    expect(text).toContain('Apply · prune on · checked against the approved plan `sha256:abc` (approved-plan)')
  })

  it('within a budget, cuts unchanged rows first, then changes, saying how many; the head is never cut', () => {
    const quiet = Array.from({ length: 2000 }, (_, i) =>
      unchangedEntry(`aaaaaaaa-0000-4000-8000-${String(i).padStart(12, '0')}`)
    )
    const o = outcome([...quiet, ...changes], { dryRun: true })
    const text = summaryOf({ outcome: o, settings: list(true), aliases: noAliases, budget: COMMENT_BUDGET })
    expect(text.length).toBeLessThanOrEqual(COMMENT_BUDGET)
    expect(text).toContain(`Plan digest: \`${o.digest}\``)
    expect(text).toContain('**delete** (prune)')
    expect(text).toMatch(/_\d+ more row\(s\) not shown here: see the job summary and the results output._/)
    const tiny = summaryOf({ outcome: o, settings: list(true), aliases: noAliases, budget: 900 })
    expect(tiny).toMatch(/_\d more change\(s\) not shown here/)
    expect(tiny).toContain('**1 to update, 1 to delete, 2000 unchanged.**')
  })

  it('keeps markup, links and commands from the API inert', () => {
    const hostile = connection({
      connectionTypes: ['logs\n::stop-commands::x', '<img src=x onerror=alert(1)>', '# heading', '`tick`'],
      sink: { id: SINK, name: '[click](https://evil.example) | *bold*' }
    })
    const entry: EntryOutcome = {
      plan: { action: 'unchanged', sinkOrgId: SINK, connection: hostile },
      result: 'unchanged',
      connection: hostile,
      notes: []
    }
    const row =
      md([entry])
        .split('\n')
        .find(line => line.includes('| unchanged |')) ?? ''
    expect(row).toContain('`[click](https://evil.example) \\| *bold*`')
    expect(row).toContain('`<img src=x onerror=alert(1)>`')
    expect(row).toContain('`` `tick` ``')
    expect(md([entry])).not.toMatch(/^::|^#+ heading/m)
  })

  it('lists the failures, and says why the run failed', () => {
    const failed: EntryOutcome = {
      plan: { action: 'create', sinkOrgId: OTHER_SINK, to: ['audit'] },
      result: 'failed',
      error: { detail: msg`Datadog answered 403: ${'<b>no</b>'}`, reason: 'write-failed' },
      notes: []
    }
    const failure = { detail: msg`1 of 1 failed`, reason: 'write-failed' as const }
    const text = summaryOf({
      outcome: outcome([failed]),
      settings: list(false),
      aliases: noAliases,
      failure,
      budget: 1e6
    })
    expect(text).toContain('### Datadog org connections: failed')
    expect(text).toContain('**Failed** (write-failed): see the failures below.')
    expect(text).toContain(
      `- Failed to create the connection to sink org \`${OTHER_SINK}\`: Datadog answered 403: \`<b>no</b>\``
    )
  })
})

describe('countsOf', () => {
  it.each([
    { entries: [unchangedEntry(SINK)], counts: '1 unchanged' },
    {
      entries: [{ ...changes[0], result: 'updated' as const }, unchangedEntry(SINK)],
      counts: '1 updated, 1 unchanged'
    },
    { entries: [{ ...changes[0], result: 'failed' as const }], counts: '1 failed' },
    { entries: [], counts: 'nothing to do' }
  ])('$counts', ({ entries, counts }) => {
    expect(countsOf(outcome(entries))).toBe(counts)
  })
})

describe('failureSummaryOf', () => {
  it('heads the message with its reason, and keeps markup from the API out of the page', () => {
    expect(
      failureSummaryOf({ detail: msg`Datadog answered 400: ${"<b>bad</b> & 'worse'"}`, reason: 'read-failed' })
    ).toBe(
      "### Datadog org connections: failed\n\n**Failed** (read-failed): Datadog answered 400: `<b>bad</b> & 'worse'`\n"
    )
  })
})
