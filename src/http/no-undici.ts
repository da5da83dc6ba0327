/**
 * What the bundle's `undici` is (tsconfig.json maps the name here, and ncc follows the mapping for every module).
 *
 * @actions/http-client, which @actions/core imports too, imports undici at load but uses it only to build the
 * dispatcher of fetch-style clients, which this action never asks for: its requests take http-client's node:http
 * path (./request.ts). Evaluating undici costs every run about 60 ms (docs/benchmarks.md), so the bundle holds this
 * instead, and nothing in it can use undici.
 */
export class ProxyAgent {
  constructor() {
    throw new Error('undici is not bundled with this action: its requests go through node:http (src/http/request.ts)')
  }
}
