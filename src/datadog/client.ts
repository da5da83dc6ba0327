/** The four org-connection operations of Datadog's v2 API, over the retrying transport. */
import type { ConnectionType, OrgConnection } from './model.js'
import { parseConnectionDocument, parseConnectionPage } from './model.js'
import {
  type ErrorContext,
  type Operation,
  apiError,
  describeOperation,
  unusableAnswer,
  DatadogApiError
} from './errors.js'
import type { DatadogTransport } from './transport.js'

const CONNECTIONS_PATH = '/api/v2/org_connections'
const PAGE_SIZE = 1000
const MAX_PAGES = 1000

export type CreateResult =
  | { kind: 'created'; connection: OrgConnection }
  /** 409: a connection to this sink org exists. `mayBeOurs`: an earlier attempt whose answer was lost may have made it. */
  | { kind: 'exists'; mayBeOurs: boolean }

export type DeleteResult = 'deleted' | 'already-gone'

export class OrgConnectionsClient {
  constructor(
    private readonly transport: DatadogTransport,
    private readonly context: ErrorContext
  ) {}

  /** Every connection to `sinkOrgId`, reading all pages; only exact sink-org matches are kept. */
  async listToSink(sinkOrgId: string): Promise<OrgConnection[]> {
    const found: OrgConnection[] = []
    let offset = 0
    for (let page = 0; page < MAX_PAGES; page++) {
      const path = `${CONNECTIONS_PATH}?sink_org_id=${encodeURIComponent(sinkOrgId)}&limit=${PAGE_SIZE}&offset=${offset}`
      const operation: Operation = { kind: 'list', method: 'GET', path }
      const response = await this.transport.request('GET', path)
      if (response.status !== 200) throw apiError(operation, response, this.context)
      const parsed = parseConnectionPage(parseJson(response.body))
      if (!parsed) throw unusableList(operation, response.status)
      found.push(...parsed.connections)
      offset += parsed.received
      const done =
        parsed.received === 0 ||
        (parsed.totalFiltered !== undefined ? offset >= parsed.totalFiltered : parsed.received < PAGE_SIZE)
      if (done) return found.filter(c => c.sinkOrg?.id.toLowerCase() === sinkOrgId)
    }
    throw new DatadogApiError(
      `Listing the connections did not end after ${MAX_PAGES} pages; Datadog's paging looks broken. Re-run later.`,
      200
    )
  }

  async create(sinkOrgId: string, types: ConnectionType[]): Promise<CreateResult> {
    const operation: Operation = { kind: 'create', method: 'POST', path: CONNECTIONS_PATH }
    const response = await this.transport.request('POST', CONNECTIONS_PATH, {
      data: {
        type: 'org_connection',
        attributes: { connection_types: types },
        relationships: { sink_org: { data: { type: 'orgs', id: sinkOrgId } } }
      }
    })
    if (response.status === 409) return { kind: 'exists', mayBeOurs: response.earlierAttemptMayHaveLanded }
    return { kind: 'created', connection: this.connectionFrom(operation, response) }
  }

  async update(id: string, types: ConnectionType[]): Promise<OrgConnection> {
    const path = `${CONNECTIONS_PATH}/${encodeURIComponent(id)}`
    const operation: Operation = { kind: 'update', method: 'PATCH', path, id }
    const response = await this.transport.request('PATCH', path, {
      data: { type: 'org_connection', id, attributes: { connection_types: types } }
    })
    return this.connectionFrom(operation, response)
  }

  /** A 404 means the connection is gone: deleted by a retried attempt of ours, or by someone else first. */
  async delete(id: string): Promise<DeleteResult> {
    const path = `${CONNECTIONS_PATH}/${encodeURIComponent(id)}`
    const response = await this.transport.request('DELETE', path)
    if (response.status === 200 || response.status === 204) return 'deleted'
    if (response.status === 404) return response.earlierAttemptMayHaveLanded ? 'deleted' : 'already-gone'
    throw apiError({ kind: 'delete', method: 'DELETE', path, id }, response, this.context)
  }

  private connectionFrom(
    operation: Operation,
    response: Awaited<ReturnType<DatadogTransport['request']>>
  ): OrgConnection {
    if (response.status !== 200) throw apiError(operation, response, this.context)
    const connection = parseConnectionDocument(parseJson(response.body))
    if (!connection) throw unusableAnswer(operation, response)
    return connection
  }
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body)
  } catch {
    return undefined
  }
}

function unusableList(operation: Operation, status: number): DatadogApiError {
  return new DatadogApiError(
    `Datadog answered ${status} when ${describeOperation(operation)}, but not with a list of connections. ` +
      'A proxy or gateway may have answered instead of Datadog: check api-url and the proxy settings.',
    status
  )
}
