/**
 * @actions/github's Context, without the Octokit client that its package entry loads at start-up (about 10 ms and
 * 200 kB of bundle for a job that only reads who ran it). The package exports only its entry, so the module is
 * reached by its path; @actions/github is a direct dependency, so npm places it at the top of node_modules.
 */
export { Context } from '../../node_modules/@actions/github/lib/context.js'
