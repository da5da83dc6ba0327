/**
 * The one path by which text reaches a person: every message the action prints, puts in the job summary or in a
 * pull-request comment is a `Message`, written with the `msg` tag. The template's literal parts are ours; every
 * interpolated value is untrusted (org names are chosen by other orgs' admins, and a gateway can answer anything), so
 * a value is always neutralised for the channel it goes to:
 * - in a log line: one line, no control or bidi character (each shown as a visible `\uXXXX`), at most MAX_VALUE_CHARS;
 * - in Markdown: additionally a code span, so no HTML, link, image, emphasis or heading can come alive.
 * A line that starts with `::` would be a runner command: `logLine` defuses the few lines that start with a value.
 */

/** What may go into a message: text, a number, a list (shown comma-separated), or another message (composed). */
export type Value = string | number | readonly string[] | Message

/** The longest value quoted in full; longer ones are cut, and the cut is said. */
export const MAX_VALUE_CHARS = 500
/** The most items of a list shown; the rest are counted. */
export const MAX_LIST_ITEMS = 20

export class Message {
  constructor(
    private readonly literals: readonly string[],
    private readonly values: readonly Value[]
  ) {}

  /** For a log line, an error annotation or an output: one line of plain text. */
  text(): string {
    return this.render(value => oneLine(value), 'text')
  }

  /** For the job summary or a comment: literals as written, every value as a code span. */
  markdown(): string {
    return this.render(value => codeSpan(value), 'markdown')
  }

  private render(format: (value: string) => string, channel: 'text' | 'markdown'): string {
    let out = this.literals[0] ?? ''
    this.values.forEach((value, i) => {
      out += renderValue(value, format, channel) + (this.literals[i + 1] ?? '')
    })
    return out
  }
}

function renderValue(value: Value, format: (value: string) => string, channel: 'text' | 'markdown'): string {
  if (value instanceof Message) return channel === 'text' ? value.text() : value.markdown()
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return format(value)
  if (value.length === 0) return '(none)'
  const shown = value.slice(0, MAX_LIST_ITEMS).map(format).join(', ')
  return value.length > MAX_LIST_ITEMS ? `${shown} ... and ${value.length - MAX_LIST_ITEMS} more` : shown
}

/** Tags a template: `msg\`Connection ${id} exists\``. */
export function msg(literals: TemplateStringsArray, ...values: Value[]): Message {
  return new Message([...literals], values)
}

/** A message of our own words only (no value to neutralise). */
export function words(text: string): Message {
  return new Message([text], [])
}

/** Several messages as one, separated by `separator` (ours); past MAX_LIST_ITEMS, the rest are counted. */
export function join(messages: readonly Message[], separator: string): Message {
  const shown = messages.slice(0, MAX_LIST_ITEMS)
  const parts =
    messages.length > shown.length ? [...shown, words(`... and ${messages.length - shown.length} more`)] : shown
  const literals = ['', ...parts.slice(1).map(() => separator), '']
  return new Message(parts.length ? literals : [''], parts)
}

// C0 and C1 controls, DEL, the Unicode line and paragraph separators, bidi controls (the Arabic letter mark
// included), zero-width and invisible format characters, and the BOM.
const CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u206f\ufeff]/g
/** `##[name]`: the runner's older command form, which it finds anywhere in a line. */
const OLD_COMMAND = /##\[/g
const LINE_BREAKS_AND_TABS = /[\r\n\t]+/g
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * Untrusted text on one line: line breaks and tabs become spaces, every other control character a visible escape,
 * a lone surrogate U+FFFD; cut to `max` characters (keeping surrogate pairs whole), saying how long it was.
 * Linear in the length of the part kept: a huge value is cut before it is cleaned.
 */
export function oneLine(value: string, max = MAX_VALUE_CHARS): string {
  if (value.length <= max) return clean(value).trim()
  // Never cut between the halves of a surrogate pair.
  const head = /[\ud800-\udbff]$/.test(value.slice(0, max)) ? value.slice(0, max - 1) : value.slice(0, max)
  return `${clean(head).trimEnd()}... [cut: ${value.length} characters in all]`
}

/** Anything `clean` would change: most values (ids, names, types) have none, and are returned as they are. */
const NEEDS_CLEANING =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u206f\ufeff\ud800-\udfff]|##\[/

function clean(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text
  return text
    .replace(LINE_BREAKS_AND_TABS, ' ')
    .replace(CONTROL, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(OLD_COMMAND, '##\\u005b')
}

/**
 * A GitHub Markdown code span: nothing in it is interpreted (no HTML, link, autolink, emphasis or entity).
 * The fence is one backtick longer than the longest run inside; `|` is escaped so that a table cell stays whole.
 */
export function codeSpan(value: string, max = MAX_VALUE_CHARS): string {
  // A backslash before a pipe would escape the escape (`\\|`) and end the table cell: it is shown as an escape.
  const text = oneLine(value, max)
    .replace(/\\(?=\|)/g, '\\u005c')
    .replace(/\|/g, '\\|')
  if (text === '') return '(empty)'
  const longestRun = text.includes('`') ? Math.max(...(text.match(/`+/g) ?? []).map(run => run.length)) : 0
  const fence = '`'.repeat(longestRun + 1)
  const pad = text.startsWith('`') || text.endsWith('`') || longestRun > 0 ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/** A whole text as a fenced block: for a failure, whose message mixes our words and the API's. */
export function codeBlock(text: string, language = 'text'): string {
  const longestRun = (text.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0)
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `${fence}${language}\n${text}\n${fence}`
}

/**
 * A log line the runner cannot read as a command: `::` at its start, or `##[` anywhere (the older form), would be one.
 */
export function logLine(line: string): string {
  const defused = line.replace(OLD_COMMAND, '##\\u005b')
  return defused.startsWith('::') ? ` ${defused}` : defused
}
