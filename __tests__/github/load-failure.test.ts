/** A bundle that cannot load Octokit (say, a dependency left out) gives a CommentError, not a crash of the step. */
import { jest } from '@jest/globals'
import { GITHUB_TOKEN, PULL_REQUEST } from '../../scripts/github-stand-in.js'

jest.unstable_mockModule('@actions/github', () => {
  throw new Error(`undici is not bundled with this action (${GITHUB_TOKEN})`)
})
const { CommentError } = await import('../../src/errors.js')
const { upsertPlanComment } = await import('../../src/github/comment.js')

describe('upsertPlanComment when Octokit cannot be loaded', () => {
  it('throws a CommentError that says so, without the token', async () => {
    const error = await upsertPlanComment({
      token: GITHUB_TOKEN,
      apiUrl: 'http://127.0.0.1:9',
      pr: PULL_REQUEST,
      marker: '<!-- m -->',
      body: 'plan'
    }).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(CommentError)
    expect((error as Error).message).toBe(
      'could not load the GitHub client (Octokit): undici is not bundled with this action (***)'
    )
  })
})
