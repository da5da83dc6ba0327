/**
 * The one UUID pattern of the action: org ids in inputs and lists, and connection ids in Datadog's answers. It
 * imports nothing, so that any layer (the inputs and the Datadog model alike) may use it without a cycle.
 */

/** A UUID in any case, as Datadog writes connection ids and org ids. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value)
}
