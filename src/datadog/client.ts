/**
 * The org-connection operations of Datadog's v2 API, and who the keys belong to, over the retrying transport.
 * A write Datadog confirmed (2xx) is reported as done with what its answer says; anything odd about the answer is a
 * note for people, never a failure. Only what would make a decision or a write wrong fails, naming the field.
 */
import { join, msg, words, type Message } from '../message.js'
import {
  type ConnectionFields,
  type CurrentUser,
  type OrgConnection,
  connectionResource,
  isUuid,
  parseConnectionPage,
  parseCurrentUser,
  readConnectionFields
} from './model.js'
import { type ErrorContext, type Operation, apiError, createdWithoutId, unexpectedAnswer } from './advice.js'
import type { ApiResponse, DatadogTransport } from './transport.js'

export type { CurrentUser } from './model.js'

const CONNECTIONS_PATH = '/api/v2/org_connections'
const CURRENT_USER_PATH = '/api/v2/current_user'

/** Connections to one sink org, or made by one source org. Org ids are opaque, compared without regard to case. */
export type ListFilter = { sinkOrgId: string } | { sourceOrgId: string }

/** How far one listing may go: past these, the listing fails instead of using unbounded time or memory. */
export interface ListingLimits {
  /** `limit` asked of each page (Datadog's maximum). */
  pageSize: number
  /** Pages read at most. */
  maxPages: number
  /** Connections kept at most. */
  maxMatches: number
}

export const LISTING_LIMITS: ListingLimits = { pageSize: 1000, maxPages: 100, maxMatches: 10_000 }

/** A confirmed write: the connection as Datadog's answer describes it, and what was odd about that answer. */
export interface Written {
  connection: OrgConnection
  /** For people (warnings): the write happened, but its answer differs from what was asked or leaves things out. */
  notes: Message[]
}

export type CreateResult =
  | ({ kind: 'created' } & Written)
  /** 409: a connection to this sink org exists. `mayBeOurs`: an earlier attempt whose answer was lost may have made it. */
  | { kind: 'exists'; mayBeOurs: boolean }

export type UpdateResult = Written

export type DeleteResult = 'deleted' | 'already-gone'

type Transport = Pick<DatadogTransport, 'request'>

export class OrgConnectionsClient {
  constructor(
    private readonly transport: Transport,
    private readonly context: ErrorContext,
    private readonly limits: ListingLimits = LISTING_LIMITS
  ) {}

  /**
   * Every connection that does not contradict `filter`, reading all pages, each id once. One naming another org on
   * the filtered side is dropped (whatever the server's filtering); one that does not name that side is KEPT, for the
   * caller to decide. Broken paging, more than `maxPages` pages or `maxMatches` kept connections end the listing.
   */
  async list(filter: ListFilter): Promise<OrgConnection[]> {
    const [param, wanted, side] =
      'sinkOrgId' in filter
        ? (['sink_org_id', filter.sinkOrgId, 'sinkOrg'] as const)
        : (['source_org_id', filter.sourceOrgId, 'sourceOrg'] as const)
    if (wanted === '') throw new TypeError('An empty org id cannot filter a listing.')
    const wantedId = wanted.toLowerCase()
    const seen = new Set<string>()
    const kept: OrgConnection[] = []
    let offset = 0
    let last: PageRead | undefined
    for (let page = 1; page <= this.limits.maxPages; page++) {
      last = await this.readPage(`${CONNECTIONS_PATH}?${param}=${encodeURIComponent(wanted)}`, offset)
      if (last.received > this.limits.pageSize) throw this.oversizedPage(last)
      let added = 0
      for (const connection of last.connections) {
        const id = connection.id.toLowerCase()
        if (seen.has(id)) continue
        seen.add(id)
        added++
        const named = connection[side]?.id.toLowerCase()
        if (named !== undefined && named !== wantedId) continue
        if (kept.length >= this.limits.maxMatches) throw this.tooMany(last)
        kept.push(connection)
      }
      offset += last.received
      const { received, totalFiltered } = last
      // Without a total (meta is optional), only an empty page says the listing is over: a short page does not.
      if (received === 0 || (totalFiltered !== undefined && offset >= totalFiltered)) return kept
      if (added === 0) throw brokenPaging(last, offset - received)
    }
    throw endless(last as PageRead, this.limits.maxPages, kept.length)
  }

  private async readPage(base: string, offset: number): Promise<PageRead> {
    const path = `${base}&limit=${this.limits.pageSize}&offset=${offset}`
    const operation: Operation = { kind: 'list', method: 'GET', path }
    const response = await this.transport.request('GET', path)
    if (!isSuccess(response.status)) throw apiError(operation, response, this.context)
    const parsed = parseConnectionPage(parseJson(response.body))
    if (!parsed.ok) {
      throw unexpectedAnswer(operation, response, msg`not with a usable list of connections: ${parsed.problem}`)
    }
    return { operation, response, ...parsed.value }
  }

  /** More items than the page asked for: read no further, so that what a listing holds in memory stays bounded. */
  private oversizedPage({ operation, response, received }: PageRead): Error {
    const what = `a page of ${received} connections, more than the ${this.limits.pageSize} it asked for`
    return unexpectedAnswer(operation, response, words(what), { quoteBody: false })
  }

  private tooMany({ operation, response }: PageRead): Error {
    const what = `the listing holds more than ${this.limits.maxMatches} connections, more than this action reads`
    return unexpectedAnswer(operation, response, words(what), { quoteBody: false })
  }

  /**
   * A 2xx is a create that happened: the connection as the answer describes it, filled with what was asked where
   * the answer leaves the types or the sink org out. Only an answer without a usable connection id fails: the
   * connection may exist, and a re-run adopts it.
   */
  async create(sinkOrgId: string, types: readonly string[]): Promise<CreateResult> {
    const operation: Operation = { kind: 'create', method: 'POST', path: CONNECTIONS_PATH, sinkOrgId }
    const response = await this.transport.request('POST', CONNECTIONS_PATH, {
      data: {
        type: 'org_connection',
        attributes: { connection_types: [...types] },
        relationships: { sink_org: { data: { type: 'orgs', id: sinkOrgId } } }
      }
    })
    if (response.status === 409) return { kind: 'exists', mayBeOurs: response.earlierAttemptMayHaveLanded }
    if (!isSuccess(response.status)) throw apiError(operation, response, this.context)
    const resource = connectionResource(parseJson(response.body))
    const fields = resource ? readConnectionFields(resource) : {}
    const id = fields.id
    if (id === undefined)
      throw createdWithoutId(operation, response, fields.idProblem ?? words('data is not an object'))
    const written = describeWrite('create', { ...fields, id }, types)
    const sink = written.connection.sinkOrg
    if (!sink) written.connection.sinkOrg = { id: sinkOrgId }
    else if (sink.id.toLowerCase() !== sinkOrgId.toLowerCase()) {
      written.notes.push(
        msg`Datadog's answer to the create of connection ${id} names sink org ${sink.id}, not ${sinkOrgId} as asked.`
      )
    }
    const missing = leftOut(written.connection)
    if (missing.length > 0) {
      written.notes.push(
        msg`Datadog's answer to the create of connection ${id} did not give ${join(missing, ', ')}; the connection was created.`
      )
    }
    return { kind: 'created', ...written }
  }

  /**
   * A 2xx is an update that happened. PATCH answers are thin (org ids without names): that is normal. An answer
   * about another connection, or with no usable id, is a note, and the connection is reported as asked.
   */
  async update(id: string, types: readonly string[]): Promise<UpdateResult> {
    const connectionId = checkedId(id)
    const path = `${CONNECTIONS_PATH}/${connectionId}`
    const operation: Operation = { kind: 'update', method: 'PATCH', path, id: connectionId }
    const response = await this.transport.request('PATCH', path, {
      data: { type: 'org_connection', id: connectionId, attributes: { connection_types: [...types] } }
    })
    if (!isSuccess(response.status)) throw apiError(operation, response, this.context)
    const resource = connectionResource(parseJson(response.body))
    const asked: OrgConnection = { id: connectionId, connectionTypes: [...types] }
    const about = (problem: Message) =>
      msg`Datadog's answer to the update of connection ${connectionId} ${problem}: its types are reported as asked.`
    if (!resource) return { connection: asked, notes: [about(words('held no connection'))] }
    const fields = readConnectionFields(resource)
    // No id at all is a thin answer about this connection; an unusable or another id is not about it.
    const problem =
      resource.id === undefined
        ? undefined
        : fields.id === undefined
          ? fields.idProblem
          : fields.id.toLowerCase() !== connectionId.toLowerCase()
            ? msg`describes connection ${fields.id}`
            : undefined
    if (problem) return { connection: asked, notes: [about(problem)] }
    return describeWrite('update', { ...fields, id: connectionId }, types)
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

interface PageRead {
  operation: Operation
  response: ApiResponse
  connections: OrgConnection[]
  received: number
  totalFiltered?: number
}

function brokenPaging({ operation, response }: PageRead, at: number): Error {
  const what = `its page at offset ${at} holds only connections of earlier pages while more were announced`
  const why = words(`${what}: the paging is broken (the offset may be ignored)`)
  return unexpectedAnswer(operation, response, why, { quoteBody: false })
}

function endless({ operation, response }: PageRead, maxPages: number, kept: number): Error {
  const pages = maxPages === 1 ? '1 page' : `${maxPages} pages`
  const what = `the listing did not end after ${pages} (${kept} connections kept so far): the paging looks broken`
  return unexpectedAnswer(operation, response, words(what), { quoteBody: false })
}

/**
 * The connection a confirmed write reports: the answer's fields, its types where usable (else those asked), and a
 * note when the types are unusable or differ (as sets) from those asked.
 */
function describeWrite(
  write: 'create' | 'update',
  fields: ConnectionFields & { id: string },
  asked: readonly string[]
): Written {
  const { id, connectionTypes, typesProblem, createdAt, sourceOrg, sinkOrg, createdBy } = fields
  const notes: Message[] = []
  const answer = words(`Datadog's answer to the ${write} of connection`)
  if (typesProblem) notes.push(msg`${answer} ${id}: ${typesProblem}; its types are reported as asked (${[...asked]}).`)
  else if (connectionTypes && !sameSet(connectionTypes, asked)) {
    notes.push(
      msg`${answer} ${id} gives types ${connectionTypes}, not ${[...asked]} as asked; reported as Datadog gave them.`
    )
  }
  const connection: OrgConnection = { id, connectionTypes: connectionTypes ?? [...asked] }
  if (createdAt !== undefined) connection.createdAt = createdAt
  if (sourceOrg) connection.sourceOrg = sourceOrg
  if (sinkOrg) connection.sinkOrg = sinkOrg
  if (createdBy) connection.createdBy = createdBy
  return { connection, notes }
}

/** What a create's answer left out that the outputs report (the creator is used by nothing: never missed). */
function leftOut(c: OrgConnection): Message[] {
  const missing: string[] = []
  if (!c.sourceOrg) missing.push('the source org')
  else if (c.sourceOrg.name === undefined) missing.push("the source org's name")
  if (c.sinkOrg?.name === undefined) missing.push("the sink org's name")
  if (c.createdAt === undefined) missing.push('created_at')
  return missing.map(words)
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a.map(t => t.toLowerCase()))
  const right = new Set(b.map(t => t.toLowerCase()))
  return left.size === right.size && [...left].every(t => right.has(t))
}

const isSuccess = (status: number): boolean => status >= 200 && status < 300

/**
 * A connection id about to go into a path: a UUID (so nothing to encode). The ids given here are ids the client
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
