/**
 * What the bundle's `undici` is: tsconfig.json maps the name here, and ncc follows the mapping for every module.
 *
 * @actions/http-client (which @actions/core imports too) imports undici at load, but uses it only to build the
 * dispatcher of fetch-style clients; this action's requests go through http-client's node:http path. Leaving undici
 * out pays: one create, whole process, 15 interleaved runs on a 2-core machine (2026-11-25): 160 ms with this against
 * 220 ms without (fastest runs; medians 211 and 308 ms on that busy machine; a bare node:http script: 131 ms), and
 * dist/index.js is 188 kB against 1,120 kB. `npm run bench` measures it again.
 *
 * So the main chunk holds no undici, and these two forwarders stand in for it. Octokit (@actions/github) needs the
 * real one, ProxyAgent included, for HTTPS_PROXY: reach it only through loadGitHub() (./github.ts), which loads
 * undici in its own chunk and hands it over here before @actions/github is evaluated. Used before that, they throw.
 * __tests__/bundling.test.ts checks that nothing bundled imports another name from undici, and runs Octokit from a
 * bundle through a proxy.
 */
import type { fetch as realFetch, ProxyAgent as RealProxyAgent } from '../../node_modules/undici/index.js'

export interface Undici {
  ProxyAgent: typeof RealProxyAgent
  fetch: typeof realFetch
}

let real: Undici | undefined

/** Called by loadGitHub() with the real undici. */
export function provideUndici(undici: Undici): void {
  real = undici
}

function undici(): Undici {
  if (!real)
    throw new Error('undici is not loaded: reach @actions/github through loadGitHub() (src/bundling/github.ts).')
  return real
}

export class ProxyAgent {
  constructor(...args: ConstructorParameters<typeof RealProxyAgent>) {
    // A constructor may return another object: callers get a real ProxyAgent.
    return new (undici().ProxyAgent)(...args)
  }
}

export const fetch: typeof realFetch = (...args) => undici().fetch(...args)
