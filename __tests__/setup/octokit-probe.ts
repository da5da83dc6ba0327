/**
 * Bundled with ncc by __tests__/bundling.test.ts, exactly as src/index.ts is: reaches Octokit through loadGitHub()
 * and makes one request to GITHUB_API_URL, then prints what happened as JSON on stdout.
 */
import { loadGitHub } from '../../src/bundling/github.js'

try {
  const { getOctokit } = await loadGitHub()
  const { status, data } = await getOctokit('probe-token').request('GET /repos/{owner}/{repo}', {
    owner: 'acme',
    repo: 'platform'
  })
  console.log(JSON.stringify({ status, data }))
} catch (error) {
  console.log(JSON.stringify({ error: String(error) }))
}
