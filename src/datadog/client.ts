/** The org-connection operations of Datadog's v2 API, and who the keys belong to, over the retrying transport. */
import { msg, words, type Message } from '../message.js'
import type { ConnectionType, CurrentUser, OrgConnection } from './model.js'
import { documentId, isUuid, parseConnectionDocument, parseConnectionPage, parseCurrentUser } from './model.js'
import { type ErrorContext, type Operation, apiError, unexpectedAnswer } from './errors.js'
import type { ApiResponse, DatadogTransport } from './transport.js'

const CONNECTIONS_PATH = '/api/v2/org_connections'
const CURRENT_USER_PATH = '/api/v2/current_user'

/** Connections to one sink org, or made by one source org. Ids are UUIDs (compared without regard to case). */
export type ListFilter = { sinkOrgId: string } | { sourceOrgId: string }

/** How far one listing may go: past these, the listing fails instead of using unbounded time or memory. */
export interface ListingLimits {
  /** `limit` asked of each page (Datadog's maximum). */
  pageSize: number
  /** Pages read at most. */
  maxPages: number
  /** Matching connections kept at most. */
  maxMatches: number
}

export const LISTING_LIMITS: ListingLimits = { pageSize: 1000, maxPages: 100, maxMatches: 10_000 }

export type CreateResult =
  /**
   * `incomplete`: the connection was created (the answer names its id), but the rest of the answer was unusable;
   * `connection` then holds the id, the types asked for and the sink org, and `incomplete` says what was wrong.
   */
  | { kind: 'created'; connection: OrgConnection; incomplete?: Message }
  /** 409: a connection to this sink org exists. `mayBeOurs`: an earlier attempt whose answer was lost may have made it. */
  | { kind: 'exists'; mayBeOurs: boolean }

export type DeleteResult = 'deleted' | 'already-gone'

export class OrgConnectionsClient {
  constructor(
    private readonly transport: DatadogTransport,
    private readonly context: ErrorContext,
    private readonly limits: ListingLimits = LISTING_LIMITS
  ) {}

  /**
   * Every connection that matches `filter`, reading all pages. Only exact matches are kept (whatever the server's
   * filtering), each id once. A page that adds no connection not seen before, while more were announced, ends the
   * listing with an UnexpectedAnswerError, as do more than `maxPages` pages or `maxMatches` matches.
   */
  async list(filter: ListFilter): Promise<OrgConnection[]> {
    const [param, wanted, side] =
      'sinkOrgId' in filter
        ? (['sink_org_id', filter.sinkOrgId, 'sinkOrg'] as const)
        : (['source_org_id', filter.sourceOrgId, 'sourceOrg'] as const)
    const wantedId = checkedId(wanted).toLowerCase()
    const { pageSize, maxPages, maxMatches } = this.limits
    const seen = new Set<string>()
    const kept: OrgConnection[] = []
    let offset = 0
    let last: { operation: Operation; response: ApiResponse } | undefined
    for (let page = 1; page <= maxPages; page++) {
      const path = `${CONNECTIONS_PATH}?${param}=${wanted}&limit=${pageSize}&offset=${offset}`
      const operation: Operation = { kind: 'list', method: 'GET', path }
      const response = await this.transport.request('GET', path)
      last = { operation, response }
      if (!isSuccess(response.status)) throw apiError(operation, response, this.context)
      const parsed = parseConnectionPage(parseJson(response.body))
      if (!parsed.ok) {
        throw unexpectedAnswer(operation, response, msg`not with a usable list of connections: ${parsed.problem}`)
      }
      const { connections, received, totalFiltered } = parsed.value
      let added = 0
      for (const connection of connections) {
        const id = connection.id.toLowerCase()
        if (seen.has(id)) continue
        seen.add(id)
        added++
        if (connection[side]?.id.toLowerCase() !== wantedId) continue
        if (kept.length >= maxMatches) {
          throw unexpectedAnswer(
            operation,
            response,
            words(`the listing holds more than ${maxMatches} matching connections, more than this action reads`),
            { quoteBody: false }
          )
        }
        kept.push(connection)
      }
      offset += received
      const done = received === 0 || (totalFiltered !== undefined ? offset >= totalFiltered : received < pageSize)
      if (done) return kept
      if (added === 0) {
        throw unexpectedAnswer(
          operation,
          response,
          words(
            `its page at offset ${offset - received} holds only connections of earlier pages while more were announced: the paging is broken (the offset may be ignored)`
          ),
          { quoteBody: false }
        )
      }
    }
    // maxPages >= 1, so `last` is set.
    const { operation, response } = last as { operation: Operation; response: ApiResponse }
    throw unexpectedAnswer(
      operation,
      response,
      words(
        `the listing did not end after ${maxPages === 1 ? '1 page' : `${maxPages} pages`} (${kept.length} matching connections so far): the paging looks broken`
      ),
      { quoteBody: false }
    )
  }

  async create(sinkOrgId: string, types: ConnectionType[]): Promise<CreateResult> {
    const sink = checkedId(sinkOrgId)
    const operation: Operation = { kind: 'create', method: 'POST', path: CONNECTIONS_PATH, sinkOrgId: sink }
    const response = await this.transport.request('POST', CONNECTIONS_PATH, {
      data: {
        type: 'org_connection',
        attributes: { connection_types: types },
        relationships: { sink_org: { data: { type: 'orgs', id: sink } } }
      }
    })
    if (response.status === 409) return { kind: 'exists', mayBeOurs: response.earlierAttemptMayHaveLanded }
    if (!isSuccess(response.status)) throw apiError(operation, response, this.context)
    const body = parseJson(response.body)
    const parsed = parseConnectionDocument(body)
    if (parsed.ok) {
      const other = mismatch(parsed.value, types, sink)
      // Something was created, but not what was asked: say so rather than report success.
      if (other) throw unexpectedAnswer(operation, response, msg`describing another connection than asked: ${other}`)
      return { kind: 'created', connection: parsed.value }
    }
    // The connection exists now: report it by its id, even when the rest of the answer is unusable.
    const id = documentId(body)
    if (id === undefined) throw unexpectedAnswer(operation, response, notAConnection(parsed.problem))
    return {
      kind: 'created',
      connection: {
        id,
        connectionTypes: [...types],
        sinkOrg: { id: sink },
        raw: {
          type: 'org_connection',
          id,
          attributes: { connection_types: [...types] },
          relationships: { sink_org: { data: { type: 'orgs', id: sink } } }
        }
      },
      incomplete: msg`Datadog's answer to the create named connection ${id} but was otherwise unusable (${parsed.problem}); its types and sink org are reported as asked.`
    }
  }

  async update(id: string, types: ConnectionType[]): Promise<OrgConnection> {
    const connectionId = checkedId(id)
    const path = `${CONNECTIONS_PATH}/${connectionId}`
    const operation: Operation = { kind: 'update', method: 'PATCH', path, id: connectionId }
    const response = await this.transport.request('PATCH', path, {
      data: { type: 'org_connection', id, attributes: { connection_types: types } }
    })
    if (!isSuccess(response.status)) throw apiError(operation, response, this.context)
    const parsed = parseConnectionDocument(parseJson(response.body))
    if (!parsed.ok) throw unexpectedAnswer(operation, response, notAConnection(parsed.problem))
    if (parsed.value.id.toLowerCase() !== connectionId.toLowerCase()) {
      throw unexpectedAnswer(operation, response, msg`with another connection: ${parsed.value.id}`, {
        quoteBody: false
      })
    }
    const other = mismatch(parsed.value, types)
    if (other) throw unexpectedAnswer(operation, response, msg`describing other types than asked: ${other}`)
    return parsed.value
  }

  /** A 404 means the connection is gone: deleted by a retried attempt of ours, or by someone else first. */
  async delete(id: string): Promise<DeleteResult> {
    const connectionId = checkedId(id)
    const path = `${CONNECTIONS_PATH}/${connectionId}`
    const response = await this.transport.request('DELETE', path)
    if (isSuccess(response.status)) return 'deleted'
    if (response.status === 404) return response.earlierAttemptMayHaveLanded ? 'deleted' : 'already-gone'
    throw apiError({ kind: 'delete', method: 'DELETE', path, id: connectionId }, response, this.context)
  }

  /** The org the keys belong to (and whether the application key is a service account's). */
  async currentUser(): Promise<CurrentUser> {
    const operation: Operation = { kind: 'current-user', method: 'GET', path: CURRENT_USER_PATH }
    const response = await this.transport.request('GET', CURRENT_USER_PATH)
    if (!isSuccess(response.status)) throw apiError(operation, response, this.context)
    const parsed = parseCurrentUser(parseJson(response.body))
    // Not quoted: the body names a person (email, handle), and logs are public.
    if (!parsed.ok) {
      throw unexpectedAnswer(operation, response, msg`not with a usable user: ${parsed.problem}`, { quoteBody: false })
    }
    return parsed.value
  }
}

/** What an answer to a write says that differs from what was asked (types as sets; the sink org when named). */
function mismatch(connection: OrgConnection, types: readonly string[], sinkOrgId?: string): Message | undefined {
  const asked = new Set(types.map(t => t.toLowerCase()))
  const got = new Set(connection.connectionTypes.map(t => t.toLowerCase()))
  if (asked.size !== got.size || [...asked].some(t => !got.has(t))) {
    return msg`types ${connection.connectionTypes}, not ${[...types]}`
  }
  const sink = connection.sinkOrg?.id.toLowerCase()
  if (sinkOrgId !== undefined && sink !== undefined && sink !== sinkOrgId.toLowerCase()) {
    return msg`sink org ${sink}, not ${sinkOrgId}`
  }
  return undefined
}

function notAConnection(problem: Message): Message {
  return msg`not with a usable org connection: ${problem}`
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300
}

/**
 * An id about to go into a path: a UUID (so nothing to encode). The ids given here are validated inputs or ids the client
 * itself returned (already checked), so a failure is a bug of the caller, said plainly.
 */
function checkedId(id: string): string {
  if (!isUuid(id)) throw new TypeError(msg`Not a UUID, so not sent to Datadog: ${id}`.text())
  return id
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body)
  } catch {
    return undefined
  }
}
