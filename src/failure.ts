/**
 * How any error becomes a message for people. Every error of ours carries its `detail` (a Message, so that its values
 * are neutralised in the log and in Markdown alike); an error nobody anticipated says so, without a stack trace (that
 * goes to the debug log).
 */
import { type Message, msg } from './message.js'

/** A failure whose message is written for people. */
export class StepError extends Error {
  constructor(readonly detail: Message) {
    super(detail.text())
  }
}

export function describeFailure(error: unknown, debug: (line: string) => void = () => {}): Message {
  if (error instanceof Error && 'detail' in error && isMessage(error.detail)) return error.detail
  const err = error instanceof Error ? error : new Error(String(error))
  debug(err.stack ?? err.message)
  return msg`Unexpected error: ${err.message}. Re-run with step debug logging on and report it if it persists.`
}

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'markdown' in value && 'text' in value
}
