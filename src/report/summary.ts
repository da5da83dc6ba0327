/**
 * The plan or what was done, as Markdown for reviewers: the job summary, and the pull-request comment. Pure. Counts and
 * the digest come first, then the changes (deletions marked, prune deletions labelled, types as what is added and
 * removed), then, collapsed, what stays as it is. Every value is a code span (message.ts). Past a size budget, unchanged
 * rows are cut first, then changes, and the cut says how many rows are not shown; the head is never cut.
 */
import { changeOf } from '../digest.js'
import type { Failure } from '../errors.js'
import { type Message, codeBlock, msg, words } from '../message.js'
import { type EntryOutcome, type Outcome, type Result } from '../outcome.js'
import type { Settings } from '../settings.js'
import { type Aliases, orgName } from './names.js'
import { delta, entrySentence } from './sentences.js'

/** Who ran it and where: for the auditors reading the summary. */
export interface RunContext {
  repository?: string
  workflow?: string
  actor?: string
  runUrl?: string
  sha?: string
}

/** GitHub drops a step summary over 1 MiB; a comment holds 65,536 characters. */
export const SUMMARY_BUDGET = 768 * 1024
export const COMMENT_BUDGET = 60_000

export interface SummaryInput {
  outcome: Outcome
  settings: Settings
  aliases: Aliases
  failure?: Failure
  run?: RunContext
  /** The most characters the Markdown may have. */
  budget: number
}

export function summaryOf({ outcome, settings, aliases, failure, run, budget }: SummaryInput): string {
  const head = headOf(outcome, settings, failure, run)
  const changes = outcome.entries.filter(e => changeOf(e.plan).action !== 'none' || e.error)
  const unchanged = outcome.entries.filter(e => !changes.includes(e))
  const tail = tailOf(outcome, settings, aliases, run)
  const room = budget - head.length - tail.length
  const changeRows = changes.map(e => changeRow(e, aliases))
  const stillRows = unchanged.map(e => stillRow(e, aliases))
  const keptRows = outcome.undeclared.map(c =>
    keptRow(c.id, c.sinkOrg?.id ?? '', aliases, c.sinkOrg, c.connectionTypes)
  )
  // Unchanged and undeclared rows give way first, then changes.
  const [shownChanges, shownStill, shownKept] = fit([changeRows, stillRows, keptRows], room, [2, 1, 0])
  return [
    head,
    table(CHANGE_HEADER, shownChanges, changeRows.length, 'change(s)'),
    collapsed(
      `${unchanged.length} with nothing to change`,
      table(STILL_HEADER, shownStill, stillRows.length, 'row(s)'),
      changes.length > 0
    ),
    outcome.undeclared.length
      ? collapsed(
          `${outcome.undeclared.length} connection(s) not in the list, kept because prune is off`,
          table(STILL_HEADER, shownKept, keptRows.length, 'row(s)'),
          true
        )
      : '',
    failuresOf(outcome, aliases),
    tail
  ]
    .filter(part => part !== '')
    .join('\n\n')
}

const CHANGE_HEADER = '| Change | Sink org | Connection | Types | Result |\n|---|---|---|---|---|'
const STILL_HEADER = '| Sink org | Connection | Types | Result |\n|---|---|---|---|'

function headOf(outcome: Outcome, settings: Settings, failure: Failure | undefined, run?: RunContext): string {
  const what = outcome.exported ? 'export' : outcome.dryRun ? 'plan (dry run)' : failure ? 'failed' : 'applied'
  const lines = [
    `### Datadog org connections: ${what}`,
    '',
    outcome.exported
      ? `**${outcome.exported.connections} connection(s) exported.**`
      : `**${countsOf(outcome)}.** Plan digest: ${msg`${outcome.digest}`.markdown()}`
  ]
  lines.push('', modeOf(outcome, settings, run))
  for (const notice of outcome.notices) lines.push('', `> ${notice.markdown()}`)
  // A failed write is told in the list of failures below; what stopped the run, or drift, is told here.
  const told = outcome.entries.some(entry => entry.error !== undefined)
  if (failure)
    lines.push(
      '',
      `**Failed** (${failure.reason})${told ? ': see the failures below.' : `: ${failure.detail.markdown()}`}`
    )
  return lines.join('\n')
}

function modeOf(outcome: Outcome, settings: Settings, run?: RunContext): string {
  const parts = [outcome.exported ? 'Export: read only' : outcome.dryRun ? 'Dry run: nothing was written' : 'Apply']
  if (settings.target.kind === 'list') parts.push(settings.target.prune ? 'prune on' : 'prune off')
  if (run?.sha) parts.push(msg`commit ${run.sha.slice(0, 7)}`.markdown())
  const gate = outcome.gate
  if (gate.kind === 'approved')
    parts.push(msg`checked against the approved plan ${gate.digest} (${words(gate.by)})`.markdown())
  return parts.join(' · ')
}

function changeRow(entry: EntryOutcome, aliases: Aliases): string {
  const change = changeOf(entry.plan)
  const pruned = entry.plan.action === 'delete' && entry.plan.pruned
  const label = change.action === 'delete' ? `**delete**${pruned ? ' (prune)' : ''}` : change.action
  const sink = orgName(entry.connection?.sinkOrg, entry.plan.sinkOrgId, aliases(entry.plan.sinkOrgId))
  const id = entry.connection?.id ?? change['connection-id']
  const connection = id ? msg`${id}` : words('(new)')
  return msg`| ${words(label)} | ${sink} | ${connection} | ${typesDelta(entry)} | **${words(entry.result)}** |`.markdown()
}

function typesDelta(entry: EntryOutcome): Message {
  const plan = entry.plan
  if (plan.action === 'update') return msg`${delta(plan.change)}`
  if (plan.action === 'create') return msg`${plan.to.map(t => `+${t}`)}`
  if (plan.action === 'delete') return msg`${plan.connection.connectionTypes.map(t => `-${t}`)}`
  return msg`${entry.connection?.connectionTypes ?? []}`
}

function stillRow(entry: EntryOutcome, aliases: Aliases): string {
  const id = entry.connection?.id
  const sink = entry.connection?.sinkOrg
  return keptRow(id, entry.plan.sinkOrgId, aliases, sink, entry.connection?.connectionTypes ?? [], entry.result)
}

function keptRow(
  id: string | undefined,
  sinkOrgId: string,
  aliases: Aliases,
  sink: { id: string; name?: string } | undefined,
  types: string[],
  result: Result | 'kept' = 'kept'
): string {
  const connection = id ? msg`${id}` : words('(none)')
  return msg`| ${orgName(sink, sinkOrgId, aliases(sinkOrgId))} | ${connection} | ${types} | ${words(result)} |`.markdown()
}

function table(header: string, rows: string[], total: number, what: string): string {
  if (total === 0) return ''
  const cut =
    total > rows.length
      ? [`\n_${total - rows.length} more ${what} not shown here: see the job summary and the results output._`]
      : []
  return [header, ...rows].join('\n') + cut.join('')
}

function collapsed(summary: string, body: string, collapse: boolean): string {
  if (body === '') return ''
  return collapse ? `<details><summary>${summary}</summary>\n\n${body}\n\n</details>` : body
}

function failuresOf(outcome: Outcome, aliases: Aliases): string {
  const failed = outcome.entries.filter(entry => entry.error)
  return failed.map(entry => `- ${entrySentence(entry, outcome.dryRun, aliases).markdown()}`).join('\n')
}

function tailOf(outcome: Outcome, settings: Settings, aliases: Aliases, run?: RunContext): string {
  const identity = outcome.identity
  const source = identity
    ? { id: identity.orgId, name: identity.orgName }
    : outcome.entries.map(e => e.connection?.sourceOrg).find(ref => ref !== undefined)
  const items: [string, string | undefined][] = [
    ['Site', msg`${settings.siteLabel}`.markdown()],
    ['Source org', source && orgName(source, source.id, aliases(source.id)).markdown()],
    ['List', settings.target.kind === 'list' ? msg`${settings.target.origin}`.markdown() : undefined],
    [
      'Entries of other source orgs (neither read nor written)',
      outcome.otherOrgEntries ? String(outcome.otherOrgEntries) : undefined
    ],
    ['Repository', run?.repository && msg`${run.repository}`.markdown()],
    ['Workflow', run?.workflow && msg`${run.workflow}`.markdown()],
    ['Actor', run?.actor && msg`${run.actor}`.markdown()],
    // The run's own URL, built by the action from the runner's variables: a link is what auditors need.
    ['Run', run?.runUrl && /^https:\/\/[^\s()<>\]]+$/.test(run.runUrl) ? `[${run.runUrl}](${run.runUrl})` : undefined]
  ]
  const exported = outcome.exported ? exportedOf(outcome.exported) : ''
  const facts = items.filter(([, v]) => v).map(([k, v]) => `- **${k}**: ${v}`)
  return [exported, facts.join('\n')].filter(Boolean).join('\n\n')
}

function exportedOf(exported: NonNullable<Outcome['exported']>): string {
  const left = exported.left.map(m => `- ${m.markdown()}`)
  if (!exported.yaml) return ['This org has no connections of its own to export.', ...left].join('\n')
  const yaml =
    exported.yaml.length > SUMMARY_BUDGET / 2
      ? `${exported.yaml.slice(0, SUMMARY_BUDGET / 2)}\n# cut here`
      : exported.yaml
  return [
    `${exported.connections} connection(s), in the format of connections-file:`,
    '',
    codeBlock(yaml.trimEnd(), 'yaml'),
    ...left
  ].join('\n')
}

/** Room for the tables' headers, the collapsed sections and the cut notes. */
const RESERVED = 800

/** Rows kept of each group within `room` characters, giving way in the order of `priority` (lowest first). */
function fit(groups: string[][], room: number, priority: number[]): string[][] {
  const kept = groups.map(rows => [...rows])
  let size = kept.flat().reduce((sum, row) => sum + row.length + 1, 0)
  for (const index of [...priority.keys()].sort((a, b) => priority[a] - priority[b])) {
    while (kept[index].length > 0 && size > room - RESERVED) size -= (kept[index].pop() as string).length + 1
  }
  return kept
}

/** "2 to create, 1 to update, 5 unchanged" or "2 created, 1 failed". */
export function countsOf(outcome: Outcome): string {
  const order: [Result, string][] = [
    ['would-create', 'to create'],
    ['would-update', 'to update'],
    ['would-delete', 'to delete'],
    ['created', 'created'],
    ['updated', 'updated'],
    ['deleted', 'deleted'],
    ['unchanged', 'unchanged'],
    ['absent', 'absent (nothing to delete)'],
    ['failed', 'failed']
  ]
  const parts = order
    .map(([result, label]) => [outcome.entries.filter(e => e.result === result).length, label] as const)
    .filter(([count]) => count > 0)
    .map(([count, label]) => `${count} ${label}`)
  return parts.length ? parts.join(', ') : 'nothing to do'
}

/** The summary of a step that failed before it had an outcome: what went wrong, for whoever reads the run later. */
export function failureSummaryOf(failure: Failure): string {
  return `### Datadog org connections: failed\n\n**Failed** (${failure.reason}): ${failure.detail.markdown()}\n`
}
