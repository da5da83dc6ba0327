/** Outcomes for the report tests: built as reconcile builds them, from plans and entries. */
import { planDigest, planDocument } from '../../src/digest.js'
import type { EntryOutcome, Outcome } from '../../src/outcome.js'
import { connection, SOURCE_ORG } from '../fixtures/index.js'

export const existing = connection({
  id: 'c0ffee00-0000-4000-8000-000000000001',
  createdAt: '2025-08-26T20:19:36.177236+00:00'
})

export const identity = { orgId: SOURCE_ORG.id, orgName: SOURCE_ORG.name, serviceAccount: true }

export function outcome(entries: EntryOutcome[], overrides: Partial<Outcome> = {}): Outcome {
  const document = planDocument(
    'https://api.datadoghq.eu',
    SOURCE_ORG.id,
    entries.map(e => e.plan)
  )
  return {
    dryRun: false,
    entries,
    identity,
    document,
    digest: planDigest(document),
    undeclared: [],
    otherOrgEntries: 0,
    gate: { kind: 'open' },
    notices: [],
    ...overrides
  }
}

export const noAliases = (): undefined => undefined
