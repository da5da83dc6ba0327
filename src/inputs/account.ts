/**
 * An account file: the topology of a whole Datadog account in one reviewed file, written with org aliases (the names
 * reviewers read) instead of UUIDs. Each entry names its source orgs and sink orgs (an alias or a UUID, or a list of
 * them) and becomes one wish per (source, sink) pair. Every problem of the file is collected and reported at once.
 * An "org alias" here is a name of the `orgs` map, not a YAML alias (those are refused when the file is parsed).
 */
import { type Message, msg, words } from '../message.js'
import type { Wish } from '../wish.js'
import { isUuid } from '../uuid.js'
import { type EntryDefaults, MAX_ENTRIES, entriesOf, entryLabel, entryMap, entryValues } from './list.js'
import { Problems } from './problems.js'
import { quotableInput } from '../sites.js'
import type { YamlDocument } from './yaml.js'

/** What the file says about the account: its org aliases, and the orgs it governs. */
export interface Account {
  /** Org alias -> lower-case UUID. */
  aliases: Record<string, string>
  /** The orgs that are the source of at least one entry: lower-case UUIDs, sorted. Keys of any other org are refused. */
  governed: string[]
}

export const ORG_ALIAS = /^[A-Za-z0-9_-]+$/
const TOP_KEYS = ['orgs', 'connections']
const ENTRY_KEYS = ['source-org', 'sink-org', 'connection-types', 'state', 'if-exists']
const ALIAS_FORM = 'letters, digits, - and _'

/** The `orgs` map both ways: alias -> UUID, and UUID -> alias. */
interface OrgBook {
  aliases: Map<string, string>
  byOrg: Map<string, string>
}

interface Org {
  id: string
  alias?: string
}

/** A map with `connections` (and usually `orgs`), rather than a plain list. */
export function isAccountFile(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && ('connections' in data || 'orgs' in data)
}

export function readAccount(
  doc: YamlDocument,
  origin: Message,
  defaults: EntryDefaults
): { wishes: Wish[]; account: Account } {
  const problems = new Problems()
  const file = doc.data as Record<string, unknown>
  const unknown = Object.keys(file).filter(key => !TOP_KEYS.includes(key))
  if (unknown.length > 0) problems.add(msg`Invalid ${origin}: unknown key ${unknown}. Expected only ${TOP_KEYS}.`)
  const aliases = readAliases(file.orgs, msg`${origin}: orgs`, problems)
  const book: OrgBook = { aliases, byOrg: new Map([...aliases].map(([alias, id]) => [id, alias])) }
  const connections = msg`${origin}: connections`
  const wishes: Wish[] = []
  const pairs = new Map<string, Message>()
  entriesOf(file.connections, connections, words('such as - source-org: prod'), problems).forEach((entry, index) => {
    const label = entryLabel(doc, entry, index)
    const where = msg`${origin}, ${label}`
    const map = entryMap(entry, where, ENTRY_KEYS, problems)
    if (!map) return
    const sources = readOrgs(map['source-org'], msg`${where}: source-org`, book, problems)
    const sinks = readOrgs(map['sink-org'], msg`${where}: sink-org`, book, problems)
    const values = entryValues(map, where, defaults, problems)
    if (!sources || !sinks || !values) return
    if (wishes.length + sources.length * sinks.length > MAX_ENTRIES) {
      problems.add(msg`Invalid ${where}: the file expands to more than ${MAX_ENTRIES} (source, sink) pairs.`)
      return
    }
    for (const source of sources) {
      for (const sink of sinks) {
        if (!checkPair(source, sink, { where, label, origin }, pairs, problems)) continue
        wishes.push({
          sinkOrgId: sink.id,
          ...values,
          sourceOrgId: source.id,
          ...aliasesOf(source, sink),
          where: where.text()
        })
      }
    }
  })
  problems.throwIfAny(origin)
  const governed = [...new Set(wishes.map(wish => wish.sourceOrgId as string))].sort()
  return { wishes, account: { aliases: Object.fromEntries(aliases), governed } }
}

function aliasesOf(source: Org, sink: Org): Pick<Wish, 'sinkAlias' | 'sourceAlias'> {
  return {
    ...(sink.alias === undefined ? {} : { sinkAlias: sink.alias }),
    ...(source.alias === undefined ? {} : { sourceAlias: source.alias })
  }
}

/** A pair that is not the same org twice and not declared before; its problem collected otherwise. */
function checkPair(
  source: Org,
  sink: Org,
  at: { where: Message; label: Message; origin: Message },
  pairs: Map<string, Message>,
  problems: Problems
): boolean {
  if (source.id === sink.id) {
    problems.add(
      msg`Invalid ${at.where}: sink-org ${named(sink)} is also its source-org. Expected another org: an org does not connect to itself.`
    )
    return false
  }
  const pair = `${source.id} ${sink.id}`
  const earlier = pairs.get(pair)
  if (earlier) {
    const both = earlier === at.label ? msg`${at.label} names` : msg`${earlier} and ${at.label} both name`
    problems.add(
      msg`Invalid ${at.origin}: ${both} source-org ${named(source)} with sink-org ${named(sink)}. Expected each pair once.`
    )
    return false
  }
  pairs.set(pair, at.label)
  return true
}

/** A wrong value as it may be quoted: a scalar cut short, or what kind of thing it is. */
function shownValue(value: unknown): Message {
  if (['string', 'number', 'boolean'].includes(typeof value)) return msg`'${quotableInput(String(value))}'`
  return words(value === null ? 'nothing' : Array.isArray(value) ? 'a list' : 'a map')
}

const named = (org: Org): Message => (org.alias === undefined ? msg`${org.id}` : msg`${org.alias} (${org.id})`)

/** The `orgs` map: org alias -> UUID, each alias a simple name, each org under one alias only. */
function readAliases(raw: unknown, where: Message, problems: Problems): Map<string, string> {
  const aliases = new Map<string, string>()
  if (raw === undefined || raw === null) return aliases
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.add(msg`Invalid ${where}: expected a map of org alias to org UUID, such as prod: <uuid>.`)
    return aliases
  }
  const entries = Object.entries(raw)
  if (entries.length > MAX_ENTRIES) {
    problems.add(msg`Invalid ${where}: ${entries.length} org aliases, more than ${MAX_ENTRIES}.`)
    return aliases
  }
  const byOrg = new Map<string, string>()
  for (const [alias, value] of entries) {
    if (!ORG_ALIAS.test(alias) || isUuid(alias)) {
      const form = words(`Expected a simple name (${ALIAS_FORM}), not a UUID.`)
      problems.add(msg`Invalid ${where}: org alias '${quotableInput(alias)}' is not a simple name. ${form}`)
      continue
    }
    if (!isUuid(value)) {
      const shown = shownValue(value)
      problems.add(msg`Invalid ${where}: org alias ${alias} names ${shown}, not an org UUID. Expected the org's UUID.`)
      continue
    }
    const id = value.toLowerCase()
    const other = byOrg.get(id)
    if (other !== undefined) {
      problems.add(
        msg`Invalid ${where}: org aliases ${other} and ${alias} both name org ${id}. Expected one alias per org.`
      )
      continue
    }
    byOrg.set(id, alias)
    aliases.set(alias, id)
  }
  return aliases
}

/** `source-org` or `sink-org` of an entry: an org alias or a UUID, or a list of them. Undefined when wrong. */
function readOrgs(raw: unknown, where: Message, book: OrgBook, problems: Problems): Org[] | undefined {
  const { aliases, byOrg } = book
  const values = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw]
  if (values.length === 0) {
    problems.add(msg`Invalid ${where}: required; expected an org alias of orgs or an org UUID, or a list of them.`)
    return undefined
  }
  const before = problems.count
  const orgs: Org[] = []
  for (const value of values) {
    const text = typeof value === 'string' ? value.trim() : undefined
    if (text !== undefined && isUuid(text)) {
      const id = text.toLowerCase()
      orgs.push({ id, ...(byOrg.has(id) ? { alias: byOrg.get(id) } : {}) })
    } else if (text !== undefined && aliases.has(text)) {
      orgs.push({ id: aliases.get(text) as string, alias: text })
    } else {
      problems.add(orgProblem(value, where, aliases))
    }
  }
  return problems.count > before ? undefined : orgs
}

function orgProblem(value: unknown, where: Message, aliases: Map<string, string>): Message {
  const known = aliases.size > 0 ? msg`the orgs map names ${[...aliases.keys()]}` : msg`the file has no orgs map`
  if (typeof value !== 'string') return msg`Invalid ${where}: ${shownValue(value)}, not an org alias or an org UUID.`
  if (ORG_ALIAS.test(value.trim())) {
    return msg`Invalid ${where}: unknown org alias '${quotableInput(value)}' (${known}). Expected an alias of orgs or a UUID.`
  }
  const form = words(`an org alias (${ALIAS_FORM}) or an org UUID`)
  return msg`Invalid ${where} '${quotableInput(value)}': neither an org alias nor a UUID. Expected ${form}.`
}
