/**
 * The action's version, sent in the User-Agent: package.json's, read at build time (ncc inlines the JSON module into
 * the bundle, so nothing is read at run time).
 */
import pkg from '../package.json' with { type: 'json' }

export const VERSION: string = pkg.version
export const USER_AGENT = `datadog-org-connection-action/${VERSION}`
