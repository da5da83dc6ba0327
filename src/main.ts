/**
 * run(): mask the keys, read the settings, reconcile, report. The only place that fails the step:
 * everything below it throws, and what must not fail the job becomes a warning.
 */
import * as core from '@actions/core'
import { reconcile, PlanRefusedError } from './apply.js'
import { Context } from './bundling/github-context.js'
import { OrgConnectionsClient } from './datadog/client.js'
import { DatadogApiError, UnexpectedAnswerError } from './datadog/errors.js'
import { DEFAULT_POLICY } from './datadog/retry.js'
import { DatadogTransport, TransportError, type Logger } from './datadog/transport.js'
import { InputError } from './input-error.js'
import { type Redact, redactor } from './redact.js'
import { failureSummaryOf, outputsOf, summaryOf, warningsOf, planSentence, type RunContext } from './report.js'
import { type InputReader, rawSecrets, readSettings } from './settings.js'
import { USER_AGENT } from './version.js'

export async function run(): Promise<void> {
  const input: InputReader = name => core.getInput(name)
  let redact: Redact = text => text
  try {
    // Mask first: the runner hides a secret only in lines printed after its mask.
    const secrets = rawSecrets(input, process.env)
    for (const secret of secrets) core.setSecret(secret)
    redact = redactor(secrets)
    const log = loggerWith(redact)

    const settings = readSettings(input, process.env)
    settings.warnings.forEach(w => log.warning(w))
    log.debug(
      `Target ${settings.baseUrl}, sink org ${settings.sinkOrgId}, state ${settings.state}, dry-run ${settings.dryRun}`
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
    const outcome = await reconcile(client, settings, Date.now)

    for (const [name, value] of Object.entries(outputsOf(outcome, settings))) core.setOutput(name, redact(value))
    warningsOf(outcome).forEach(w => log.warning(w))
    log.info(`${outcome.result}: ${planSentence(outcome.plan, outcome.dryRun).replace(/`/g, '')}`)
    await writeSummary(redact(summaryOf(outcome, settings, runContext())), log)
  } catch (error) {
    const message = redact(failureMessage(error))
    core.setFailed(message)
    if (process.env.GITHUB_STEP_SUMMARY) {
      await writeSummary(failureSummaryOf(message), loggerWith(redact))
    }
  }
}

function failureMessage(error: unknown): string {
  if (
    error instanceof InputError ||
    error instanceof DatadogApiError ||
    error instanceof UnexpectedAnswerError ||
    error instanceof PlanRefusedError
  )
    return error.message
  // Its message already says what was tried and what to do.
  if (error instanceof TransportError) return error.message
  const err = error instanceof Error ? error : new Error(String(error))
  core.debug(err.stack ?? err.message)
  return `Unexpected error: ${err.message}. Re-run with step debug logging on and report it if it persists.`
}

function loggerWith(redact: Redact): Logger {
  return {
    debug: message => core.debug(redact(message)),
    info: message => core.info(redact(message)),
    warning: message => core.warning(redact(message))
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

/** Who ran the step, for the summary: read after the request, so a large event payload never delays it. */
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
