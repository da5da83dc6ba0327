/**
 * The one reader of connection types, for the `connection-types` input and the entries of a list alike. A type this
 * version knows passes in any case. A near miss of a known type is a typo and is refused, naming the type meant. Any
 * other lower-case identifier is passed on as given, with a warning: Datadog adds types (it added `audit` in March
 * 2026), and it, not this version, decides whether one exists. Anything else cannot be a type and is refused.
 */
import { KNOWN_CONNECTION_TYPES } from '../datadog/model.js'
import { InputError } from '../errors.js'
import { type Message, join, msg, words } from '../message.js'
import { quotableInput } from '../sites.js'

export const KNOWN_TYPES: readonly string[] = KNOWN_CONNECTION_TYPES
/** More than any connection has: a list longer than this is a mistake, or an attempt to make the step slow. */
export const MAX_TYPES = 10
/** How Datadog names its types: what an unknown type must look like to be sent. */
const TYPE_NAME = /^[a-z][a-z0-9_]{0,39}$/

const EXPECTED = [
  `Expected one or more of ${KNOWN_TYPES.join(', ')} (or a type this version does not know yet, in lower case,`,
  `such as apm), separated by commas, spaces or new lines, or a JSON array such as ["logs","metrics"].`
].join(' ')

/**
 * `logs, metrics`, `logs metrics`, one per line, the `connection-types` output's JSON array, or (in a list) a YAML
 * list of names. Lower-cased known types, other types as given; without duplicates, in order.
 */
export function readConnectionTypes(value: string | readonly string[], where: Message): string[] {
  const items = typeof value === 'string' ? splitTypes(value, where) : value.flatMap(item => splitTypes(item, where))
  if (items.length === 0) throw new InputError(msg`Input ${where} is required. ${EXPECTED}`)
  if (items.length > MAX_TYPES) {
    throw new InputError(
      msg`Invalid ${where}: ${items.length} types, more than the ${MAX_TYPES} a connection may list.`
    )
  }
  const problems = items.flatMap(item => {
    const problem = typeProblem(item)
    return problem ? [problem] : []
  })
  if (problems.length > 0) throw new InputError(msg`Invalid ${where}: ${join(problems, ', ')}. ${EXPECTED}`)
  return [...new Set(items.map(item => (isKnownType(item) ? item.toLowerCase() : item)))]
}

export function isKnownType(type: string): boolean {
  return KNOWN_TYPES.includes(type.toLowerCase())
}

/** The warning for types this version does not know, or undefined when it knows them all. */
export function unknownTypesWarning(where: Message, types: readonly string[]): Message | undefined {
  const unknown = [...new Set(types.filter(type => !isKnownType(type)))]
  if (unknown.length === 0) return undefined
  const what = msg`connection ${words(unknown.length > 1 ? 'types' : 'type')} ${unknown} (it knows ${[...KNOWN_TYPES]})`
  return msg`${where}: this version does not know the ${what}. Sent to Datadog as written: Datadog decides whether it exists.`
}

function splitTypes(value: string, where: Message): string[] {
  const trimmed = value.trim()
  if (trimmed.startsWith('[')) return jsonTypes(trimmed, where)
  return trimmed.split(/[\s,]+/).filter(item => item !== '')
}

// The `connection-types` output, fed back as the input.
function jsonTypes(text: string, where: Message): string[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = undefined
  }
  if (!Array.isArray(parsed) || !parsed.every(item => typeof item === 'string')) {
    throw new InputError(msg`Invalid ${where} '${quotableInput(text)}': not a JSON array of names. ${EXPECTED}`)
  }
  return parsed.map(item => item.trim()).filter(item => item !== '')
}

function typeProblem(item: string): Message | undefined {
  if (isKnownType(item)) return undefined
  const lowered = item.toLowerCase()
  const meant = KNOWN_TYPES.find(known => isNearMiss(lowered, known))
  if (meant) return msg`'${quotableInput(item)}' (did you mean '${meant}'?)`
  if (TYPE_NAME.test(item)) return undefined
  if (TYPE_NAME.test(lowered))
    return msg`'${quotableInput(item)}' (a type this version does not know goes in lower case: '${lowered}')`
  return msg`'${quotableInput(item)}' (not a type name: letters, digits and _ only)`
}

/** A typo of `known`: a prefix of it (`log`, `metric`), it plus a little (`audits`), or at most two edits away. */
function isNearMiss(candidate: string, known: string): boolean {
  if (candidate.length >= 2 && known.startsWith(candidate)) return true
  if (candidate.startsWith(known) && candidate.length - known.length <= 2) return true
  return editDistance(candidate, known, 2) <= 2
}

/** Levenshtein distance, stopping early once it exceeds `limit` (types are short; the limit keeps it cheap). */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution))
    }
    if (Math.min(...current) > limit) return limit + 1
    previous = current
  }
  return previous[b.length]
}
