/**
 * How any error becomes a message for people: the one place that knows every error type. An error of ours carries
 * its `detail` (a Message, so that its values are neutralised in the log and in Markdown alike); an error nobody
 * anticipated says so, without a stack trace (that goes to the debug log).
 */
import { attemptsNote } from './datadog/errors.js'
import { isTlsFailure } from './datadog/retry.js'
import { TransportError } from './datadog/transport.js'
import { type Message, msg } from './message.js'

/** A failure whose message is written for people. */
export class StepError extends Error {
  constructor(readonly detail: Message) {
    super(detail.text())
  }
}

export function describeFailure(error: unknown, debug: (line: string) => void = () => {}): Message {
  if (error instanceof Error && 'detail' in error && isMessage(error.detail)) return error.detail
  if (error instanceof TransportError) {
    if (isTlsFailure(error.code)) {
      return msg`Could not reach the Datadog API: the TLS connection failed (${error.code}: ${error.message}). If a proxy on the way inspects TLS, give Node its CA certificate with the NODE_EXTRA_CA_CERTS environment variable; otherwise check site or api-url.`
    }
    return msg`Could not reach the Datadog API: ${error.message}.${attemptsNote(error.attempts, error.elapsedMs, error.stoppedBecause)} Check site or api-url, the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY), then re-run; raise max-retries or timeout-seconds for a slow network.`
  }
  const err = error instanceof Error ? error : new Error(String(error))
  debug(err.stack ?? err.message)
  return msg`Unexpected error: ${err.message}. Re-run with step debug logging on and report it if it persists.`
}

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'markdown' in value && 'text' in value
}
