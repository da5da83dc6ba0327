/**
 * Every problem of a list at once: a reviewer who fixes one entry should not have to push again to learn of the next.
 * Problems are collected while the whole list is read, then thrown as one InputError: the only one as it is, several
 * one per line, at most MAX_LIST_ITEMS of them shown and the rest counted.
 */
import { InputError } from '../errors.js'
import { type Message, join, msg } from '../message.js'

export class Problems {
  private readonly found: Message[] = []

  get count(): number {
    return this.found.length
  }

  add(problem: Message): void {
    this.found.push(problem)
  }

  /** The value `read` returns, or undefined when it throws an InputError, which is then collected. */
  attempt<T>(read: () => T): T | undefined {
    try {
      return read()
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      this.found.push(error.detail)
      return undefined
    }
  }

  /** One InputError for all the problems found so far, if any. */
  throwIfAny(origin: Message): void {
    if (this.found.length === 1) throw new InputError(this.found[0])
    if (this.found.length > 1) {
      const header = msg`Invalid ${origin}: ${this.found.length} problems, each to fix:`
      throw new InputError(msg`${header}\n  ${join(this.found, '\n  ')}`)
    }
  }
}
