/**
 * run(): mask the secrets, read the settings, reconcile, report. The only place that fails the step: everything
 * below it throws, and what must not fail the job becomes a warning.
 */
import * as core from '@actions/core'
import { type Outcome, planWords, reconcile } from './apply.js'
import { Context } from './bundling/github-context.js'
import { OrgConnectionsClient } from './datadog/client.js'
import { DEFAULT_POLICY } from './datadog/retry.js'
import { DatadogTransport, type Logger } from './datadog/transport.js'
import { describeFailure } from './errors.js'
import { type Message, join, logLine, msg, oneLine, words } from './message.js'
import { type Redact, redactor } from './redact.js'
import { changed, entryLine, failureSummaryOf, outputsOf, summaryOf, warningsOf, type RunContext } from './report.js'
import { type InputReader, type Settings, rawSecrets, readSettings } from './settings.js'
import { USER_AGENT } from './version.js'

/** Longer than any line of ours; a line is cut only if something else went wrong. */
const MAX_LOG_LINE_CHARS = 8_000
const MAX_FAILURE_CHARS = 16_000

export async function run(): Promise<void> {
  const input: InputReader = name => core.getInput(name)
  let redact: Redact = text => text
  try {
    // Mask first: the runner hides a secret only in lines printed after its mask.
    const secrets = rawSecrets(input, process.env)
    for (const secret of secrets) core.setSecret(secret)
    redact = redactor(secrets)
    const log = loggerWith(redact)

    const settings = await readSettings(input, process.env)
    settings.warnings.forEach(w => log.warning(w.text()))
    log.debug(
      `Target ${settings.baseUrl}, ${settings.target.kind === 'single' ? 'one connection' : `a list (${settings.target.wishes.length})`}, dry-run ${settings.dryRun}`
    )

    const transport = new DatadogTransport({
      baseUrl: settings.baseUrl,
      apiKey: settings.apiKey,
      appKey: settings.appKey,
      userAgent: USER_AGENT,
      timeoutMs: settings.timeoutMs,
      policy: { ...DEFAULT_POLICY, maxRetries: settings.maxRetries },
      log
    })
    const client = new OrgConnectionsClient(transport, { siteLabel: settings.siteLabel })
    const outcome = await reconcile(client, settings, {
      now: Date.now,
      done: entry => log.info(entryLine(entry, settings.dryRun).text())
    })

    for (const [name, value] of Object.entries(outputsOf(outcome, settings))) core.setOutput(name, redact(value))
    warningsOf(outcome).forEach(w => log.warning(w.text()))
    const markdown = redact(summaryOf(outcome, settings, runContext()))
    await writeSummary(markdown, log)
    if (settings.commentOnPr) await commentOnPullRequest(markdown, settings, log)
    const failure = failureOf(outcome, settings)
    if (failure) core.setFailed(capped(redact(failure.text())))
  } catch (error) {
    const { detail } = describeFailure(error, line => core.debug(redact(line)))
    core.setFailed(capped(redact(detail.text())))
    await writeSummary(redact(failureSummaryOf(detail)), loggerWith(redact))
  }
}

/**
 * The plan where reviewers look: one comment per workflow, job, step and target, updated on re-runs. A comment that
 * cannot be written is a warning: the plan itself succeeded. Octokit is loaded only here.
 */
async function commentOnPullRequest(markdown: string, settings: Settings, log: Logger): Promise<void> {
  const { commentMarker, commentTargetOf, pullRequestOf, upsertPlanComment } = await import('./github/comment.js')
  const pr = pullRequestOf(process.env)
  if (!pr) {
    log.info(
      `comment-on-pr: this run is not for a pull request (event ${process.env.GITHUB_EVENT_NAME ?? 'unknown'}); no comment written.`
    )
    return
  }
  if (!settings.githubToken) {
    log.warning(
      'comment-on-pr is true but github-token is empty: no comment written. Pass github-token: ${{ github.token }}.'
    )
    return
  }
  const target = settings.target.kind === 'single' ? settings.target.wish.sinkOrgId : settings.target.origin
  try {
    const written = await upsertPlanComment({
      token: settings.githubToken,
      apiUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      pr,
      marker: commentMarker(commentTargetOf(process.env, target)),
      body: markdown,
      timeoutMs: settings.timeoutMs
    })
    // The URL comes from GitHub's answer: a value like any other.
    log.info(msg`Pull-request comment ${words(written.action)}${written.url ? msg`: ${written.url}` : msg``}.`.text())
  } catch (error) {
    log.warning(
      msg`Could not write the pull-request comment: ${error instanceof Error ? error.message : String(error)}`.text()
    )
  }
}

/** What fails a step whose outcome was reported: writes that failed, or drift in a drift check. */
function failureOf(outcome: Outcome, settings: Settings): Message | undefined {
  const failed = outcome.entries.filter(entry => entry.error)
  if (failed.length > 0) {
    if (settings.target.kind === 'single') return failed[0].error
    const lines = failed.map(entry => msg`sink org ${entry.plan.sinkOrgId}: ${entry.error ?? msg``}`)
    return msg`${failed.length} of ${outcome.entries.length} connections failed; the others were applied (see results).\n${join(lines, '\n')}`
  }
  if (settings.failOnDrift && changed(outcome)) {
    const drifted = outcome.entries.filter(entry => entry.result.startsWith('would-'))
    return msg`Drift: ${drifted.length} connection(s) differ from what is declared and would change: ${join(
      drifted.map(entry => planWords(entry.plan)),
      '; '
    )}. Run the step without dry-run to converge them, or update what is declared.`
  }
  return undefined
}

/** The failure annotation: a few lines at most, whatever went into it (each of its values is cut already). */
function capped(text: string): string {
  return text.length > MAX_FAILURE_CHARS
    ? `${text.slice(0, MAX_FAILURE_CHARS)}... [cut: ${text.length} characters in all]`
    : text
}

/** Every line the action prints passes here: secrets blanked, one line, no control character, no forged command. */
function loggerWith(redact: Redact): Logger {
  const line = (text: string): string => logLine(oneLine(redact(text), MAX_LOG_LINE_CHARS))
  return {
    debug: message => core.debug(line(message)),
    info: message => core.info(line(message)),
    warning: message => core.warning(line(message))
  }
}

async function writeSummary(markdown: string, log: Logger): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    log.debug('GITHUB_STEP_SUMMARY is not set: no job summary written.')
    return
  }
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    log.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** Who ran the step, for the summary: read after the requests, so a large event payload never delays them. */
function runContext(): RunContext {
  const context = new Context()
  const repository = process.env.GITHUB_REPOSITORY
  return {
    repository,
    workflow: context.workflow || undefined,
    actor: context.actor || undefined,
    runUrl: repository && context.runId ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}` : undefined
  }
}
