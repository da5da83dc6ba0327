/** The action's version, sent in the User-Agent. A test keeps it equal to package.json's. */
export const VERSION = '1.0.0'
export const USER_AGENT = `datadog-org-connection-action/${VERSION}`
