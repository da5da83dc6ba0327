/** What the step tells its workflow (outputs) and its auditors (the job summary), built from the outcome. Pure. */
import type { Outcome } from './apply.js'
import type { OrgRef } from './datadog/model.js'
import type { Plan } from './plan.js'
import type { Settings } from './settings.js'

export const OUTPUT_NAMES = [
  'connection-id',
  'created-at',
  'result',
  'connection-types',
  'source-org-id',
  'source-org-name',
  'sink-org-name',
  'connection'
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]

export function outputsOf(outcome: Outcome, settings: Settings): Record<OutputName, string> {
  const c = outcome.connection
  const types = c ? c.connectionTypes : outcome.plan.action === 'create' ? settings.connectionTypes : []
  return {
    'connection-id': c?.id ?? '',
    'created-at': c?.createdAt ?? '',
    result: outcome.result,
    'connection-types': JSON.stringify(types),
    'source-org-id': c?.sourceOrg?.id ?? '',
    'source-org-name': c?.sourceOrg?.name ?? '',
    'sink-org-name': c?.sinkOrg?.name ?? '',
    connection: c ? JSON.stringify(c.raw) : ''
  }
}

/** Warnings the outcome deserves (the run itself succeeded). */
export function warningsOf(outcome: Outcome): string[] {
  const { plan } = outcome
  if (plan.action === 'none' && plan.kept) {
    return [
      `Connection ${plan.connection.id} has types ${listOf(plan.kept.from)}, not the wanted ${listOf(plan.kept.to)}; ` +
        "it was left as it is because if-exists is 'keep'."
    ]
  }
  return []
}

/** Who ran it: for the auditors reading the summary. */
export interface RunContext {
  repository?: string
  workflow?: string
  actor?: string
  runUrl?: string
}

export function summaryOf(outcome: Outcome, settings: Settings, run: RunContext): string {
  const c = outcome.connection
  const title = outcome.dryRun ? 'Datadog org connection: plan (dry run)' : 'Datadog org connection'
  const rows: [string, string][] = [
    ['Result', `**${outcome.result}**`],
    ['Site', code(settings.siteLabel)],
    ['Source org', org(c?.sourceOrg)],
    ['Sink org', org(c?.sinkOrg ?? { id: settings.sinkOrgId })],
    ['Connection id', c ? code(c.id) : '(none)'],
    [
      'Connection types',
      listOf(c ? c.connectionTypes : outcome.plan.action === 'create' ? settings.connectionTypes : [])
    ],
    ['Created at', c?.createdAt ? escape(c.createdAt) : '(none)']
  ]
  const runRows: [string, string][] = [
    ['Repository', run.repository ? escape(run.repository) : ''],
    ['Workflow', run.workflow ? escape(run.workflow) : ''],
    ['Actor', run.actor ? escape(run.actor) : ''],
    ['Run', run.runUrl ? `[${escape(run.runUrl)}](${run.runUrl})` : '']
  ]
  const table = [...rows, ...runRows.filter(([, v]) => v !== '')].map(([k, v]) => `| ${k} | ${v} |`)
  return [`### ${title}`, '', planSentence(outcome.plan, outcome.dryRun), '', '| | |', '|---|---|', ...table, ''].join(
    '\n'
  )
}

/** The summary of a failed step: what went wrong, for whoever reads the run later. */
export function failureSummaryOf(message: string): string {
  return `### Datadog org connection: failed\n\n${escape(message)}\n`
}

export function planSentence(plan: Plan, dryRun: boolean): string {
  const verb = (would: string, did: string): string => (dryRun ? would : did)
  switch (plan.action) {
    case 'create':
      return `${verb('Would create', 'Created')} a connection with types ${listOf(plan.to)}.`
    case 'adopt':
      return `Created a connection with types ${listOf(plan.connection.connectionTypes)} (an earlier attempt's answer was lost; the connection it made was found and adopted).`
    case 'update':
      return (
        `${verb('Would update', 'Updated')} connection ${code(plan.connection.id)}: types ${listOf(plan.change.from)} -> ${listOf(plan.change.to)}` +
        ` (${[...plan.change.added.map(t => `+${t}`), ...plan.change.removed.map(t => `-${t}`)].join(', ')}).`
      )
    case 'none':
      return plan.kept
        ? `Connection ${code(plan.connection.id)} exists with types ${listOf(plan.kept.from)} (wanted ${listOf(plan.kept.to)}); left as it is (if-exists: keep).`
        : `Connection ${code(plan.connection.id)} exists with types ${listOf(plan.connection.connectionTypes)}, as wanted: nothing to change.`
    case 'delete':
      return `${verb('Would delete', 'Deleted')} connection ${code(plan.connection.id)} (types ${listOf(plan.connection.connectionTypes)}).`
    case 'nothing-to-delete':
      return 'No connection to the sink org exists: nothing to delete.'
    case 'refuse':
      return escape(plan.reason)
  }
}

function org(ref: OrgRef | undefined): string {
  if (!ref) return '(the org of the keys)'
  return ref.name ? `${escape(ref.name)} (${code(ref.id)})` : code(ref.id)
}

function listOf(types: readonly string[]): string {
  return types.length ? types.map(escape).join(', ') : '(none)'
}

function code(text: string): string {
  return `\`${text.replace(/[`|\r\n]/g, ' ')}\``
}

/** Text from the API or the environment goes into a Markdown table cell: no HTML, no cell breaks. */
function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
}
