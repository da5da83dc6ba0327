import type { EntryOutcome, Outcome } from '../src/apply.js'
import { planDigest, planDocument } from '../src/digest.js'
import { msg } from '../src/message.js'
import type { Plan } from '../src/plan.js'
import {
  changed,
  countsOf,
  entryLine,
  failureSummaryOf,
  OUTPUT_NAMES,
  outputsOf,
  summaryOf,
  warningsOf
} from '../src/report.js'
import { connection, OTHER_SINK, settings, SINK, SOURCE_ORG, wish } from './fixtures/index.js'

const existing = connection({
  id: 'c0ffee00-0000-4000-8000-000000000001',
  createdAt: '2025-08-26T20:19:36.177236+00:00'
})
const run = {
  repository: 'acme/platform',
  workflow: 'Connect',
  actor: 'octocat',
  runUrl: 'https://github.com/acme/platform/actions/runs/1'
}

function outcome(entries: EntryOutcome[], dryRun = false, identity?: Outcome['identity']): Outcome {
  const document = planDocument(
    'https://api.datadoghq.eu',
    entries.map(e => e.plan)
  )
  return { dryRun, entries, identity, document, digest: planDigest(document) }
}
const created: EntryOutcome = {
  plan: { action: 'create', sinkOrgId: SINK, to: ['logs'] },
  result: 'created',
  connection: existing
}
const list = settings({ target: { kind: 'list', origin: '.github/connections.yml', wishes: [wish()], prune: false } })

describe('outputsOf', () => {
  it('describes the single connection, with created_at exactly as Datadog wrote it', () => {
    const o = outcome([created])
    const outputs = outputsOf(o, settings())
    expect(outputs).toEqual({
      'connection-id': existing.id,
      'created-at': '2025-08-26T20:19:36.177236+00:00',
      result: 'created',
      'connection-types': '["logs"]',
      'source-org-id': SOURCE_ORG.id,
      'source-org-name': SOURCE_ORG.name,
      'sink-org-name': 'Acme Security',
      connection: JSON.stringify(existing.raw),
      results: JSON.stringify([
        {
          'sink-org': SINK,
          'sink-org-name': 'Acme Security',
          'connection-id': existing.id,
          result: 'created',
          'connection-types': ['logs'],
          'created-at': '2025-08-26T20:19:36.177236+00:00'
        }
      ]),
      changed: 'true',
      plan: JSON.stringify(o.document),
      'plan-digest': o.digest
    })
    expect(Object.keys(outputs)).toEqual([...OUTPUT_NAMES])
  })

  it('leaves the single-connection outputs empty for a list, and names the source org from the keys', () => {
    const outputs = outputsOf(
      outcome([created], false, { orgId: SOURCE_ORG.id, orgName: 'From keys', serviceAccount: true }),
      list
    )
    expect(outputs).toMatchObject({
      'connection-id': '',
      result: '',
      'connection-types': '',
      connection: '',
      'source-org-name': 'From keys'
    })
  })

  it('records a failed entry with its error and the wanted types', () => {
    const failed: EntryOutcome = {
      plan: { action: 'create', sinkOrgId: OTHER_SINK, to: ['audit'] },
      result: 'failed',
      error: msg`Datadog answered ${403}`
    }
    expect(JSON.parse(outputsOf(outcome([failed]), list).results)).toEqual([
      {
        'sink-org': OTHER_SINK,
        'sink-org-name': '',
        'connection-id': '',
        result: 'failed',
        'connection-types': ['audit'],
        'created-at': '',
        error: 'Datadog answered 403'
      }
    ])
  })

  it('puts names from the API on one line without control characters', () => {
    const hostile = connection({ sink: { id: SINK, name: 'Sec\n::warning::x\u001b[2J' } })
    const outputs = outputsOf(
      outcome([
        {
          plan: { action: 'unchanged', sinkOrgId: SINK, connection: hostile },
          result: 'unchanged',
          connection: hostile
        }
      ]),
      settings()
    )
    expect(outputs['sink-org-name']).toBe('Sec ::warning::x\\u001b[2J')
  })
})

describe('changed and countsOf', () => {
  const unchanged: EntryOutcome = {
    plan: { action: 'unchanged', sinkOrgId: SINK, connection: existing },
    result: 'unchanged',
    connection: existing
  }
  it.each([
    { entries: [unchanged], changed: false, counts: '1 unchanged' },
    { entries: [created, unchanged], changed: true, counts: '1 created, 1 unchanged' },
    {
      entries: [{ ...created, result: 'would-create' as const }, unchanged, unchanged],
      changed: true,
      counts: '1 to create, 2 unchanged'
    },
    { entries: [{ ...created, result: 'failed' as const }], changed: false, counts: '1 failed' },
    { entries: [], changed: false, counts: 'nothing to do' }
  ])('$counts', ({ entries, changed: expected, counts }) => {
    expect(changed(outcome(entries))).toBe(expected)
    expect(countsOf(outcome(entries))).toBe(counts)
  })
})

describe('summaryOf', () => {
  it('opens with the counts, has a row per connection, then the site, source org, digest and run', () => {
    const o = outcome([created])
    const md = summaryOf(o, settings(), run)
    expect(md).toContain('### Datadog org connection\n\n1 created.\n')
    expect(md).toContain(`| \`Acme Security\` (\`${SINK}\`) | \`${existing.id}\` | (none) -> \`logs\` | **created** |`)
    expect(md).toContain('| Site | `datadoghq.eu` |')
    expect(md).toContain(`| Source org | \`Acme Production\` (\`${SOURCE_ORG.id}\`) |`)
    expect(md).toContain(`| Plan digest | \`${o.digest}\` |`)
    expect(md).toContain('| Actor | `octocat` |')
    expect(md).toContain(
      '| Run | [https://github.com/acme/platform/actions/runs/1](https://github.com/acme/platform/actions/runs/1) |'
    )
  })

  it('shows a plan with types before -> after', () => {
    const update: Plan = {
      action: 'update',
      sinkOrgId: SINK,
      connection: existing,
      change: { from: ['logs'], to: ['logs', 'audit'], added: ['audit'], removed: [] }
    }
    const md = summaryOf(outcome([{ plan: update, result: 'would-update', connection: existing }], true), settings())
    expect(md).toContain('### Datadog org connection: plan (dry run)\n\n1 to update.')
    expect(md).toContain('| `logs` -> `audit`, `logs` | **would-update** |')
    expect(md).not.toContain('| Run |')
  })

  it('keeps markup, links and commands from the API inert', () => {
    const hostile = connection({
      connectionTypes: ['logs\n::stop-commands::x', '<img src=x onerror=alert(1)>', '# heading', '`tick`'],
      sink: { id: SINK, name: '[click](https://evil.example) | *bold*' }
    })
    const md = summaryOf(
      outcome([
        {
          plan: { action: 'unchanged', sinkOrgId: SINK, connection: hostile },
          result: 'unchanged',
          connection: hostile
        }
      ]),
      settings()
    )
    const row = md.split('\n').find(line => line.includes('**unchanged**')) ?? ''
    expect(row).toContain('`[click](https://evil.example) \\| *bold*`')
    expect(row).toContain('`<img src=x onerror=alert(1)>`')
    expect(row).toContain('`` `tick` ``')
    expect(md).not.toMatch(/^::/m)
    expect(md).not.toMatch(/^#+ heading/m)
  })

  it('stays far under the 1 MiB GitHub keeps, however many connections and however long their names', () => {
    const entries: EntryOutcome[] = Array.from({ length: 3000 }, (_, i) => {
      const c = connection({
        sink: { id: SINK, name: 'n'.repeat(600) },
        connectionTypes: Array(20).fill('x'.repeat(100))
      })
      return { plan: { action: 'unchanged', sinkOrgId: `${i}`, connection: c }, result: 'unchanged', connection: c }
    })
    const md = summaryOf(outcome(entries), list)
    expect(md.length).toBeLessThan(600 * 1024)
    expect(md).toMatch(/\| \.\.\. \| \d+ more connections: see the results output \| \| \|/)
  })

  it('lists the failures under the table', () => {
    const failed: EntryOutcome = {
      plan: { action: 'create', sinkOrgId: OTHER_SINK, to: ['audit'] },
      result: 'failed',
      error: msg`Datadog answered 403: ${'<b>no</b>'}`
    }
    expect(summaryOf(outcome([created, failed]), list)).toContain(
      `- Failed to create the connection to sink org \`${OTHER_SINK}\`: Datadog answered 403: \`<b>no</b>\``
    )
  })
})

describe('entryLine', () => {
  it.each([
    {
      plan: { action: 'delete', sinkOrgId: SINK, connection: existing, pruned: true } as Plan,
      result: 'would-delete' as const,
      dryRun: true,
      line: `would-delete: Would delete connection ${existing.id} to sink org Acme Security (${SINK}) (types logs) because its sink org is not in the list (prune).`
    },
    {
      plan: { action: 'nothing-to-delete', sinkOrgId: SINK } as Plan,
      result: 'absent' as const,
      dryRun: false,
      line: `absent: No connection to sink org ${SINK} exists: nothing to delete.`
    },
    {
      plan: { action: 'unchanged', sinkOrgId: SINK, connection: existing } as Plan,
      result: 'unchanged' as const,
      dryRun: false,
      line: `unchanged: Connection ${existing.id} to sink org Acme Security (${SINK}) exists with types logs, as wanted: nothing to change.`
    },
    {
      plan: { action: 'adopt', sinkOrgId: SINK, connection: existing } as Plan,
      result: 'created' as const,
      dryRun: false,
      line: expect.stringContaining('the connection it made was found and adopted')
    }
  ])('$result: one line that says what was done', ({ plan, result, dryRun, line }) => {
    const connection = plan.action === 'nothing-to-delete' ? undefined : existing
    expect(entryLine({ plan, result, connection }, dryRun).text()).toEqual(line)
  })
})

describe('warningsOf', () => {
  it('warns which types differ when if-exists keep left a connection alone', () => {
    const kept: Plan = {
      action: 'keep',
      sinkOrgId: SINK,
      connection: existing,
      difference: { from: ['logs'], to: ['audit'], added: ['audit'], removed: ['logs'] }
    }
    expect(warningsOf(outcome([{ plan: kept, result: 'unchanged', connection: existing }])).map(w => w.text())).toEqual(
      [
        `Connection ${existing.id} to sink org ${SINK} has types logs, not the wanted audit; it was left as it is because if-exists is 'keep'.`
      ]
    )
  })

  it("warns when the keys are a person's, and not for a service account", () => {
    const person = outcome([], false, { orgId: SOURCE_ORG.id, serviceAccount: false })
    expect(warningsOf(person).map(w => w.text())).toEqual([
      expect.stringMatching(/belongs to a person, not a service account/)
    ])
    expect(warningsOf(outcome([], false, { orgId: SOURCE_ORG.id, serviceAccount: true }))).toEqual([])
  })
})

describe('failureSummaryOf', () => {
  it('heads the message, and keeps markup from the API out of the page', () => {
    expect(failureSummaryOf(msg`Datadog answered 400: ${"<b>bad</b> & 'worse'"}`)).toBe(
      "### Datadog org connection: failed\n\nDatadog answered 400: `<b>bad</b> & 'worse'`\n"
    )
  })
})
