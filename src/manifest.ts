/**
 * The reviewed connections (`connections` or `connections-file`): a plain list of sink orgs for the keys' own org,
 * or an account file (org aliases and connections between them). YAML (JSON is YAML too), read and validated whole
 * before any request, every problem reported at once.
 */
import { realpath, readFile, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { InputError } from './errors.js'
import { type Message, msg, words } from './message.js'
import type { Wish } from './wish.js'
import { type Account, isAccountFile, readAccount } from './inputs/account.js'
import { unknownTypesWarning } from './inputs/connection-types.js'
import { type EntryDefaults, readList } from './inputs/list.js'
import { plainJson } from './inputs/json.js'
import { MAX_DOCUMENT_BYTES, type YamlDocument, loadYaml } from './inputs/yaml.js'

/** Larger than any reviewed list of connections; refused before parsing. */
export const MAX_MANIFEST_BYTES = MAX_DOCUMENT_BYTES
export type { Account, EntryDefaults }

/** What a list or an account file asks for. */
export interface Manifest {
  wishes: Wish[]
  /** Account files only. */
  account?: Account
  /** Survivable surprises, such as connection types this version does not know. */
  warnings: Message[]
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
    const expected = words(
      'Expected a path relative to the workspace, such as .github/datadog-org-connections.yml; ' +
        'check out the repository first (actions/checkout).'
    )
    throw new InputError(msg`Invalid ${where}: no such file in the workspace (${workspace}). ${expected}`)
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
 * Reads a plain list or an account file: `origin` names it in errors (`connections` or `connections-file <path>`).
 * Every rule is checked here, so that what is read can be planned; values are quoted only where they are wrong.
 */
export async function parseManifest(text: string, origin: Message, defaults: EntryDefaults): Promise<Manifest> {
  if (Buffer.byteLength(text, 'utf8') > MAX_DOCUMENT_BYTES) {
    throw new InputError(msg`Invalid ${origin}: more than ${MAX_DOCUMENT_BYTES} bytes.`)
  }
  const json = plainJson(text)
  if (json) {
    try {
      return read(json, origin, defaults)
    } catch (error) {
      // Read again by the YAML reader, whose errors also say on which line each problem is.
      if (!(error instanceof InputError)) throw error
    }
  }
  return read(await loadYaml(text, origin), origin, defaults)
}

function read(doc: YamlDocument, origin: Message, defaults: EntryDefaults): Manifest {
  const { wishes, account } = isAccountFile(doc.data)
    ? readAccount(doc, origin, defaults)
    : { wishes: readList(doc, origin, defaults), account: undefined }
  const warning = unknownTypesWarning(
    origin,
    wishes.flatMap(wish => wish.connectionTypes)
  )
  return { wishes, ...(account ? { account } : {}), warnings: warning ? [warning] : [] }
}
