/**
 * What a step asks for, one sink org at a time, and the readers of its values, shared by the step's inputs
 * (settings.ts) and the entries of a list (manifest.ts), so that both accept and refuse exactly the same things.
 */
import { CONNECTION_TYPES, type ConnectionType, isConnectionType } from './datadog/model.js'
import { InputError } from './errors.js'
import { msg, type Message } from './message.js'
import { quotableInput } from './sites.js'

export const STATES = ['present', 'absent'] as const
export const IF_EXISTS = ['update', 'keep', 'fail'] as const
export type DesiredState = (typeof STATES)[number]
export type IfExists = (typeof IF_EXISTS)[number]

export interface Wish {
  /** Lower case. */
  sinkOrgId: string
  state: DesiredState
  /** Empty when state is absent and none were given. */
  connectionTypes: ConnectionType[]
  ifExists: IfExists
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** An org's UUID, lower-cased; `where` names the input or entry in the error. */
export function readUuid(value: string, where: Message): string {
  if (!UUID.test(value)) {
    throw new InputError(
      msg`Invalid ${where} '${quotableInput(value)}'. Expected the org's UUID, such as 83999dcd-7f97-11f0-8de1-1ecf66f1aa85 (Organization Settings in that org, or GET /api/v2/current_user), not its numeric public id or its name.`
    )
  }
  return value.toLowerCase()
}

/** `logs, metrics` or `logs metrics` or one per line; lower-cased, without duplicates. */
export function readConnectionTypes(value: string, where: Message): ConnectionType[] {
  const expected = () =>
    msg`Expected one or more of ${[...CONNECTION_TYPES]}, separated by commas, spaces or new lines.`
  const items = value
    .split(/[\s,]+/)
    .map(item => item.toLowerCase())
    .filter(item => item !== '')
  if (items.length === 0) throw new InputError(msg`Input ${where} is required. ${expected()}`)
  const unknown = items.filter(item => !isConnectionType(item))
  if (unknown.length > 0) {
    throw new InputError(msg`Invalid ${where}: unknown ${unknown.map(u => `'${quotableInput(u)}'`)}. ${expected()}`)
  }
  return [...new Set(items as ConnectionType[])]
}
