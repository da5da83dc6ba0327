import { readFileSync } from 'node:fs'
import { USER_AGENT, VERSION } from '../src/version.js'

describe('version', () => {
  it('matches package.json, and names the action in the User-Agent', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
    expect(VERSION).toBe(pkg.version)
    expect(USER_AGENT).toBe(`datadog-org-connection-action/${pkg.version}`)
  })
})
