/**
 * Answers lost or garbled on the way back, at the client over real HTTP with a clock that does not sleep: the
 * end-to-end suite keeps one lost create (faults.test.ts); these are the other writes.
 */
import { DatadogError } from '../../src/errors.js'
import { clientFor, SINK, useStandIn } from '../fixtures/index.js'

const standIn = useStandIn()

describe('a write whose answer does not come back whole', () => {
  it('a PATCH whose answer is lost is sent again, and the connection ends with the wanted types', async () => {
    const existing = standIn.current.seed({ sinkOrgId: SINK, types: ['logs'] })
    standIn.current.fault({ method: 'PATCH', drop: 'after' })
    await clientFor(standIn.current.url).client.update(existing.id, ['metrics'])
    expect(standIn.current.calls()).toEqual(Array(2).fill(`PATCH /api/v2/org_connections/${existing.id}`))
    expect(existing.types).toEqual(['metrics'])
  })

  it('malformed JSON in a 200 to a create: a Datadog error saying the answer is not a usable connection', async () => {
    standIn.current.fault({
      method: 'POST',
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"data": {"id": "x", '
    })
    const error = await clientFor(standIn.current.url)
      .client.create(SINK, ['logs'])
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DatadogError)
    expect((error as Error).message).toMatch(
      /answered 200 when creating the connection .*named no usable connection .*re-run the step, which finds it and adopts it/
    )
  })
})
