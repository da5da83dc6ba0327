/**
 * `export`, pure: the source org's own connections as the list that `connections-file` reads, ready to commit. Each
 * entry carries its sink org's name as a YAML comment, on one line and without control characters, so that a name
 * (chosen by another org's admin) cannot end the comment and add an entry.
 */
import type { OrgConnection } from './datadog/model.js'
import { type Message, msg, oneLine, words } from './message.js'
import { isUuid } from './uuid.js'
import type { Identity } from './outcome.js'

/** The longest name written into a comment. */
const MAX_NAME_CHARS = 100
const ONE_PER_SINK = 'a list holds one connection per sink org. Delete the extra ones in Datadog, then export again.'
/** What a list's connection-types accepts (src/inputs/connection-types.ts): at most 10 names, lower-case words. */
const DECLARABLE = /^[a-z][a-z0-9_]{0,39}$/
const MAX_TYPES = 10
const YAML_WORDS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off'])

export interface ExportedList {
  yaml: string
  /** How many connections the list holds. */
  connections: number
  /** What could not be put in it, and why. */
  left: Message[]
}

export function exportedList(connections: readonly OrgConnection[], identity: Identity, site: string): ExportedList {
  const bySink = new Map<string, OrgConnection[]>()
  for (const connection of connections) {
    const sink = (connection.sinkOrg?.id ?? '').toLowerCase()
    bySink.set(sink, [...(bySink.get(sink) ?? []), connection])
  }
  const left: Message[] = []
  const entries: string[] = []
  for (const [sink, group] of [...bySink.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!isUuid(sink)) {
      left.push(
        msg`Left out: connection ${group.map(c => c.id)}, whose sink org id ${sink} is not a UUID that a list can name.`
      )
      continue
    }
    if (group.length > 1) {
      const ids = group.map(c => c.id)
      left.push(msg`Left out: ${group.length} connections to sink org ${sink} (${ids}); ${words(ONE_PER_SINK)}`)
      continue
    }
    const types = group[0].connectionTypes
    if (types.length === 0 || types.length > MAX_TYPES || !types.every(t => DECLARABLE.test(t.toLowerCase()))) {
      left.push(
        msg`Left out: connection ${group[0].id} to sink org ${sink}, whose types ${types} a list cannot declare.`
      )
      continue
    }
    entries.push(entryOf(sink, group[0]))
  }
  if (entries.length === 0) return { yaml: '', connections: 0, left }
  const org = identity.orgName ? `${comment(identity.orgName)} (${identity.orgId})` : identity.orgId
  const header = [
    `# The org connections of org ${org} on ${comment(site)}, exported in the format of connections-file.`,
    '# Review and commit it; plan with it (dry-run: true, prune: true) to check that nothing would change.'
  ]
  return { yaml: [...header, ...entries].join('\n') + '\n', connections: entries.length, left }
}

function entryOf(sink: string, connection: OrgConnection): string {
  const name = connection.sinkOrg?.name
  const types = [...new Set(connection.connectionTypes.map(t => t.toLowerCase()))].sort().map(typeOf)
  return [`- sink-org: ${sink}${name ? ` # ${comment(name)}` : ''}`, `  connection-types: [${types.join(', ')}]`].join(
    '\n'
  )
}

/** A name as a comment's text: one line, control characters shown as escapes, cut. */
function comment(name: string): string {
  return oneLine(name, MAX_NAME_CHARS)
}

/** A type as YAML: plain, or double-quoted where YAML would read the word as another value (null, true, ...). */
function typeOf(type: string): string {
  return YAML_WORDS.has(type) ? JSON.stringify(type) : type
}
