/** A problem with the step's inputs: reported as is, and raised before any request is sent. */
export class InputError extends Error {
  override name = 'InputError'
}
