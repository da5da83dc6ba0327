import type { EntryOutcome } from '../../src/outcome.js'
import type { Plan } from '../../src/plan.js'
import { entryLine, warningsOf } from '../../src/report/sentences.js'
import { SINK, SOURCE_ORG } from '../fixtures/index.js'
import { existing, noAliases, outcome } from './helpers.js'

describe('entryLine', () => {
  it.each([
    {
      plan: { action: 'delete', sinkOrgId: SINK, connection: existing, pruned: true } as Plan,
      result: 'would-delete' as const,
      dryRun: true,
      line: `would-delete: Would delete connection ${existing.id} to sink org Acme Security (${SINK}) (types logs) because its sink org is not in the list (prune).`
    },
    {
      plan: { action: 'nothing-to-delete', sinkOrgId: SINK } as Plan,
      result: 'absent' as const,
      dryRun: false,
      line: `absent: No connection to sink org ${SINK} exists: nothing to delete.`
    },
    {
      plan: { action: 'unchanged', sinkOrgId: SINK, connection: existing } as Plan,
      result: 'unchanged' as const,
      dryRun: false,
      line: `unchanged: Connection ${existing.id} to sink org Acme Security (${SINK}) exists with types logs, as wanted: nothing to change.`
    },
    {
      plan: { action: 'adopt', sinkOrgId: SINK, connection: existing } as Plan,
      result: 'created' as const,
      dryRun: false,
      line: expect.stringContaining('the connection it made was found and adopted')
    }
  ])('$result: one line that says what was done', ({ plan, result, dryRun, line }) => {
    const connection = plan.action === 'nothing-to-delete' ? undefined : existing
    expect(entryLine({ plan, result, connection, notes: [] }, dryRun, noAliases).text()).toEqual(line)
  })

  it('names the org alias of an account file next to the name and id', () => {
    const entry: EntryOutcome = {
      plan: { action: 'unchanged', sinkOrgId: SINK, connection: existing },
      result: 'unchanged',
      connection: existing,
      notes: []
    }
    expect(entryLine(entry, false, id => (id === SINK ? 'security' : undefined)).text()).toContain(
      `to sink org security: Acme Security (${SINK})`
    )
  })
})

describe('warningsOf', () => {
  it('warns which types differ when if-exists keep left a connection alone', () => {
    const kept: Plan = {
      action: 'keep',
      sinkOrgId: SINK,
      connection: existing,
      difference: { from: ['logs'], to: ['audit'], added: ['audit'], removed: ['logs'] }
    }
    expect(
      warningsOf(outcome([{ plan: kept, result: 'unchanged', connection: existing, notes: [] }])).map(w => w.text())
    ).toEqual([
      `Connection ${existing.id} to sink org ${SINK} has types logs, not the wanted audit; it was left as it is because if-exists is 'keep'.`
    ])
  })

  it("warns when the keys are a person's, and not for a service account", () => {
    const person = outcome([], { identity: { orgId: SOURCE_ORG.id, serviceAccount: false } })
    expect(warningsOf(person).map(w => w.text())).toEqual([
      expect.stringMatching(/belongs to a person, not a service account/)
    ])
    expect(warningsOf(outcome([]))).toEqual([])
  })
})
