/** A connection's outcome in words: the log line of each connection, and the failures listed in the summary. Pure. */
import { changeOf } from '../digest.js'
import { type Message, msg, words } from '../message.js'
import type { EntryOutcome, Outcome } from '../outcome.js'
import type { TypeChange } from '../plan.js'
import { type Aliases, orgName } from './names.js'

/** The log line of one connection, as it is done. */
export function entryLine(entry: EntryOutcome, dryRun: boolean, aliases: Aliases): Message {
  return msg`${words(entry.result)}: ${entrySentence(entry, dryRun, aliases)}`
}

/** What was added and what removed: `+audit -metrics`. */
export function delta(change: Pick<TypeChange, 'added' | 'removed'>): string[] {
  return [...change.added.map(t => `+${t}`), ...change.removed.map(t => `-${t}`)]
}

export function entrySentence(entry: EntryOutcome, dryRun: boolean, aliases: Aliases): Message {
  const { plan } = entry
  const verb = (would: string, did: string): Message => words(dryRun ? would : did)
  const to = msg`to sink org ${orgName(entry.connection?.sinkOrg, plan.sinkOrgId, aliases(plan.sinkOrgId))}`
  // Only a write fails, so the plan's change is a create, an update or a delete.
  if (entry.error) return msg`Failed to ${words(changeOf(plan).action)} the connection ${to}: ${entry.error.detail}`
  switch (plan.action) {
    case 'create':
      return msg`${verb('Would create', 'Created')} a connection ${to} with types ${plan.to}.`
    case 'adopt':
      return msg`Created a connection ${to} with types ${plan.connection.connectionTypes} ${words(ADOPTED)}.`
    case 'update':
      return msg`${verb('Would update', 'Updated')} connection ${plan.connection.id} ${to}: ${fromTo(plan.change)}.`
    case 'unchanged':
      return msg`Connection ${plan.connection.id} ${to} exists with types ${plan.connection.connectionTypes}, as wanted: nothing to change.`
    case 'keep':
      return msg`Connection ${plan.connection.id} ${to} exists with types ${plan.difference.from} (wanted ${plan.difference.to}); ${words(KEPT)}.`
    case 'delete':
      if (entry.result === 'absent')
        return msg`Connection ${plan.connection.id} ${to} was already gone: nothing to delete.`
      return msg`${verb('Would delete', 'Deleted')} connection ${plan.connection.id} ${to} ${typesOf(plan)}${words(plan.pruned ? PRUNED : '')}.`
    case 'nothing-to-delete':
      return msg`No connection ${to} exists: nothing to delete.`
  }
}

const fromTo = (change: TypeChange): Message => msg`types ${change.from} -> ${change.to} (${delta(change)})`
const typesOf = (plan: { connection: { connectionTypes: string[] } }): Message =>
  msg`(types ${plan.connection.connectionTypes})`
const KEPT = 'left as it is (if-exists: keep)'
const ADOPTED = "(an earlier attempt's answer was lost; the connection it made was found and adopted)"
const PRUNED = ' because its sink org is not in the list (prune)'

/** Warnings the outcome deserves (the run itself may have succeeded): odd answers to writes, kept differences. */
export function warningsOf(outcome: Outcome): Message[] {
  const warnings: Message[] = []
  if (outcome.identity && !outcome.identity.serviceAccount) warnings.push(words(PERSON_KEY))
  for (const entry of outcome.entries) {
    warnings.push(...entry.notes)
    if (entry.plan.action === 'keep') {
      const { connection, sinkOrgId, difference } = entry.plan
      const kept = msg`Connection ${connection.id} to sink org ${sinkOrgId} has types ${difference.from}`
      warnings.push(msg`${kept}, not the wanted ${difference.to}; it was left as it is because if-exists is 'keep'.`)
    }
  }
  return warnings
}

const PERSON_KEY =
  "The application key belongs to a person, not a service account: Datadog deletes a person's org connections " +
  "when that person is deactivated. Use a service account's application key."
