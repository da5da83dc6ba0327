/**
 * The readers of single values, shared by the step's inputs and the entries of a list, so that both accept and
 * refuse exactly the same things with the same words. Each error names where the value came from (`where`), quotes
 * the value cut short, and says the expected form and the default.
 */
import { InputError } from '../errors.js'
import { type Message, msg, words } from '../message.js'
import { quotableInput } from '../sites.js'

const named = (where: Message | string): Message => (typeof where === 'string' ? words(where) : where)

/** One of `choices`, in any case; `fallback` when empty. */
export function readChoice<T extends string>(
  value: string,
  where: Message | string,
  choices: readonly T[],
  fallback: T
): T {
  if (!value) return fallback
  const lowered = value.toLowerCase()
  if ((choices as readonly string[]).includes(lowered)) return lowered as T
  throw new InputError(
    msg`Invalid ${named(where)} '${quotableInput(value)}'. Expected one of: ${[...choices]} (default ${fallback}).`
  )
}

// The YAML 1.2 core schema's booleans, as GitHub's own getBooleanInput accepts them.
export function readBoolean(value: string, where: Message | string, fallback: boolean): boolean {
  if (!value) return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(
    msg`Invalid ${named(where)} '${quotableInput(value)}'. Expected true or false (default ${String(fallback)}).`
  )
}

export function readInteger(
  value: string,
  where: Message | string,
  fallback: number,
  min: number,
  max: number
): number {
  return readBounded(value, where, { fallback, min, max, form: /^\d+$/, what: 'a whole number' })
}

/** A number of seconds, fractions allowed, from `min` to `max`. */
export function readSeconds(
  value: string,
  where: Message | string,
  fallback: number,
  min: number,
  max: number
): number {
  return readBounded(value, where, { fallback, min, max, form: /^\d+(\.\d+)?$/, what: 'a number of seconds' })
}

function readBounded(
  value: string,
  where: Message | string,
  { fallback, min, max, form, what }: { fallback: number; min: number; max: number; form: RegExp; what: string }
): number {
  if (!value) return fallback
  const number = Number(value)
  if (!form.test(value) || number < min || number > max) {
    const range = msg`${words(what)} from ${min} to ${max} (default ${fallback})`
    throw new InputError(msg`Invalid ${named(where)} '${quotableInput(value)}'. Expected ${range}.`)
  }
  return number
}
