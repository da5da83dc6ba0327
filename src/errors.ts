/**
 * The one error hierarchy. Every failure written for people is a StepError: it carries its `detail` (a Message, so
 * that every value from the network or an input is neutralised for the log and for Markdown alike) and its `reason`
 * (the `failure-reason` output: what kind of failure the run met). An error nobody anticipated is described as such,
 * with its stack only in the debug log.
 */
import { type Message, msg, words } from './message.js'

/** The `failure-reason` output: the first cause the run met. */
export type FailureReason =
  'invalid-input' | 'wrong-org' | 'plan-refused' | 'plan-changed' | 'drift' | 'read-failed' | 'write-failed'

export class StepError extends Error {
  override name = 'StepError'
  constructor(
    readonly detail: Message,
    readonly reason: FailureReason
  ) {
    super(detail.text())
  }
}

/** A problem with the step's inputs: raised before any request is sent. A string is our own words. */
export class InputError extends StepError {
  override name = 'InputError'
  constructor(detail: Message | string) {
    super(typeof detail === 'string' ? words(detail) : detail, 'invalid-input')
  }
}

/** The keys belong to another org than the one pinned (`source-org`) or approved: nothing was written. */
export class WrongOrgError extends StepError {
  override name = 'WrongOrgError'
  constructor(detail: Message) {
    super(detail, 'wrong-org')
  }
}

/** The plan cannot be made (several connections to one sink org, `if-exists: fail`, a sink that is the keys' org). */
export class PlanRefusedError extends StepError {
  override name = 'PlanRefusedError'
  constructor(detail: Message) {
    super(detail, 'plan-refused')
  }
}

/** The plan holds something that was not approved: nothing unapproved was written. */
export class PlanChangedError extends StepError {
  override name = 'PlanChangedError'
  constructor(detail: Message) {
    super(detail, 'plan-changed')
  }
}

/** A drift check found something that would change. */
export class DriftError extends StepError {
  override name = 'DriftError'
  constructor(detail: Message) {
    super(detail, 'drift')
  }
}

/** Whether a request of this method reads or writes: what a failed exchange fails. */
export function readOrWrite(method: string): 'read-failed' | 'write-failed' {
  return ['GET', 'HEAD'].includes(method.toUpperCase()) ? 'read-failed' : 'write-failed'
}

/**
 * Any failed exchange with Datadog: an error status (`status` set), a 2xx answer the action cannot use (`status`
 * set), or no answer at all (`status` undefined).
 */
export class DatadogError extends StepError {
  override name = 'DatadogError'
  constructor(
    detail: Message,
    method: string,
    readonly status?: number
  ) {
    super(detail, readOrWrite(method))
  }
}

/** The pull-request comment could not be read or written: a warning, never a failure of the step. */
export class CommentError extends StepError {
  override name = 'CommentError'
  constructor(
    detail: Message | string,
    readonly status?: number
  ) {
    super(typeof detail === 'string' ? words(detail) : detail, 'write-failed')
  }
}

export interface Failure {
  detail: Message
  reason: FailureReason
  /** The HTTP status of a failed exchange with Datadog, when there was one. */
  status?: number
}

/** What a failure says to people, and its reason. An error of nobody's making is reported as a read failure. */
export function describeFailure(error: unknown, debug: (line: string) => void = () => {}): Failure {
  if (error instanceof DatadogError) return { detail: error.detail, reason: error.reason, status: error.status }
  if (error instanceof StepError) return { detail: error.detail, reason: error.reason }
  const err = error instanceof Error ? error : new Error(String(error))
  debug(err.stack ?? err.message)
  return {
    detail: msg`Unexpected error: ${err.message}. Re-run with step debug logging on and report it if it persists.`,
    reason: 'read-failed'
  }
}
