/**
 * Refused inputs that the end-to-end suite used to spawn the bundle for, one row each, beside those of
 * settings.test.ts: the bundle's own refusal (one error, no stack, exit 1, nothing sent) is proven once, by
 * e2e/create.test.ts.
 */
import { InputError } from '../src/errors.js'
import { readSettings } from '../src/settings.js'
import { KEYS, OTHER_SINK, SINK } from './fixtures/index.js'

const valid = { 'api-key': KEYS.api, 'app-key': KEYS.app, 'sink-org': SINK, 'connection-types': 'logs' }
const read = (inputs: Record<string, string>) => readSettings(name => (inputs[name] ?? '').trim(), {})

describe('readSettings refuses, before any request', () => {
  it.each([
    [{ 'sink-org': `${SINK},${OTHER_SINK}` }, /Invalid sink-org/],
    [{ 'timeout-seconds': '-1' }, /Invalid timeout-seconds '-1'/],
    [{ 'api-url': 'http://example.com:8080' }, /Invalid api-url 'http:\/\/example\.com:8080'/],
    [{ 'api-url': 'https://u:p4ssw0rd@gw.example.com' }, /^Invalid api-url 'https:\/\/\*\*\*@gw\.example\.com'/]
  ])('%j', async (override, message) => {
    const error = await read({ ...valid, ...override }).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toContain('p4ssw0rd')
  })
})
