/**
 * The step's outputs, from the outcome. Pure. Every value from the network is on one line without control characters,
 * and every output stays under GitHub's limit (1 MiB each): a long one is cut in its own form (a JSON output stays
 * valid JSON, the exported list stays a list) and says so.
 */
import { connectionJson } from '../datadog/model.js'
import type { Failure } from '../errors.js'
import { oneLine } from '../message.js'
import { CHANGES, type EntryOutcome, type Outcome } from '../outcome.js'
import type { Settings } from '../settings.js'
import type { Aliases } from './names.js'

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
  'plan-digest',
  'failure-reason',
  'connections-yaml'
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]

/** Well under GitHub's 1 MiB per output, in UTF-8 bytes, with room for the cut note. */
export const MAX_OUTPUT_BYTES = 512 * 1024

export function changed(outcome: Outcome): boolean {
  return outcome.entries.some(entry => CHANGES.has(entry.result))
}

export function outputsOf(
  outcome: Outcome,
  settings: Settings,
  aliases: Aliases,
  failure: Failure | undefined
): Record<OutputName, string> {
  const single = settings.target.kind === 'single' ? outcome.entries[0] : undefined
  const c = single?.connection
  const source = outcome.identity
    ? { id: outcome.identity.orgId, name: outcome.identity.orgName }
    : outcome.entries.map(e => e.connection?.sourceOrg).find(ref => ref !== undefined)
  return {
    'connection-id': text(c?.id),
    'created-at': text(c?.createdAt),
    result: single?.result ?? '',
    'connection-types': single ? JSON.stringify(typesOf(single).map(t => oneLine(t))) : '',
    'source-org-id': text(source?.id),
    'source-org-name': text(source?.name),
    'sink-org-name': text(c?.sinkOrg?.name),
    connection: c ? JSON.stringify(neutralised(connectionJson(c))) : '',
    results: jsonList(outcome.entries.map(entry => resultObject(entry, aliases, source?.id))),
    changed: String(changed(outcome)),
    plan: planJson(outcome),
    'plan-digest': outcome.digest,
    'failure-reason': failure?.reason ?? '',
    'connections-yaml': outcome.exported ? yamlWithin(outcome.exported.yaml) : ''
  }
}

/** One object of the `results` output. */
function resultObject(entry: EntryOutcome, aliases: Aliases, sourceOrgId?: string): Record<string, unknown> {
  const c = entry.connection
  const sinkAlias = aliases(entry.plan.sinkOrgId)
  // Every entry is the keys' org's own: a planned create or an absent entry has no connection to name its source.
  const sourceAlias = aliases(c?.sourceOrg?.id ?? sourceOrgId)
  return {
    'sink-org': entry.plan.sinkOrgId,
    ...(sinkAlias ? { 'sink-org-alias': sinkAlias } : {}),
    ...(sourceAlias ? { 'source-org-alias': sourceAlias } : {}),
    'sink-org-name': text(c?.sinkOrg?.name),
    'connection-id': text(c?.id),
    result: entry.result,
    'connection-types': typesOf(entry).map(t => oneLine(t)),
    'created-at': text(c?.createdAt),
    ...(entry.error ? { error: entry.error.detail.text() } : {})
  }
}

/** The connection's types as it now is (or would be); for a create that failed or is planned, the wanted ones. */
function typesOf(entry: EntryOutcome): string[] {
  if (entry.connection) return entry.connection.connectionTypes
  return entry.plan.action === 'create' ? entry.plan.to : []
}

function text(value: string | undefined): string {
  return value === undefined ? '' : oneLine(value)
}

/** Every string of a JSON value on one line, cut: the `connection` output is built from typed fields only. */
function neutralised(value: unknown): unknown {
  if (typeof value === 'string') return oneLine(value)
  if (Array.isArray(value)) return value.map(neutralised)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutralised(v)]))
  }
  return value
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

/** A JSON array within the limit: items kept in order, then one object that says how many were cut. */
export function jsonList(items: readonly unknown[], max = MAX_OUTPUT_BYTES): string {
  const whole = JSON.stringify(items)
  if (bytes(whole) <= max) return whole
  const kept: string[] = []
  let used = 2
  for (const item of items) {
    const json = JSON.stringify(item)
    if (used + bytes(json) + 1 > max - 200) break
    kept.push(json)
    used += bytes(json) + 1
  }
  const cut = JSON.stringify({
    cut: `${items.length - kept.length} more not shown: the output limit is reached; see the job summary`
  })
  return `[${[...kept, cut].join(',')}]`
}

/** The plan is what an approval names: it is never cut silently. Past the limit its changes end with a cut note. */
function planJson(outcome: Outcome): string {
  const whole = JSON.stringify(outcome.document)
  if (bytes(whole) <= MAX_OUTPUT_BYTES) return whole
  const changes = JSON.parse(jsonList(outcome.document.changes)) as unknown[]
  return JSON.stringify({ ...outcome.document, changes })
}

function yamlWithin(yaml: string): string {
  if (bytes(yaml) <= MAX_OUTPUT_BYTES) return yaml
  const lines = yaml.split('\n')
  let used = 0
  let end = 0
  for (; end < lines.length && used + bytes(lines[end]) + 1 <= MAX_OUTPUT_BYTES - 200; end++)
    used += bytes(lines[end]) + 1
  // Cut at an entry's start, so that every entry kept is whole.
  while (end > 0 && !lines[end]?.startsWith('- ')) end--
  return `${lines.slice(0, end).join('\n')}\n# cut: the output limit is reached; the whole list is in the job summary\n`
}
