/**
 * Workflows people copy from the README (and this repository's own) must never put an expression inside a `run:`
 * script. The runner pastes `${{ ... }}` into the script before the shell reads it, so an output that carries an org
 * name (chosen by another org's admin) would run as shell code. Outputs reach scripts through `env:` instead.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { isPair, isScalar, isSeq, parseDocument, visit, type Pair, type Scalar } from 'yaml'

interface Finding {
  path: string
  expression: string
}

const EXPRESSION = /\$\{\{[\s\S]*?\}\}/g

/** `jobs.connect.steps[1].run`: where a finding is, for the failure message. */
function where(path: readonly unknown[]): string {
  let text = ''
  path.forEach((node, i) => {
    const child = path[i + 1]
    if (isPair(node) && isScalar(node.key)) text += `${text ? '.' : ''}${String(node.key.value)}`
    if (isSeq(node)) text += `[${node.items.indexOf(child as never)}]`
  })
  return text
}

/**
 * Every expression inside the value of a `run` key, wherever the key sits (a job's steps, a reusable workflow's
 * steps). Walking the parsed document, not the text, so block scalars, folded scalars and flow maps all count.
 */
function expressionsInRunScripts(text: string): Finding[] {
  const doc = parseDocument(text)
  if (doc.errors.length) throw new Error(`not YAML: ${doc.errors[0].message}`)
  const findings: Finding[] = []
  visit(doc, {
    Pair(_key, pair: Pair, path) {
      if (!isScalar(pair.key) || pair.key.value !== 'run' || !isScalar(pair.value)) return
      const script = String((pair.value as Scalar).value)
      for (const match of script.matchAll(EXPRESSION))
        findings.push({ path: where([...path, pair]), expression: match[0] })
    }
  })
  return findings
}

/** The README's fenced YAML blocks, each named by its first line (a workflow's name, a file's path). */
function yamlBlocks(markdown: string): { title: string; text: string }[] {
  return [...markdown.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map(match => ({
    title: match[1].split('\n')[0],
    text: match[1]
  }))
}

const isWorkflow = (text: string) => {
  const value = parseDocument(text).toJS() as unknown
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'jobs' in value
}

describe('the check itself', () => {
  it('finds an output pasted into a one-line run script and into a block script', () => {
    const bad = `
name: Bad
on: workflow_dispatch
jobs:
  connect:
    runs-on: ubuntu-latest
    steps:
      - id: connect
        uses: your-org/datadog-org-connection@v1
      - run: echo "sink=\${{ steps.connect.outputs.sink-org-name }}"
      - name: Record
        run: |
          echo "start"
          echo "id: \${{steps.connect.outputs.connection-id}}"
`
    expect(expressionsInRunScripts(bad)).toEqual([
      { path: 'jobs.connect.steps[1].run', expression: '${{ steps.connect.outputs.sink-org-name }}' },
      { path: 'jobs.connect.steps[2].run', expression: '${{steps.connect.outputs.connection-id}}' }
    ])
  })

  it('finds one in a folded script and in a flow map', () => {
    const bad = `
on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - { run: 'echo \${{ github.event.pull_request.title }}' }
      - run: >
          gh issue create
          --title "\${{ needs.plan.outputs.plan }}"
`
    expect(expressionsInRunScripts(bad).map(f => f.expression)).toEqual([
      '${{ github.event.pull_request.title }}',
      '${{ needs.plan.outputs.plan }}'
    ])
  })

  it('accepts outputs passed through env:, and expressions in with:, if: and env:', () => {
    const good = `
on: workflow_dispatch
jobs:
  connect:
    runs-on: ubuntu-latest
    if: \${{ github.ref == 'refs/heads/main' }}
    steps:
      - id: connect
        uses: your-org/datadog-org-connection@v1
        with:
          api-key: \${{ secrets.DD_API_KEY }}
      - env:
          SINK_NAME: \${{ steps.connect.outputs.sink-org-name }}
        run: echo "sink=$SINK_NAME"
`
    expect(expressionsInRunScripts(good)).toEqual([])
  })

  it('reads every YAML block of a Markdown text, and tells workflows from lists', () => {
    const markdown = [
      '```yaml\n- sink-org: 83999dcd-7f97-11f0-8de1-1ecf66f1aa85\n  connection-types: [logs]\n```',
      '```yml\nname: One\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n```',
      '```sh\nnpm test\n```'
    ].join('\n\n')
    const blocks = yamlBlocks(markdown)
    expect(blocks.map(b => b.title)).toEqual(['- sink-org: 83999dcd-7f97-11f0-8de1-1ecf66f1aa85', 'name: One'])
    expect(blocks.map(b => isWorkflow(b.text))).toEqual([false, true])
  })
})

describe('README.md', () => {
  // Every block, not only the workflows: a snippet of steps must not teach the injection either.
  const blocks = yamlBlocks(readFileSync('README.md', 'utf8'))

  it('has workflows to check', () => {
    expect(blocks.filter(b => isWorkflow(b.text)).length).toBeGreaterThanOrEqual(10)
  })

  it.each(blocks.map(b => [b.title, b.text]))('%s passes outputs to scripts through env: only', (_title, text) => {
    expect(expressionsInRunScripts(text)).toEqual([])
  })
})

describe('.github/workflows', () => {
  const files = readdirSync('.github/workflows').filter(file => /\.ya?ml$/.test(file))

  it.each(files)('%s passes values to scripts through env: only', file => {
    expect(expressionsInRunScripts(readFileSync(`.github/workflows/${file}`, 'utf8'))).toEqual([])
  })
})
