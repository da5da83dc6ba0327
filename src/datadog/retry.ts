/**
 * The retry policy, pure: given how an attempt ended, wait how long, or give up. No clock, no sleeping:
 * `now` and `random` are passed in, so every rule is tested without waiting.
 */
import { formatSeconds } from '../http/format.js'
import { header, type HttpHeaders, type RequestOutcome } from '../http/request.js'

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number
  /** First backoff; doubled on each retry. */
  baseDelayMs: number
  /** Ceiling of one backoff wait. */
  maxBackoffMs: number
  /** The longest wait a server may ask for; asking more fails at once instead of burning runner minutes. */
  maxServerWaitMs: number
}

export const DEFAULT_POLICY: Omit<RetryPolicy, 'maxRetries'> = {
  baseDelayMs: 500,
  maxBackoffMs: 8_000,
  maxServerWaitMs: 60_000
}

/** How one attempt ended: the shared request produces it, the policy reads it. */
export type AttemptOutcome = RequestOutcome

/**
 * - `retry`: wait `delayMs`, then try again;
 * - `final`: the outcome is the answer (a success, or an error no retry can fix);
 * - `give-up`: a retry could have helped, but none is allowed (`why` says which limit stopped it).
 */
export type RetryDecision =
  | { kind: 'retry'; delayMs: number; why: string }
  | { kind: 'final' }
  | { kind: 'give-up'; why: string; serverWaitMs?: number }

const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504])

// Errors that no retry can fix: the certificate or the TLS setup is wrong.
const TLS_FAILURE = /^(CERT_|ERR_TLS_|ERR_SSL_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT|UNABLE_TO_|ERR_INVALID_)/

// Errors raised before the request left the runner: whatever it asked, it was not carried out.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])

export function isTlsFailure(code: string): boolean {
  return TLS_FAILURE.test(code)
}

export function isRetryable(outcome: AttemptOutcome): boolean {
  return outcome.kind === 'response' ? RETRYABLE_STATUSES.has(outcome.status) : !isTlsFailure(outcome.code)
}

/**
 * Whether an attempt that ended this way may still have been carried out by the API: its answer was lost (a reset,
 * a timeout) or a gateway failed after passing it on (5xx). A 429 or a request that never left the runner was not.
 */
export function mayHaveLanded(outcome: AttemptOutcome): boolean {
  return outcome.kind === 'response' ? outcome.status >= 500 : !NOT_SENT.has(outcome.code)
}

/**
 * @param attempt the attempt that just ended, counting from 1
 * @param random  a number in [0, 1) (Math.random in the action)
 */
export function decideRetry(
  outcome: AttemptOutcome,
  attempt: number,
  policy: RetryPolicy,
  now: number,
  random: number
): RetryDecision {
  if (!isRetryable(outcome)) return { kind: 'final' }
  if (attempt > policy.maxRetries) {
    return {
      kind: 'give-up',
      why:
        policy.maxRetries === 0 ? 'retries are disabled (max-retries: 0)' : `max-retries (${policy.maxRetries}) reached`
    }
  }
  const asked = outcome.kind === 'response' ? serverWait(outcome.headers, now) : undefined
  if (asked) {
    if (asked.ms > policy.maxServerWaitMs) {
      return {
        kind: 'give-up',
        why:
          `the server asked to wait ${formatSeconds(asked.ms)} (${asked.header}), ` +
          `more than the ${formatSeconds(policy.maxServerWaitMs)} this action waits at most`,
        serverWaitMs: asked.ms
      }
    }
    // A little jitter on top of what was asked (a tenth, at most 250 ms), so that parallel jobs do not come back in
    // the same millisecond.
    const jitter = Math.min(asked.ms * 0.1, 250) * random
    return {
      kind: 'retry',
      delayMs: Math.round(asked.ms + jitter),
      why: `${asked.header} asked ${formatSeconds(asked.ms)}`
    }
  }
  // Exponential backoff with "equal jitter": between half and all of the step.
  const step = Math.min(policy.maxBackoffMs, policy.baseDelayMs * 2 ** (attempt - 1))
  return { kind: 'retry', delayMs: Math.round(step / 2 + (step / 2) * random), why: 'exponential backoff' }
}

/** What the server asked for: `X-RateLimit-Reset` (seconds), else `Retry-After` (seconds or an HTTP date). */
export function serverWait(headers: HttpHeaders, now: number): { ms: number; header: string } | undefined {
  const reset = Number(header(headers, 'x-ratelimit-reset'))
  if (header(headers, 'x-ratelimit-reset') !== undefined && Number.isFinite(reset) && reset >= 0) {
    return { ms: reset * 1000, header: 'X-RateLimit-Reset' }
  }
  const retryAfter = header(headers, 'retry-after')
  if (retryAfter === undefined) return undefined
  if (/^\s*\d+(\.\d+)?\s*$/.test(retryAfter)) return { ms: Number(retryAfter) * 1000, header: 'Retry-After' }
  const date = Date.parse(retryAfter)
  return Number.isNaN(date) ? undefined : { ms: Math.max(0, date - now), header: 'Retry-After' }
}
