/**
 * @actions/github (Octokit), loaded when needed, in chunks of its own: first the real undici, handed to the stand-ins
 * of ./undici.ts, then the package, whose module evaluation already builds a ProxyAgent when HTTPS_PROXY applies to
 * the GitHub API. Import @actions/github nowhere else (statically, it would bring the whole client into the main
 * chunk; before this, its undici would be the throwing stand-ins).
 */
import { provideUndici, type Undici } from './undici.js'

export async function loadGitHub(): Promise<typeof import('@actions/github')> {
  // By path: the name `undici` is mapped to ./undici.ts for the bundle. A CommonJS module: its exports are `default`.
  const undici = (await import('../../node_modules/undici/index.js')) as unknown as { default: Undici }
  provideUndici(undici.default)
  return import('@actions/github')
}
