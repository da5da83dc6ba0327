/** A problem with the step's inputs: reported as is, and raised before any request is sent. */
import { type Message, words } from './message.js'

export class InputError extends Error {
  override name = 'InputError'
  readonly detail: Message

  constructor(detail: Message | string) {
    const message = typeof detail === 'string' ? words(detail) : detail
    super(message.text())
    this.detail = message
  }
}
