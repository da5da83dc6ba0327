/**
 * YAML (JSON is YAML too) read for a list or an account file, bounded by what it expands to. js-yaml keeps an alias
 * as a reference to its anchor, but anything that walks the result (joining a list of types, say) expands it: nine
 * levels of ten aliases are a billion values. So any alias (`*name`) is refused as the parser meets it, before the
 * rest is even read; anchors alone are harmless. The parser is loaded here only, by a dynamic import, so that a step
 * with a single `sink-org`, or a list given as plain JSON (./json.ts), never pays for it.
 */
import { InputError } from '../errors.js'
import type { EventType, State } from 'js-yaml'
import { type Message, msg } from '../message.js'

/** Larger than any reviewed list of connections or account file; refused before parsing. */
export const MAX_DOCUMENT_BYTES = 256 * 1024

export interface YamlDocument {
  data: unknown
  /** The line (1-based) where a map or a list of the document starts, when it is one the parser made. */
  lineOf(node: unknown): number | undefined
}

export async function loadYaml(text: string, origin: Message): Promise<YamlDocument> {
  if (Buffer.byteLength(text, 'utf8') > MAX_DOCUMENT_BYTES) {
    throw new InputError(msg`Invalid ${origin}: more than ${MAX_DOCUMENT_BYTES} bytes.`)
  }
  const { load, CORE_SCHEMA } = await import('js-yaml')
  const starts: number[] = []
  const lines = new Map<object, number>()
  let finder: ((offset: number) => number) | undefined
  const listener = (event: EventType, state: State): void => {
    // The parser's own copy of the text (a BOM dropped, a line break added): its offsets are the ones it reports.
    const lineAt = (finder ??= lineFinder(state.input))
    if (event === 'open') {
      const start = contentStart(state.input, state.position)
      if (state.input[start] === '*') throw aliasError(origin, lineAt, start, state.input)
      starts.push(start)
      return
    }
    const start = starts.pop()
    const node: unknown = state.result
    if (start !== undefined && typeof node === 'object' && node !== null && !lines.has(node)) {
      lines.set(node, lineAt(start))
    }
  }
  let data: unknown
  try {
    // The YAML 1.2 core schema: plain data only (no dates, binaries or custom tags); duplicate keys refused.
    data = load(text, { schema: CORE_SCHEMA, listener })
  } catch (error) {
    if (error instanceof InputError) throw error
    // The reason is the parser's words; its message would quote the document, which is never echoed.
    const { mark, reason } = error as { mark?: { line: number; column: number }; reason?: string }
    const position = mark ? msg` at line ${mark.line + 1}, column ${mark.column + 1}` : msg``
    throw new InputError(msg`Invalid ${origin}: not valid YAML${position} (${reason ?? 'unreadable'}).`)
  }
  return { data, lineOf: node => (typeof node === 'object' && node !== null ? lines.get(node) : undefined) }
}

/** Where a node's content starts: after the spaces, line breaks and comments the parser has not skipped yet. */
function contentStart(input: string, position: number): number {
  let at = position
  for (;;) {
    const ch = input[at]
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') at++
    else if (ch === '#') while (at < input.length && input[at] !== '\n') at++
    else return at
  }
}

/** Line (1-based) of an offset, by a binary search over the line breaks: linear once, then logarithmic. */
function lineFinder(input: string): (offset: number) => number {
  const breaks: number[] = []
  for (let at = input.indexOf('\n'); at !== -1; at = input.indexOf('\n', at + 1)) breaks.push(at)
  return offset => {
    let low = 0
    let high = breaks.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (breaks[middle] < offset) low = middle + 1
      else high = middle
    }
    return low + 1
  }
}

function aliasError(origin: Message, lineAt: (offset: number) => number, offset: number, input: string): InputError {
  const where = msg`line ${lineAt(offset)}, column ${offset - input.lastIndexOf('\n', offset - 1)}`
  return new InputError(
    msg`Invalid ${origin}: a YAML alias (*name) at ${where}. Aliases are not accepted in a list: write each value out.`
  )
}
