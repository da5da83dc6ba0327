/**
 * What the step tells its workflow (outputs), its log (a line per connection), and its auditors (the job summary and
 * the pull-request comment), built from the outcome. Pure. Every value from the network reaches a person through a
 * Message, so that it is neutralised for the channel it goes to.
 */
import type { EntryOutcome, Outcome, Result } from './apply.js'
import type { OrgRef } from './datadog/model.js'
import { changeOf } from './digest.js'
import { type Message, msg, oneLine, words } from './message.js'
import type { Settings } from './settings.js'

export const OUTPUT_NAMES = [
  'connection-id',
  'created-at',
  'result',
  'connection-types',
  'source-org-id',
  'source-org-name',
  'sink-org-name',
  'connection',
  'results',
  'changed',
  'plan',
  'plan-digest'
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]

/** The results that change something (or would, in a dry run). */
const CHANGES: ReadonlySet<Result> = new Set([
  'created',
  'updated',
  'deleted',
  'would-create',
  'would-update',
  'would-delete'
])

export function changed(outcome: Outcome): boolean {
  return outcome.entries.some(entry => CHANGES.has(entry.result))
}

export function outputsOf(outcome: Outcome, settings: Settings): Record<OutputName, string> {
  const source = sourceOrgOf(outcome)
  const single = settings.target.kind === 'single' ? outcome.entries[0] : undefined
  const c = single?.connection
  return {
    'connection-id': c?.id ?? '',
    'created-at': c?.createdAt ?? '',
    result: single?.result ?? '',
    'connection-types': single ? JSON.stringify(typesOf(single)) : '',
    'source-org-id': source?.id ?? '',
    'source-org-name': text(source?.name),
    'sink-org-name': text(c?.sinkOrg?.name),
    connection: c ? JSON.stringify(c.raw) : '',
    results: JSON.stringify(outcome.entries.map(resultObject)),
    changed: String(changed(outcome)),
    plan: JSON.stringify(outcome.document),
    'plan-digest': outcome.digest
  }
}

/** One object of the `results` output. */
function resultObject(entry: EntryOutcome): Record<string, unknown> {
  const c = entry.connection
  return {
    'sink-org': entry.plan.sinkOrgId,
    'sink-org-name': text(c?.sinkOrg?.name),
    'connection-id': c?.id ?? '',
    result: entry.result,
    'connection-types': typesOf(entry),
    'created-at': c?.createdAt ?? '',
    ...(entry.error ? { error: entry.error.text() } : {})
  }
}

/** The connection's types as it now is (or would be); for a create that failed or is planned, the wanted ones. */
function typesOf(entry: EntryOutcome): string[] {
  if (entry.connection) return entry.connection.connectionTypes
  return entry.plan.action === 'create' ? entry.plan.to : []
}

/** Names are chosen by other orgs' admins: an output carries them on one line, without control characters. */
function text(value: string | undefined): string {
  return value === undefined ? '' : oneLine(value)
}

function sourceOrgOf(outcome: Outcome): OrgRef | undefined {
  if (outcome.identity) return { id: outcome.identity.orgId, name: outcome.identity.orgName }
  return outcome.entries.map(e => e.connection?.sourceOrg).find(ref => ref !== undefined)
}

/** Warnings the outcome deserves (the run itself may have succeeded). */
export function warningsOf(outcome: Outcome): Message[] {
  const warnings: Message[] = []
  if (outcome.identity && !outcome.identity.serviceAccount) {
    warnings.push(
      words(
        "The application key belongs to a person, not a service account: Datadog deletes a person's org connections when that person is deactivated. Use a service account's application key."
      )
    )
  }
  for (const { plan, note } of outcome.entries) {
    if (note) warnings.push(note)
    if (plan.action === 'keep') {
      warnings.push(
        msg`Connection ${plan.connection.id} to sink org ${plan.sinkOrgId} has types ${plan.difference.from}, not the wanted ${plan.difference.to}; it was left as it is because if-exists is 'keep'.`
      )
    }
  }
  return warnings
}

/** The log line of one connection, as it is done. */
export function entryLine(entry: EntryOutcome, dryRun: boolean): Message {
  return msg`${words(entry.result)}: ${entrySentence(entry, dryRun)}`
}

export function entrySentence(entry: EntryOutcome, dryRun: boolean): Message {
  const { plan } = entry
  const verb = (would: string, did: string): Message => words(dryRun ? would : did)
  const to = msg`to sink org ${orgName(entry.connection?.sinkOrg, plan.sinkOrgId)}`
  // Only a write fails, so the plan's change is a create, an update or a delete.
  if (entry.error) return msg`Failed to ${words(changeOf(plan).action)} the connection ${to}: ${entry.error}`
  switch (plan.action) {
    case 'create':
      return msg`${verb('Would create', 'Created')} a connection ${to} with types ${plan.to}.`
    case 'adopt':
      return msg`Created a connection ${to} with types ${plan.connection.connectionTypes} (an earlier attempt's answer was lost; the connection it made was found and adopted).`
    case 'update':
      return msg`${verb('Would update', 'Updated')} connection ${plan.connection.id} ${to}: types ${plan.change.from} -> ${plan.change.to} (${[...plan.change.added.map(t => `+${t}`), ...plan.change.removed.map(t => `-${t}`)]}).`
    case 'unchanged':
      return msg`Connection ${plan.connection.id} ${to} exists with types ${plan.connection.connectionTypes}, as wanted: nothing to change.`
    case 'keep':
      return msg`Connection ${plan.connection.id} ${to} exists with types ${plan.difference.from} (wanted ${plan.difference.to}); left as it is (if-exists: keep).`
    case 'delete':
      if (entry.result === 'absent')
        return msg`Connection ${plan.connection.id} ${to} was already gone: nothing to delete.`
      return msg`${verb('Would delete', 'Deleted')} connection ${plan.connection.id} ${to} (types ${plan.connection.connectionTypes})${words(plan.pruned ? ' because its sink org is not in the list (prune)' : '')}.`
    case 'nothing-to-delete':
      return msg`No connection ${to} exists: nothing to delete.`
  }
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

/** Who ran it: for the auditors reading the summary. */
export interface RunContext {
  repository?: string
  workflow?: string
  actor?: string
  runUrl?: string
}

/** The plan or what was done, as Markdown: the job summary, and (without the run rows) the pull-request comment. */
export function summaryOf(outcome: Outcome, settings: Settings, run?: RunContext): string {
  const failed = outcome.entries.some(entry => entry.error)
  const title = outcome.dryRun
    ? 'Datadog org connection: plan (dry run)'
    : `Datadog org connection${failed ? ': failed' : ''}`
  const rows = outcome.entries.map(entry => {
    const change = changeOf(entry.plan)
    const types = (list: string[] | null): Message => (list === null ? words('(none)') : msg`${list}`)
    const before = types(change.from)
    const after = types(change.to)
    const typesCell = change.action === 'none' ? before : msg`${before} -> ${after}`
    const connection = entry.connection?.id ?? change['connection-id']
    return msg`| ${orgName(entry.connection?.sinkOrg, entry.plan.sinkOrgId)} | ${connection ? msg`${connection}` : words('(none)')} | ${typesCell} | **${words(entry.result)}** |`.markdown()
  })
  const failures = outcome.entries
    .filter(entry => entry.error !== undefined)
    .map(entry => `- ${entrySentence(entry, outcome.dryRun).markdown()}`)
  const source = sourceOrgOf(outcome)
  const context: [string, string][] = [
    ['Site', msg`${settings.siteLabel}`.markdown()],
    ['Source org', source ? orgName(source, source.id).markdown() : '(the org of the keys)'],
    ...(settings.target.kind === 'list'
      ? ([['List', msg`${settings.target.origin}`.markdown()]] as [string, string][])
      : []),
    ['Plan digest', msg`${outcome.digest}`.markdown()],
    ...(run ? runRows(run) : [])
  ]
  return [
    `### ${title}`,
    '',
    `${countsOf(outcome)}.`,
    '',
    '| Sink org | Connection | Types | Result |',
    '|---|---|---|---|',
    ...within(rows, MAX_TABLE_CHARS, n => `| ... | ${n} more connections: see the results output | | |`),
    '',
    ...(failures.length ? [...within(failures, MAX_TABLE_CHARS / 2, n => `- ... and ${n} more failures`), ''] : []),
    '| | |',
    '|---|---|',
    ...context.map(([k, v]) => `| ${k} | ${v} |`),
    ''
  ].join('\n')
}

/**
 * GitHub drops a step's summary over 1 MiB: a list of thousands of connections, or one with long names, is cut to a
 * size that leaves room for the rest, and the cut is said.
 */
const MAX_TABLE_CHARS = 256 * 1024

function within(lines: string[], budget: number, rest: (count: number) => string): string[] {
  let used = 0
  const kept = lines.findIndex(line => (used += line.length + 1) > budget)
  return kept < 0 ? lines : [...lines.slice(0, kept), rest(lines.length - kept)]
}

function runRows(run: RunContext): [string, string][] {
  const rows: [string, string | undefined][] = [
    ['Repository', run.repository && msg`${run.repository}`.markdown()],
    ['Workflow', run.workflow && msg`${run.workflow}`.markdown()],
    ['Actor', run.actor && msg`${run.actor}`.markdown()],
    // The run's own URL, built by the action from the runner's variables: a link is what auditors need.
    ['Run', run.runUrl && /^https:\/\/[^\s()<>\]]+$/.test(run.runUrl) ? `[${run.runUrl}](${run.runUrl})` : undefined]
  ]
  return rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '')
}

/** `Name (id)` where the answer named the org, else its id. */
function orgName(ref: OrgRef | undefined, id: string): Message {
  return ref?.name ? msg`${ref.name} (${id})` : msg`${id}`
}

/** The summary of a failed step: what went wrong, for whoever reads the run later. */
export function failureSummaryOf(detail: Message): string {
  return `### Datadog org connection: failed\n\n${detail.markdown()}\n`
}
