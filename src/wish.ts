/**
 * What a step asks for, one sink org at a time, and the reader of an org's UUID, shared by the step's inputs
 * (settings.ts) and the entries of a list (src/inputs/), so that both accept and refuse exactly the same things.
 */
import { InputError } from './errors.js'
import { type Message, msg, words } from './message.js'
import { quotableInput } from './sites.js'
import { isUuid } from './uuid.js'

export const STATES = ['present', 'absent'] as const
export const IF_EXISTS = ['update', 'keep', 'fail'] as const
export type DesiredState = (typeof STATES)[number]
export type IfExists = (typeof IF_EXISTS)[number]

export interface Wish {
  /** Lower case. */
  sinkOrgId: string
  state: DesiredState
  /** Lower case: the types this version knows, and lower-case identifiers it does not (warned). Empty when absent. */
  connectionTypes: string[]
  ifExists: IfExists
  /** Set by an account file only: the entry applies only to keys of this org (lower case). */
  sourceOrgId?: string
  /** The org aliases of an account file, for people: the summary, the log and `results`. */
  sinkAlias?: string
  sourceAlias?: string
  /** Where the wish was written, for messages: `connections-file x.yml, entry 3 (line 12)`. */
  where?: string
}

const EXAMPLE_UUID = '83999dcd-7f97-11f0-8de1-1ecf66f1aa85'
/** What an org UUID looks like and where to find it: the end of every message refusing one. */
export const UUID_ADVICE = words(
  `Expected the org's UUID, such as ${EXAMPLE_UUID} (Organization Settings in that org, or GET /api/v2/current_user), ` +
    'not its numeric public id or its name.'
)

/** An org's UUID, lower-cased; `where` names the input or entry in the error. */
export function readUuid(value: string, where: Message): string {
  if (!isUuid(value)) throw new InputError(msg`Invalid ${where} '${quotableInput(value)}'. ${UUID_ADVICE}`)
  return value.toLowerCase()
}
