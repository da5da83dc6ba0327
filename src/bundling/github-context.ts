/**
 * @actions/github's Context, without the Octokit client that its package entry builds at load: in the same
 * measurement as ./undici.ts, a bundle importing `context` from the package entry took 262 ms against 220 ms and was
 * 1,338 kB against 1,120 kB, for a job that only reads who ran it. The package exports only its entry, so the module
 * is reached by its path; @actions/github is a direct dependency, so npm places it at the top of node_modules.
 * Octokit itself, when needed, comes through loadGitHub() (./github.ts).
 */
export { Context } from '../../node_modules/@actions/github/lib/context.js'
