/**
 * run(): mask the secrets, read the settings, reconcile, report. The only place that fails the step: everything
 * below it throws or returns an outcome, and what must not fail the job (the summary, the comment) is a warning.
 */
import * as core from '@actions/core'
import { appendFileSync } from 'node:fs'
import { type ConnectionsApi, reconcile } from './apply.js'
import { OrgConnectionsClient } from './datadog/client.js'
import type { CurrentUser } from './datadog/model.js'
import { DEFAULT_POLICY } from './datadog/retry.js'
import { DatadogTransport, type Logger } from './datadog/transport.js'
import { type Failure, DriftError, describeFailure } from './errors.js'
import { type RunnerContext, readRunnerContext } from './github/context.js'
import { changesInWords } from './approval.js'
import { logLine, msg, oneLine, words } from './message.js'
import { type Outcome, failureOf } from './outcome.js'
import { type Redact, redactor } from './redact.js'
import { aliasesOf } from './report/names.js'
import { changed, outputsOf } from './report/outputs.js'
import { entryLine, warningsOf } from './report/sentences.js'
import { COMMENT_BUDGET, SUMMARY_BUDGET, failureSummaryOf, summaryOf } from './report/summary.js'
import { type InputReader, type Settings, rawSecrets, readSettings } from './settings.js'
import { USER_AGENT } from './version.js'

/** Results of a connection that took a write (or tried to): its line goes out at once, as progress. */
const WROTE: ReadonlySet<string> = new Set(['created', 'updated', 'deleted', 'failed'])

/** Longer than any line of ours; a line is cut only if something else went wrong. */
const MAX_LOG_LINE_CHARS = 8_000
const MAX_FAILURE_CHARS = 16_000

export async function run(): Promise<void> {
  const input: InputReader = name => core.getInput(name)
  let redact: Redact = text => text
  let settings: Settings | undefined
  // Who the keys belong to, once read: a run that fails after it comments under the same marker as its plan did.
  const seen: { identity?: CurrentUser } = {}
  try {
    // Mask first: the runner hides a secret only in lines printed after its mask.
    const secrets = rawSecrets(input, process.env)
    for (const secret of secrets) core.setSecret(secret)
    redact = redactor(secrets)
    settings = await readSettings(input, process.env)
    await reconcileAndReport(settings, redact, seen)
  } catch (error) {
    const failure = describeFailure(error, line => core.debug(redact(line)))
    core.setOutput('failure-reason', failure.reason)
    core.setFailed(capped(redact(failure.detail.text())))
    const markdown = redact(failureSummaryOf(failure))
    const log = loggerWith(redact)
    writeSummary(markdown, log)
    if (settings?.commentOnPr) await comment(markdown, settings, seen.identity, { log, redact })
  }
}

async function reconcileAndReport(settings: Settings, redact: Redact, seen: { identity?: CurrentUser }): Promise<void> {
  const log = loggerWith(redact)
  settings.warnings.forEach(w => log.warning(w.text()))
  log.debug(`Target ${settings.baseUrl}, ${describeTarget(settings)}, dry-run ${settings.dryRun}`)
  const aliases = aliasesOf(settings)
  // One log line per connection, as it is done; lines of connections that needed no write go out together.
  const pending: string[] = []
  const flush = (): void => {
    if (pending.length > 0) core.info(pending.splice(0).join('\n'))
  }
  const outcome = await reconcile(remembering(clientFor(settings, log, redact), seen), settings, {
    now: Date.now,
    done: entry => {
      pending.push(log.line(entryLine(entry, settings.dryRun, aliases).text()))
      if (WROTE.has(entry.result)) flush()
    }
  }).finally(flush)
  const failure = failureOf(outcome, settings.target.kind === 'list') ?? driftOf(outcome, settings)
  for (const [name, value] of Object.entries(outputsOf(outcome, settings, aliases, failure))) {
    core.setOutput(name, redact(value))
  }
  outcome.notices.forEach(n => log.info(n.text()))
  warningsOf(outcome).forEach(w => log.warning(w.text()))
  if (outcome.exported) logExport(outcome.exported, log)
  // Read after the requests, so that a large event payload never delays them.
  const runner = readRunnerContext()
  const report = { outcome, settings, aliases, failure }
  writeSummary(redact(summaryOf({ ...report, run: runner, budget: SUMMARY_BUDGET })), log, runner.summaryPath)
  if (settings.commentOnPr) {
    await comment(
      redact(summaryOf({ ...report, budget: COMMENT_BUDGET })),
      settings,
      outcome.identity,
      { log, redact },
      runner
    )
  }
  if (failure) core.setFailed(capped(redact(failure.detail.text())))
}

function describeTarget({ target }: Settings): string {
  if (target.kind === 'single') return 'one connection'
  return target.kind === 'export' ? 'export' : `a list (${target.wishes.length})`
}

function clientFor(settings: Settings, log: Logger, redact: Redact): OrgConnectionsClient {
  const transport = new DatadogTransport({
    baseUrl: settings.baseUrl,
    apiKey: settings.apiKey,
    appKey: settings.appKey,
    userAgent: USER_AGENT,
    timeoutMs: settings.timeoutMs,
    policy: { ...DEFAULT_POLICY, maxRetries: settings.maxRetries },
    log,
    redact
  })
  return new OrgConnectionsClient(transport, { siteLabel: settings.siteLabel })
}

/** The client, noting who the keys belong to as soon as Datadog says. */
function remembering(client: OrgConnectionsClient, seen: { identity?: CurrentUser }): ConnectionsApi {
  return {
    currentUser: async () => (seen.identity = await client.currentUser()),
    list: filter => client.list(filter),
    create: (sinkOrgId, types) => client.create(sinkOrgId, types),
    update: (id, types) => client.update(id, types),
    delete: id => client.delete(id)
  }
}

/** A drift check fails when anything would change; connections kept because prune is off are not drift. */
function driftOf(outcome: Outcome, settings: Settings): Failure | undefined {
  if (!settings.failOnDrift || !changed(outcome)) return undefined
  const changes = outcome.document.changes.filter(c => c.action !== 'none')
  const kept = outcome.undeclared.length
  const note = kept
    ? msg` (${kept} connection(s) not in the list are kept because prune is off: they are not drift)`
    : words('')
  const error = new DriftError(
    msg`Drift: ${changes.length} connection(s) differ from what is declared and would change: ${changesInWords(changes)}${note}. ${words(
      'Run the step without dry-run to converge them, or update what is declared.'
    )}`
  )
  return { detail: error.detail, reason: error.reason }
}

function logExport(exported: NonNullable<Outcome['exported']>, log: Logger): void {
  exported.left.forEach(m => log.warning(m.text()))
  log.info(
    exported.yaml
      ? `Exported ${exported.connections} connection(s): see the connections-yaml output and the job summary.`
      : 'This org has no connections of its own: nothing to export.'
  )
}

/**
 * The plan where reviewers look: one comment per workflow, job, step, target and org, updated on re-runs (a failed
 * run says so in it). A comment that cannot be written is a warning: the plan itself succeeded or failed on its own.
 * The GitHub calls are a chunk of their own, loaded only here.
 */
async function comment(
  markdown: string,
  settings: Settings,
  identity: CurrentUser | undefined,
  { log, redact }: { log: Logger; redact: Redact },
  runner: RunnerContext = readRunnerContext()
): Promise<void> {
  const pr = runner.pullRequest
  if (!pr) {
    log.info(
      msg`comment-on-pr: this run is not for a pull request (event ${runner.eventName ?? 'unknown'}); no comment written.`.text()
    )
    return
  }
  if (!settings.githubToken) {
    log.warning(
      'comment-on-pr is true but github-token is empty: no comment written. Pass github-token: ${{ github.token }}.'
    )
    return
  }
  const { commentMarker, commentTargetOf, upsertPlanComment } = await import('./github/comment.js')
  const { target } = settings
  const what = target.kind === 'single' ? target.wish.sinkOrgId : target.kind === 'list' ? target.origin : 'export'
  const org = identity?.orgId.toLowerCase() ?? settings.sourceOrg?.id ?? settings.siteLabel
  try {
    const written = await upsertPlanComment({
      token: settings.githubToken,
      apiUrl: runner.apiUrl,
      pr,
      marker: commentMarker(commentTargetOf(runner, what, org)),
      body: markdown,
      timeoutMs: settings.timeoutMs,
      redact
    })
    // The URL comes from GitHub's answer: a value like any other.
    log.info(msg`Pull-request comment ${words(written.action)}${written.url ? msg`: ${written.url}` : msg``}.`.text())
  } catch (error) {
    const { detail } = describeFailure(error, line => log.debug(line))
    log.warning(msg`Could not write the pull-request comment: ${detail}`.text())
  }
}

/** The failure annotation: a few lines at most, whatever went into it (each of its values is cut already). */
function capped(text: string): string {
  return text.length > MAX_FAILURE_CHARS
    ? `${text.slice(0, MAX_FAILURE_CHARS)}... [cut: ${text.length} characters in all]`
    : text
}

/** Every line the action prints passes here: secrets blanked, one line, no control character, no forged command. */
function loggerWith(redact: Redact): Logger & { line(text: string): string } {
  const line = (text: string): string => logLine(oneLine(redact(text), MAX_LOG_LINE_CHARS))
  return {
    line,
    debug: message => core.debug(line(message)),
    info: message => core.info(line(message)),
    warning: message => core.warning(line(message))
  }
}

/**
 * Appends to the job summary file, as core.summary does, but at once: the toolkit's asynchronous write waited on
 * whatever else the event loop held, which cost a list of 100 about 10 ms at the very end of the step.
 */
function writeSummary(markdown: string, log: Logger, path = readRunnerContext().summaryPath): void {
  if (!path) {
    log.debug('GITHUB_STEP_SUMMARY is not set: no job summary written.')
    return
  }
  try {
    appendFileSync(path, `${markdown}\n`, 'utf8')
  } catch (error) {
    log.warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`)
  }
}
