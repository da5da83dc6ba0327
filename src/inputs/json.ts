/**
 * A list given as JSON (an inline `connections: ${{ toJSON(...) }}`, say) read without loading the YAML parser, when
 * that reads exactly what the parser would: the text is JSON, and no object in it names a key twice (YAML refuses a
 * duplicate key, where JSON.parse would keep the last). Anything else is left to the YAML reader. Like it, this
 * knows the line where each map or list starts.
 */
import type { YamlDocument } from './yaml.js'

/** The document of a JSON text with no duplicate key, else undefined. */
export function plainJson(text: string): YamlDocument | undefined {
  const first = text.trimStart()[0]
  if (first !== '[' && first !== '{') return undefined
  try {
    const data: unknown = JSON.parse(text)
    const scan = scanned(text)
    const containers: object[] = []
    if (keysIn(data, containers) !== scan.keys || containers.length !== scan.lines.length) return undefined
    // JSON.parse makes maps and lists in the order their brackets open: the n-th container opened on the n-th line.
    const lines = new Map(containers.map((node, i) => [node, scan.lines[i]]))
    return { data, lineOf: node => (typeof node === 'object' && node !== null ? lines.get(node) : undefined) }
  } catch {
    // Not JSON, or nested deeper than a walk can go: the YAML reader says what is wrong.
    return undefined
  }
}

/** How many keys the maps of a parsed value hold, all levels; `containers` gets every map and list, in pre-order. */
function keysIn(value: unknown, containers: object[]): number {
  if (value === null || typeof value !== 'object') return 0
  containers.push(value)
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + keysIn(item, containers), 0)
  return Object.values(value).reduce((sum: number, item) => sum + 1 + keysIn(item, containers), 0)
}

/** One pass over a JSON text: how many strings are keys (a colon follows), and the line of each opening bracket. */
function scanned(text: string): { keys: number; lines: number[] } {
  let keys = 0
  let line = 1
  const lines: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\n') line++
    else if (c === '{' || c === '[') lines.push(line)
    else if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++
      let next = i + 1
      while (next < text.length && ' \t\r\n'.includes(text[next])) next++
      if (text[next] === ':') keys++
    }
  }
  return { keys, lines }
}
