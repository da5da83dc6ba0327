/** Shared by the tests: a transport and client on the stand-in, with a clock that records waits instead of sleeping. */
import { DatadogTransport, type Clock, type Logger } from '../src/datadog/transport.js'
import { OrgConnectionsClient } from '../src/datadog/client.js'
import { DEFAULT_POLICY } from '../src/datadog/retry.js'
import { KEYS, SINK_ORGS } from '../scripts/stand-in.js'

export const SINK = SINK_ORGS[0].id
export const OTHER_SINK = SINK_ORGS[1].id

export interface FakeClock extends Clock {
  waits: number[]
}

/** Real time for `now` (to measure), but `sleep` returns at once and records what was asked. */
export function fakeClock(random = 0.5): FakeClock {
  const waits: number[] = []
  let skipped = 0
  return {
    waits,
    now: () => Date.now() + skipped,
    sleep: async ms => {
      waits.push(ms)
      skipped += ms
    },
    random: () => random
  }
}

export interface RecordingLogger extends Logger {
  lines: string[]
}

export function recordingLogger(): RecordingLogger {
  const lines: string[] = []
  return {
    lines,
    debug: m => lines.push(`debug: ${m}`),
    info: m => lines.push(`info: ${m}`),
    warning: m => lines.push(`warning: ${m}`)
  }
}

export function clientFor(
  url: string,
  {
    maxRetries = 5,
    timeoutMs = 2000,
    clock = fakeClock(),
    log = recordingLogger()
  }: { maxRetries?: number; timeoutMs?: number; clock?: Clock; log?: Logger } = {}
) {
  const transport = new DatadogTransport({
    baseUrl: url,
    apiKey: KEYS.api,
    appKey: KEYS.app,
    userAgent: 'test-agent/1',
    timeoutMs,
    policy: { ...DEFAULT_POLICY, maxRetries },
    log,
    clock
  })
  return { transport, client: new OrgConnectionsClient(transport, { siteLabel: 'stand-in' }) }
}
