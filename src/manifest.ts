/**
 * The reviewed list of connections (`connections` or `connections-file`): YAML (JSON is YAML too), read into wishes
 * and validated whole before any request. The YAML parser (js-yaml: about five times faster to load and run than
 * `yaml` for a list of 100, which is most of a no-op run's time) is loaded only here, by a dynamic import, so a step
 * with a single `sink-org` never pays for it.
 */
import { realpath, readFile, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { InputError } from './errors.js'
import { msg, type Message } from './message.js'
import {
  type DesiredState,
  type IfExists,
  type Wish,
  IF_EXISTS,
  STATES,
  readConnectionTypes,
  readUuid
} from './wish.js'

/** Larger than any reviewed list of connections; refused before parsing. */
export const MAX_MANIFEST_BYTES = 256 * 1024
const KEYS = ['sink-org', 'connection-types', 'state', 'if-exists'] as const

export interface ManifestDefaults {
  state: DesiredState
  ifExists: IfExists
}

/** The contents of `connections-file`, a path relative to the workspace that must stay inside it. */
export async function readManifestFile(path: string, workspace: string): Promise<string> {
  const where = msg`connections-file ${path}`
  const outside = (root: string, file: string): boolean => {
    const inside = relative(root, file)
    return inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)
  }
  const escape = new InputError(
    msg`Invalid ${where}: it resolves outside the workspace. Expected a file inside the repository's checkout, without .. or a symbolic link leading out.`
  )
  if (outside(resolve(workspace), resolve(workspace, path))) throw escape
  let file: string
  try {
    // Both resolved through symbolic links: a link inside the workspace must not lead out of it.
    const root = await realpath(workspace)
    file = await realpath(resolve(workspace, path))
    if (outside(root, file)) throw escape
  } catch (error) {
    if (error === escape) throw error
    throw new InputError(
      msg`Invalid ${where}: no such file in the workspace (${workspace}). Expected a path relative to the workspace, such as .github/datadog-org-connections.yml; check out the repository first (actions/checkout).`
    )
  }
  const info = await stat(file)
  if (!info.isFile()) throw new InputError(msg`Invalid ${where}: not a regular file.`)
  if (info.size > MAX_MANIFEST_BYTES) {
    throw new InputError(
      msg`Invalid ${where}: ${info.size} bytes, more than the ${MAX_MANIFEST_BYTES} a list may have.`
    )
  }
  return readFile(file, 'utf8')
}

/**
 * Reads the list: `origin` names it in errors (`connections` or `connections-file <path>`). Every rule is checked
 * here, so that a list that is read is a list that can be planned: a list of maps, known keys only, valid values,
 * no sink org twice, at least one entry. Values are quoted only where they are wrong, and cut.
 */
export async function parseManifest(text: string, origin: Message, defaults: ManifestDefaults): Promise<Wish[]> {
  if (Buffer.byteLength(text, 'utf8') > MAX_MANIFEST_BYTES) {
    throw new InputError(msg`Invalid ${origin}: more than ${MAX_MANIFEST_BYTES} bytes.`)
  }
  // js-yaml with the YAML 1.2 core schema: plain data only (no dates, binaries or custom tags), duplicate keys refused.
  // An alias is kept as a reference, never expanded, so an alias bomb costs nothing: it fails the shape rules below.
  const { load, CORE_SCHEMA } = await import('js-yaml')
  let data: unknown
  try {
    data = load(text, { schema: CORE_SCHEMA })
  } catch (error) {
    // The reason is the parser's words; its message would quote the document, which is never echoed.
    const { mark, reason } = error as { mark?: { line: number; column: number }; reason?: string }
    const position = mark ? msg` at line ${mark.line + 1}, column ${mark.column + 1}` : msg``
    throw new InputError(
      msg`Invalid ${origin}: not valid YAML${position} (${reason ?? 'unreadable'}). Expected a YAML list.`
    )
  }
  const example = 'such as:\n- sink-org: <uuid>\n  connection-types: [logs, metrics]'
  if (!Array.isArray(data)) {
    throw new InputError(msg`Invalid ${origin}: expected a YAML list of connections, ${example.replace(/\n/g, ' ')}.`)
  }
  if (data.length === 0) throw new InputError(msg`Invalid ${origin}: the list is empty; expected at least one entry.`)

  const wishes = data.map((entry, index) => readEntry(entry, msg`${origin}, entry ${index + 1}`, defaults))
  const seen = new Map<string, number>()
  wishes.forEach((wish, index) => {
    const earlier = seen.get(wish.sinkOrgId)
    if (earlier !== undefined) {
      throw new InputError(
        msg`Invalid ${origin}: entries ${earlier + 1} and ${index + 1} both name sink-org ${wish.sinkOrgId}. Expected each sink org once; merge the two entries.`
      )
    }
    seen.set(wish.sinkOrgId, index)
  })
  return wishes
}

function readEntry(entry: unknown, where: Message, defaults: ManifestDefaults): Wish {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new InputError(msg`Invalid ${where}: expected a map with the keys ${[...KEYS]}.`)
  }
  const map = entry as Record<string, unknown>
  for (const key of Object.keys(map)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new InputError(msg`Invalid ${where}: unknown key ${key}. Expected only ${[...KEYS]}.`)
    }
  }
  const text = (key: (typeof KEYS)[number]): string | undefined => {
    const value = map[key]
    if (value === undefined || value === null) return undefined
    if (typeof value === 'number' || typeof value === 'boolean') return String(value)
    if (typeof value !== 'string') throw new InputError(msg`Invalid ${where}: ${key} must be a single value.`)
    return value.trim()
  }
  const sinkOrg = text('sink-org')
  if (!sinkOrg) throw new InputError(msg`Invalid ${where}: sink-org is required (the UUID of the sink org).`)
  const sinkOrgId = readUuid(sinkOrg, msg`${where}: sink-org`)
  const state = choice(text('state'), STATES, defaults.state, msg`${where}: state`)
  const ifExists = choice(text('if-exists'), IF_EXISTS, defaults.ifExists, msg`${where}: if-exists`)

  const rawTypes = map['connection-types']
  let types: string
  if (Array.isArray(rawTypes)) {
    if (!rawTypes.every(t => typeof t === 'string')) {
      throw new InputError(msg`Invalid ${where}: connection-types must be a list of names such as [logs, metrics].`)
    }
    types = rawTypes.join(',')
  } else if (rawTypes === undefined || rawTypes === null || typeof rawTypes === 'string') {
    types = rawTypes ?? ''
  } else {
    throw new InputError(msg`Invalid ${where}: connection-types must be a list such as [logs, metrics].`)
  }
  const where2 = msg`${where} (sink-org ${sinkOrgId}): connection-types`
  const connectionTypes = state === 'present' || types.trim() ? readConnectionTypes(types, where2) : []
  return { sinkOrgId, state, ifExists, connectionTypes }
}

function choice<T extends string>(value: string | undefined, choices: readonly T[], fallback: T, where: Message): T {
  if (!value) return fallback
  const lowered = value.toLowerCase()
  if ((choices as readonly string[]).includes(lowered)) return lowered as T
  throw new InputError(msg`Invalid ${where} ${value}. Expected one of: ${[...choices]}.`)
}
