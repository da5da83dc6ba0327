/**
 * What the bundle gets instead of undici (tsconfig.json maps `undici` here; ncc follows that mapping).
 *
 * @actions/http-client imports undici's ProxyAgent at load, but uses it only in getAgentDispatcher(), the hook for
 * fetch-style clients. This action never calls it: every request goes through http-client's node:http path, whose
 * proxy support (HTTPS_PROXY, NO_PROXY) is the `tunnel` agent. Evaluating undici at start-up cost about 25 ms, a third
 * of the action's own time on top of the request (docs/benchmarks.md). __tests__/bundling.test.ts fails if a new
 * http-client starts using undici elsewhere, and the end-to-end proxy test proves proxying still works.
 */
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with this action: getAgentDispatcher() is not supported.')
  }
}
