import type { Outcome } from '../src/apply.js'
import type { OrgConnection } from '../src/datadog/model.js'
import { failureSummaryOf, OUTPUT_NAMES, outputsOf, summaryOf, warningsOf } from '../src/report.js'
import type { Settings } from '../src/settings.js'

const SINK = '83999dcd-7f97-11f0-8de1-1ecf66f1aa85'
const settings: Settings = {
  apiKey: 'k',
  appKey: 'k',
  baseUrl: 'https://api.datadoghq.eu',
  siteLabel: 'datadoghq.eu',
  sinkOrgId: SINK,
  connectionTypes: ['logs', 'audit'],
  ifExists: 'update',
  state: 'present',
  dryRun: false,
  maxRetries: 5,
  timeoutMs: 30000,
  warnings: []
}
const connection: OrgConnection = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  connectionTypes: ['logs'],
  createdAt: '2025-08-26T20:19:36.177236+00:00',
  sourceOrg: { id: '4dee724d-00cc-11ea-a77b-570c9d03c6c5', name: 'Prod | EU <main>' },
  sinkOrg: { id: SINK, name: 'Security' },
  raw: { id: 'c0ffee00-0000-4000-8000-000000000001', type: 'org_connection' }
}
const run = {
  repository: 'acme/platform',
  workflow: 'Connect',
  actor: 'octocat',
  runUrl: 'https://github.com/acme/platform/actions/runs/1'
}

describe('outputsOf', () => {
  it('describes the connection, with created_at exactly as Datadog wrote it', () => {
    const outputs = outputsOf(
      { plan: { action: 'create', to: ['logs'] }, result: 'created', dryRun: false, connection },
      settings
    )
    expect(outputs).toEqual({
      'connection-id': connection.id,
      'created-at': '2025-08-26T20:19:36.177236+00:00',
      result: 'created',
      'connection-types': '["logs"]',
      'source-org-id': '4dee724d-00cc-11ea-a77b-570c9d03c6c5',
      'source-org-name': 'Prod | EU <main>',
      'sink-org-name': 'Security',
      connection: JSON.stringify(connection.raw)
    })
    expect(Object.keys(outputs)).toEqual([...OUTPUT_NAMES])
  })
  it('reports the wanted types and no id for a planned create, and empty values when nothing exists', () => {
    expect(
      outputsOf({ plan: { action: 'create', to: ['logs', 'audit'] }, result: 'would-create', dryRun: true }, settings)
    ).toMatchObject({
      'connection-id': '',
      'connection-types': '["logs","audit"]',
      connection: ''
    })
    expect(
      outputsOf({ plan: { action: 'nothing-to-delete' }, result: 'absent', dryRun: false }, settings)
    ).toMatchObject({
      result: 'absent',
      'connection-types': '[]'
    })
  })
})

describe('summaryOf', () => {
  it('shows the table for auditors, escaping what came from the API', () => {
    const md = summaryOf(
      { plan: { action: 'create', to: ['logs'] }, result: 'created', dryRun: false, connection },
      settings,
      run
    )
    expect(md).toContain('### Datadog org connection\n')
    expect(md).toContain('| Result | **created** |')
    expect(md).toContain('| Site | `datadoghq.eu` |')
    expect(md).toContain('| Source org | Prod \\| EU &lt;main&gt; (`4dee724d-00cc-11ea-a77b-570c9d03c6c5`) |')
    expect(md).toContain(`| Sink org | Security (\`${SINK}\`) |`)
    expect(md).toContain('| Connection types | logs |')
    expect(md).toContain('| Created at | 2025-08-26T20:19:36.177236+00:00 |')
    expect(md).toContain('| Actor | octocat |')
    expect(md).toContain(
      '| Run | [https://github.com/acme/platform/actions/runs/1](https://github.com/acme/platform/actions/runs/1) |'
    )
  })
  it('shows a plan: what exists, what is wanted, types before -> after', () => {
    const change = { from: ['logs'], to: ['logs', 'audit'] as ('logs' | 'audit')[], added: ['audit'], removed: [] }
    const outcome: Outcome = {
      plan: { action: 'update', connection, change },
      result: 'would-update',
      dryRun: true,
      connection
    }
    const md = summaryOf(outcome, settings, {})
    expect(md).toContain('### Datadog org connection: plan (dry run)')
    expect(md).toContain(
      'Would update connection `c0ffee00-0000-4000-8000-000000000001`: types logs -> logs, audit (+audit).'
    )
    expect(md).not.toContain('| Run |')
  })
  it.each([
    [
      { action: 'delete', connection } as const,
      true,
      'Would delete connection `c0ffee00-0000-4000-8000-000000000001` (types logs).'
    ],
    [{ action: 'nothing-to-delete' } as const, false, 'No connection to the sink org exists: nothing to delete.'],
    [{ action: 'none', connection } as const, false, 'exists with types logs, as wanted: nothing to change.'],
    [{ action: 'adopt', connection } as const, false, 'the connection it made was found and adopted']
  ])('says what the plan %o does', (plan, dryRun, sentence) => {
    expect(summaryOf({ plan, result: 'unchanged', dryRun, connection }, settings, {})).toContain(sentence)
  })
})

describe('warningsOf', () => {
  it('warns which types differ when if-exists keep left the connection alone', () => {
    const kept = { from: ['logs'], to: ['audit'] as 'audit'[], added: ['audit'], removed: ['logs'] }
    expect(warningsOf({ plan: { action: 'none', connection, kept }, result: 'unchanged', dryRun: false })).toEqual([
      "Connection c0ffee00-0000-4000-8000-000000000001 has types logs, not the wanted audit; it was left as it is because if-exists is 'keep'."
    ])
    expect(warningsOf({ plan: { action: 'none', connection }, result: 'unchanged', dryRun: false })).toEqual([])
  })
})

describe('failureSummaryOf', () => {
  it('heads the message and keeps markup from the API out of the page', () => {
    expect(failureSummaryOf("Datadog answered 400: <b>bad</b> & 'worse'")).toBe(
      "### Datadog org connection: failed\n\nDatadog answered 400: &lt;b&gt;bad&lt;/b&gt; &amp; 'worse'\n"
    )
  })
})
