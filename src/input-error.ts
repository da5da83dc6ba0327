/** A problem with the step's inputs: reported as is, and raised before any request is sent. */
import { StepError } from './failure.js'
import { type Message, words } from './message.js'

export class InputError extends StepError {
  override name = 'InputError'

  /** A string is our own words; anything quoted from an input goes in a Message. */
  constructor(detail: Message | string) {
    super(typeof detail === 'string' ? words(detail) : detail)
  }
}
