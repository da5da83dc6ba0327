/**
 * A plain list of connections (today's format): one entry per sink org, for the keys' own org. Each entry is read
 * whole and every problem of every entry is collected, so that one run reports them all.
 */
import { type Message, msg, words } from '../message.js'
import { type DesiredState, type IfExists, type Wish, IF_EXISTS, STATES, readUuid } from '../wish.js'
import { readConnectionTypes } from './connection-types.js'
import { Problems } from './problems.js'
import { readChoice } from './readers.js'
import type { YamlDocument } from './yaml.js'

/** More than any account has: a list is planned and shown whole, so what it expands to is bounded. */
export const MAX_ENTRIES = 1000
const KEYS = ['sink-org', 'connection-types', 'state', 'if-exists'] as const

/** The step's `state` and `if-exists`: what an entry that does not say takes. */
export interface EntryDefaults {
  state: DesiredState
  ifExists: IfExists
}

/** What every entry says besides its orgs. */
export interface EntryValues {
  state: DesiredState
  ifExists: IfExists
  connectionTypes: string[]
}

/** `entry 3 (line 12)`: an entry as people find it in the file. */
export function entryLabel(doc: YamlDocument, entry: unknown, index: number): Message {
  const line = doc.lineOf(entry)
  return line === undefined ? msg`entry ${index + 1}` : msg`entry ${index + 1} (line ${line})`
}

/** The entries of a list or of an account file's `connections`, checked as a list: not empty, not too long. */
export function entriesOf(data: unknown, origin: Message, example: Message, problems: Problems): unknown[] {
  if (!Array.isArray(data)) {
    problems.add(msg`Invalid ${origin}: expected a YAML list of connections, ${example}.`)
  } else if (data.length === 0) {
    problems.add(msg`Invalid ${origin}: the list is empty; expected at least one entry.`)
  } else if (data.length > MAX_ENTRIES) {
    problems.add(msg`Invalid ${origin}: ${data.length} entries, more than the ${MAX_ENTRIES} a list may have.`)
  } else {
    return data
  }
  return []
}

/** An entry as a map with only `keys`, or undefined (its problem collected). */
export function entryMap(
  entry: unknown,
  where: Message,
  keys: readonly string[],
  problems: Problems
): Record<string, unknown> | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    problems.add(msg`Invalid ${where}: expected a map with the keys ${[...keys]}.`)
    return undefined
  }
  const unknown = Object.keys(entry).filter(key => !keys.includes(key))
  // A source org is an account file's word: say so to whoever adds one to a plain list.
  const hint = unknown.includes('source-org')
    ? words(' (source-org belongs to an account file: orgs and connections)')
    : msg``
  if (unknown.length > 0)
    problems.add(msg`Invalid ${where}: unknown key ${unknown}. Expected only ${[...keys]}${hint}.`)
  return entry as Record<string, unknown>
}

/** A value written as one scalar, trimmed; undefined when absent. */
export function scalar(
  map: Record<string, unknown>,
  key: string,
  where: Message,
  problems: Problems
): string | undefined {
  const value = map[key]
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'string') return value.trim()
  problems.add(msg`Invalid ${where}: ${key} must be a single value.`)
  return undefined
}

/** `state`, `if-exists` and `connection-types`, each problem collected. Undefined when any is wrong. */
export function entryValues(
  map: Record<string, unknown>,
  where: Message,
  defaults: EntryDefaults,
  problems: Problems
): EntryValues | undefined {
  const before = problems.count
  const state = problems.attempt(() =>
    readChoice(scalar(map, 'state', where, problems) ?? '', msg`${where}: state`, STATES, defaults.state)
  )
  const ifExists = problems.attempt(() =>
    readChoice(scalar(map, 'if-exists', where, problems) ?? '', msg`${where}: if-exists`, IF_EXISTS, defaults.ifExists)
  )
  const raw = map['connection-types']
  const given = typesGiven(raw)
  if (given === undefined) {
    problems.add(msg`Invalid ${where}: connection-types must be a list of names such as [logs, metrics].`)
  }
  const connectionTypes =
    given !== undefined && (state === 'present' || given.length > 0)
      ? problems.attempt(() => readConnectionTypes(given, msg`${where}: connection-types`))
      : []
  if (problems.count > before || !state || !ifExists || !connectionTypes) return undefined
  return { state, ifExists, connectionTypes }
}

// A YAML list of names, or one string as the input takes it; undefined when it is neither.
function typesGiven(raw: unknown): string[] | undefined {
  if (raw === undefined || raw === null) return []
  if (typeof raw === 'string') return raw.trim() === '' ? [] : [raw]
  if (Array.isArray(raw) && raw.every(item => typeof item === 'string')) return raw
  return undefined
}

/** Reads a plain list; every problem of every entry collected, then thrown together. */
export function readList(doc: YamlDocument, origin: Message, defaults: EntryDefaults): Wish[] {
  const problems = new Problems()
  const forms = words('such as - sink-org: <uuid>, or an account file (a map with orgs and connections)')
  const wishes: Wish[] = []
  const seen = new Map<string, Message>()
  entriesOf(doc.data, origin, forms, problems).forEach((entry, index) => {
    const label = entryLabel(doc, entry, index)
    const where = msg`${origin}, ${label}`
    const map = entryMap(entry, where, KEYS, problems)
    if (!map) return
    const sinkOrg = scalar(map, 'sink-org', where, problems)
    const raw = map['sink-org']
    if (!sinkOrg && (raw === undefined || raw === null || typeof raw === 'string')) {
      problems.add(msg`Invalid ${where}: sink-org is required (the UUID of the sink org).`)
    }
    const sinkOrgId = sinkOrg ? problems.attempt(() => readUuid(sinkOrg, msg`${where}: sink-org`)) : undefined
    const values = entryValues(map, where, defaults, problems)
    if (sinkOrgId === undefined) return
    const earlier = seen.get(sinkOrgId)
    if (earlier) {
      const fix = words('Expected each sink org once; merge the two entries.')
      problems.add(msg`Invalid ${origin}: ${earlier} and ${label} both name sink-org ${sinkOrgId}. ${fix}`)
    }
    seen.set(sinkOrgId, label)
    if (values) wishes.push({ sinkOrgId, ...values, where: where.text() })
  })
  problems.throwIfAny(origin)
  return wishes
}
