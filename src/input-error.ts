/** A problem with the step's inputs: reported as is, and raised before any request is sent. */
import { words, type Message } from './message.js'

export class InputError extends Error {
  override name = 'InputError'
  /** The message, with every quoted input neutralised and capped (message.ts). */
  readonly detail: Message
  constructor(detail: string | Message) {
    const message = typeof detail === 'string' ? words(detail) : detail
    super(message.text())
    this.detail = message
  }
}
