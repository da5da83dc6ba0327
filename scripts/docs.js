#!/usr/bin/env node
/**
 * Rewrites the inputs and outputs tables of README.md from action.yml, so the docs cannot drift from what the
 * action declares. Run by `npm run build`; `node scripts/docs.js --check` exits 1 if README.md is stale
 * (__tests__/action-metadata.test.ts does the same check in CI).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { parse } from 'yaml'
import { ROOT } from './runner.js'

/** @param {unknown} text */
const cell = text => String(text).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|').replace(/</g, '&lt;')

/**
 * @typedef {{ description: string, required?: boolean, default?: unknown }} Spec
 * @param {string} actionYml
 */
export function renderTables(actionYml) {
  /** @type {{ inputs?: Record<string, Spec>, outputs?: Record<string, Spec> }} */
  const action = parse(actionYml)
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, spec]) =>
      `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${spec.default === undefined ? '' : `\`${spec.default}\``} | ${cell(spec.description)} |`
  )
  const outputs = Object.entries(action.outputs ?? {}).map(
    ([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`
  )
  return {
    inputs: ['| input | required | default | description |', '|---|---|---|---|', ...inputs].join('\n'),
    outputs: ['| output | description |', '|---|---|', ...outputs].join('\n')
  }
}

/** The README with fresh tables, laid out as Prettier lays out the rest of the repository. */
/**
 * @param {string} readme
 * @param {string} actionYml
 */
export async function renderReadme(readme, actionYml) {
  const tables = renderTables(actionYml)
  let next = readme
  for (const [name, table] of Object.entries(tables)) {
    const start = `<!-- ${name}:start (generated from action.yml by scripts/docs.js) -->`
    const end = `<!-- ${name}:end -->`
    const from = next.indexOf(start)
    const to = next.indexOf(end)
    if (from < 0 || to < from) throw new Error(`README.md lacks the ${name} markers`)
    next = `${next.slice(0, from + start.length)}\n${table}\n${next.slice(to)}`
  }
  const readmePath = join(ROOT, 'README.md')
  return format(next, { ...(await resolveConfig(readmePath)), filepath: readmePath })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readmePath = join(ROOT, 'README.md')
  const readme = readFileSync(readmePath, 'utf8')
  const next = await renderReadme(readme, readFileSync(join(ROOT, 'action.yml'), 'utf8'))
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md is stale: run `node scripts/docs.js` (or npm run build) and commit it.')
      process.exit(1)
    }
  } else if (next !== readme) {
    writeFileSync(readmePath, next)
    console.log('README.md: inputs and outputs tables updated from action.yml.')
  }
}
