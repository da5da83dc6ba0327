/**
 * Answers no honest Datadog sends, for the tests of what a gateway or a compromised endpoint can do.
 * Each returns a body (text) for `fault({ body })` or `fault({ answer })`.
 */
export const hostile = {
  /**
   * JSON nested `depth` deep (`[[[...]]]`), as text: JSON.stringify of it would overflow a stack.
   * @param {number} depth
   */
  nested(depth) {
    return '['.repeat(depth) + ']'.repeat(depth)
  },
  /**
   * A JSON answer (text) with a nested value added as the first member of its `data` object, or of the top object.
   * @param {unknown} body
   * @param {number} depth
   */
  withNested(body, depth) {
    const text = JSON.stringify(body)
    const field = `"deep":${hostile.nested(depth)},`
    if (text.startsWith('{"data":{')) return `{"data":{${field}${text.slice('{"data":{'.length)}`
    return text.startsWith('{') ? `{${field}${text.slice(1)}` : text
  },
  /**
   * An HTML page ending in `size` characters of `<` and no `>` (quadratic for a backtracking tag regex).
   * @param {number} size
   */
  html(size) {
    return `<html><body><h1>Gateway error</h1>${'<'.repeat(size)}`
  },
  /**
   * A list page (text) of `n` minimal connections, none to a known org, announcing `n` in all: more items than
   * one function call takes as arguments, within the 16 MiB body cap.
   * @param {number} n
   */
  hugePage(n) {
    const item = (/** @type {number} */ i) =>
      `{"id":"0b000000-0000-4000-8000-${String(i).padStart(12, '0')}","attributes":{"connection_types":[]}}`
    return `{"data":[${Array.from({ length: n }, (_, i) => item(i)).join(',')}],"meta":{"page":{"total_filtered_count":${n}}}}`
  },
  /**
   * A gateway's debug page that echoes the request headers (keys included), padded to `size` characters first so
   * that any cut of the text falls inside a key.
   * @param {{ headers: Record<string, unknown> }} request
   * @param {number} [pad]
   */
  echoHeaders(request, pad = 0) {
    const lines = Object.entries(request.headers).map(([name, value]) => `${name}: ${String(value)}`)
    return `<html><body><pre>${'.'.repeat(pad)}${lines.join('\n')}</pre></body></html>`
  }
}
