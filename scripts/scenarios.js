/**
 * The scenarios whose request counts are budgets: the benchmark reports them with their wall time, and
 * __tests__/budgets.test.ts holds CI to the counts (the minimum each one needs).
 */
import { SINK_ORGS } from './stand-in.js'

const SINK = SINK_ORGS[0].id

/**
 * @type {{ name: string, inputs: Record<string, string>, setup: (standIn: any) => unknown, result: string,
 *   requests: string[], minimumMs?: number }[]}
 */
export const SCENARIOS = [
  { name: 'fresh create', inputs: {}, setup: () => {}, result: 'created', requests: ['POST'] },
  {
    name: 're-run, unchanged',
    inputs: {},
    setup: standIn => standIn.seed({ sinkOrgId: SINK, types: ['logs'] }),
    result: 'unchanged',
    requests: ['POST', 'GET']
  },
  {
    name: 'update',
    inputs: { 'connection-types': 'logs audit' },
    setup: standIn => standIn.seed({ sinkOrgId: SINK, types: ['logs'] }),
    result: 'updated',
    requests: ['POST', 'GET', 'PATCH']
  },
  {
    name: 'delete',
    inputs: { state: 'absent' },
    setup: standIn => standIn.seed({ sinkOrgId: SINK, types: ['logs'] }),
    result: 'deleted',
    requests: ['GET', 'GET', 'DELETE']
  },
  {
    name: 'dry run of an update',
    inputs: { 'connection-types': 'metrics', 'dry-run': 'true' },
    setup: standIn => standIn.seed({ sinkOrgId: SINK, types: ['logs'] }),
    result: 'would-update',
    requests: ['GET', 'GET']
  },
  {
    name: 'one 429 with X-RateLimit-Reset: 2',
    inputs: {},
    setup: standIn =>
      standIn.fault({ status: 429, headers: { 'x-ratelimit-reset': '2' }, body: { errors: ['Too many requests'] } }),
    result: 'created',
    requests: ['POST', 'POST'],
    /** The least time the scenario can take: what the server asked. */
    minimumMs: 2000
  }
]
