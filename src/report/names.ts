/** How people see an org: its alias (from an account file) and name next to its id. Pure. */
import type { OrgRef } from '../datadog/model.js'
import { type Message, msg } from '../message.js'
import type { Settings } from '../settings.js'

/** An org id -> its alias in the account file, if any. */
export type Aliases = (orgId: string | undefined) => string | undefined

export function aliasesOf(settings: Settings): Aliases {
  const target = settings.target
  const byId = new Map<string, string>()
  if (target.kind === 'list' && target.account) {
    for (const [alias, id] of Object.entries(target.account.aliases)) byId.set(id.toLowerCase(), alias)
  }
  return orgId => (orgId === undefined ? undefined : byId.get(orgId.toLowerCase()))
}

/** `alias: Name (id)`, `Name (id)`, `alias (id)` or `id`: what the answer and the file give. */
export function orgName(ref: OrgRef | undefined, id: string, alias?: string): Message {
  const name = ref?.name
  if (alias && name) return msg`${alias}: ${name} (${id})`
  if (alias || name) return msg`${(alias ?? name) as string} (${id})`
  return msg`${id}`
}
