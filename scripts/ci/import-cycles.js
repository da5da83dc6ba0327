#!/usr/bin/env node
/**
 * Fails when the modules of src/ import each other in a cycle (type-only imports included: a cycle of types is
 * still a cycle a reader has to hold). Reads the relative imports of every file; no dependency.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..', '..')
const SRC = join(ROOT, 'src')

/** @param {string} dir @returns {string[]} */
const files = dir =>
  readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })

/** @type {Map<string, string[]>} */
const graph = new Map()
for (const file of files(SRC)) {
  const text = readFileSync(file, 'utf8')
  const targets = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)\.js'/g)].map(m =>
    resolve(dirname(file), `${m[1]}.ts`)
  )
  graph.set(file, targets)
}

/** @type {string[][]} */
const cycles = []
const state = new Map()
/** @param {string} file @param {string[]} path */
function visit(file, path) {
  if (state.get(file) === 'done') return
  if (state.get(file) === 'open') {
    cycles.push([...path.slice(path.indexOf(file)), file])
    return
  }
  state.set(file, 'open')
  for (const target of graph.get(file) ?? []) visit(target, [...path, file])
  state.set(file, 'done')
}
for (const file of graph.keys()) visit(file, [])

if (cycles.length > 0) {
  for (const cycle of cycles) console.error(`import cycle: ${cycle.map(f => relative(ROOT, f)).join(' -> ')}`)
  process.exit(1)
}
console.log(`no import cycle among ${graph.size} modules of src/`)
