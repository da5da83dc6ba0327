/** How durations and attempts are written in messages, the same for Datadog's requests and GitHub's. */

export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`
}

/** ` [3 attempts over 4.2 s; max-retries (2) reached]`, or nothing for a single attempt that nothing stopped. */
export function attemptsNote(attempts: number, elapsedMs: number, stoppedBecause?: string): string {
  if (attempts <= 1 && !stoppedBecause) return ''
  const tries = attempts === 1 ? '1 attempt' : `${attempts} attempts`
  return ` [${tries} over ${formatSeconds(elapsedMs)}${stoppedBecause ? `; ${stoppedBecause}` : ''}]`
}
