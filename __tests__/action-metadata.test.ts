/**
 * action.yml is the contract users read on the Marketplace: it must be valid, match what the code reads and sets
 * (nothing more, nothing less), and match the README, whose examples must be valid workflows that use only
 * declared inputs. The repository's own workflows are checked the same way, since they cannot run here.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { jest } from '@jest/globals'
import { validateAction, validateWorkflow } from '@action-validator/core'
import { parse } from 'yaml'
import { renderReadme } from '../scripts/docs.js'
import { actionDefaults, JOB_TOKEN } from '../scripts/runner.js'
import type { FailureReason } from '../src/errors.js'
import { parseManifest } from '../src/manifest.js'
import { words } from '../src/message.js'
import { OUTPUT_NAMES } from '../src/report/outputs.js'
import { readSettings, rawSecrets } from '../src/settings.js'

interface ActionYml {
  name: string
  description: string
  author: string
  branding: { icon: string; color: string }
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

const actionText = readFileSync('action.yml', 'utf8')
const action = parse(actionText) as ActionYml
const readme = readFileSync('README.md', 'utf8')
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

/** Every failure reason the code can give: the type makes this record list each one, and no other. */
const FAILURE_REASONS: Record<FailureReason, true> = {
  'invalid-input': true,
  'wrong-org': true,
  'plan-refused': true,
  'plan-changed': true,
  drift: true,
  'read-failed': true,
  'write-failed': true
}

describe('action.yml', () => {
  it('is valid action metadata', () => {
    // The validator's schema predates node24 (it knows node12, node16, node20): check the runtime separately.
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    const state = validateAction(actionText.replace('using: node24', 'using: node20'))
    expect(state.errors).toEqual([])
  })

  it('has what the Marketplace shows', () => {
    expect(action).toMatchObject({
      name: expect.any(String),
      description: expect.any(String),
      author: expect.any(String)
    })
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) })
  })

  it('has a description the Marketplace shows whole (fewer than 125 characters)', () => {
    expect(action.description.length).toBeLessThan(125)
    expect(action.description).not.toMatch(/\n/)
  })

  it('declares the approval gate, export and their outputs, off by default', () => {
    expect(action.inputs['approved-plan']).toEqual({ description: expect.any(String), required: false })
    expect(action.inputs['require-approval']).toMatchObject({ required: false, default: 'false' })
    expect(action.inputs.export).toMatchObject({ required: false, default: 'false' })
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(['failure-reason', 'connections-yaml']))
  })

  it('names every failure reason the code gives in failure-reason, and no other', () => {
    const named = action.outputs['failure-reason'].description.match(/\b[a-z]+(?:-[a-z]+)+\b|\bdrift\b/g) ?? []
    expect([...new Set(named)].sort()).toEqual(Object.keys(FAILURE_REASONS).sort())
  })

  it('declares exactly the inputs the code reads', async () => {
    const read = new Set<string>()
    const full = (name: string) => {
      read.add(name)
      return (
        (
          {
            'api-key': 'k'.repeat(32),
            'app-key': 'a'.repeat(40),
            'sink-org': '83999dcd-7f97-11f0-8de1-1ecf66f1aa85',
            'connection-types': 'logs'
          } as Record<string, string>
        )[name] ?? ''
      )
    }
    rawSecrets(full, {})
    await readSettings(full, {})
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort())
  })

  it('declares exactly the outputs the code sets', () => {
    expect([...OUTPUT_NAMES].sort()).toEqual(Object.keys(action.outputs).sort())
  })

  it('gives the runner harness (used by the demo without any install) the same defaults a YAML parser reads', () => {
    const declared = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, spec]) => spec.default !== undefined)
        .map(([name, spec]) => [name, String(spec.default)])
    )
    // The runner evaluates an expression default; the harness stands in for the job's token.
    expect(actionDefaults()).toEqual({ ...declared, 'github-token': JOB_TOKEN })
    expect(declared['github-token']).toBe('${{ github.token }}')
  })

  it('states each default in one place: the defaults the code uses', async () => {
    const { DEFAULTS } = await import('../src/settings.js')
    expect(action.inputs['if-exists'].default).toBe(DEFAULTS.ifExists)
    expect(action.inputs.state.default).toBe(DEFAULTS.state)
    expect(action.inputs['dry-run'].default).toBe(String(DEFAULTS.dryRun))
    expect(action.inputs['max-retries'].default).toBe(String(DEFAULTS.maxRetries))
    expect(action.inputs['timeout-seconds'].default).toBe(String(DEFAULTS.timeoutSeconds))
  })
})

// The validator warns that it does not check `paths:` globs; that is known and not a failure.
beforeAll(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined))

describe('README.md', () => {
  it('has the inputs and outputs tables generated from action.yml', async () => {
    await expect(renderReadme(readme, actionText)).resolves.toBe(readme)
  })

  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1])
  // Told apart by shape: a workflow has jobs, a list of connections is a list, an account file has orgs.
  const shapeOf = (block: string) => {
    const value = parse(block) as unknown
    if (Array.isArray(value)) return 'list'
    return typeof value === 'object' && value !== null && 'orgs' in value ? 'account' : 'workflow'
  }
  const lists = blocks.filter(block => shapeOf(block) === 'list')
  const accountFiles = blocks.filter(block => shapeOf(block) === 'account')
  const examples = blocks.filter(block => shapeOf(block) === 'workflow')

  it('has lists of connections that the action reads', async () => {
    expect(lists.length).toBeGreaterThanOrEqual(1)
    for (const list of lists) {
      await expect(parseManifest(list, words('README'), { state: 'present', ifExists: 'update' })).resolves.not.toEqual(
        []
      )
    }
  })

  it('has account files that the action reads as account files', async () => {
    expect(accountFiles.length).toBeGreaterThanOrEqual(1)
    for (const text of accountFiles) {
      await expect(
        parseManifest(text, words('README'), { state: 'present', ifExists: 'update' })
      ).resolves.toMatchObject({
        account: { governed: expect.arrayContaining([expect.any(String)]) }
      })
    }
  })

  it('has complete workflows as examples, each valid', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10)
    for (const example of examples) {
      expect({ example: example.split('\n')[0], errors: validateWorkflow(example).errors }).toEqual({
        example: example.split('\n')[0],
        errors: []
      })
    }
  })

  it('uses the action at the major version of package.json, with declared inputs only', () => {
    const major = `v${pkg.version.split('.')[0]}`
    let steps = 0
    for (const example of examples) {
      const workflow = parse(example) as {
        jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>
      }
      // A job that calls a reusable workflow has no steps: the workflow it calls is an example of its own.
      for (const job of Object.values(workflow.jobs)) {
        for (const step of job.steps ?? []) {
          if (!step.uses?.includes('datadog-org-connection')) continue
          steps++
          expect(step.uses).toBe(`your-org/datadog-org-connection@${major}`)
          for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input)
        }
      }
    }
    expect(steps).toBeGreaterThanOrEqual(8)
  })
})

describe('.github', () => {
  const workflows = readdirSync('.github/workflows').filter(f => f.endsWith('.yml'))

  it.each(workflows)('workflows/%s is a valid workflow', file => {
    expect(validateWorkflow(readFileSync(`.github/workflows/${file}`, 'utf8')).errors).toEqual([])
  })

  it.each(workflows)('workflows/%s pins every third-party action by full commit SHA', file => {
    const uses = [...readFileSync(`.github/workflows/${file}`, 'utf8').matchAll(/^\s*-?\s*uses:\s*(\S+)/gm)]
      .map(m => m[1])
      .filter(ref => !ref.startsWith('./'))
    for (const ref of uses) expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
  })

  it('has CI, a release workflow and Dependabot for npm and actions', () => {
    expect(workflows).toEqual(expect.arrayContaining(['ci.yml', 'release.yml']))
    const dependabot = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
      updates: { 'package-ecosystem': string }[]
    }
    expect(dependabot.updates.map(u => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm'])
  })
})
