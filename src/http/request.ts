/**
 * What every request of ours needs beside @actions/http-client, to Datadog and to GitHub alike: a timeout that tears
 * the socket down (not only a promise), and an answer read with a size cap.
 */
import type { IncomingMessage, RequestOptions } from 'node:http'
import type { HttpClientResponse } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'

/** Larger than any answer either API gives; a larger one is cut off and fails the attempt. */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024

/** Hands an AbortSignal to node's http.request, so that aborting destroys the socket itself. */
export class AbortOnSignal implements RequestHandler {
  constructor(private readonly signal: AbortSignal) {}
  prepareRequest(options: RequestOptions): void {
    options.signal = this.signal
  }
  canHandleAuthentication(): boolean {
    return false
  }
  handleAuthentication(): Promise<HttpClientResponse> {
    return Promise.reject(new Error('not supported'))
  }
}

/** The whole answer as text; fails (EBODYTOOLARGE, ECONNRESET) past the cap or when the connection closes early. */
export function readBody(message: IncomingMessage, maxBytes = MAX_ANSWER_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    message.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) {
        const mib = Math.round(maxBytes / 2 ** 20)
        message.destroy(Object.assign(new Error(`answer larger than ${mib} MiB`), { code: 'EBODYTOOLARGE' }))
      } else chunks.push(chunk)
    })
    message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    message.on('error', reject)
    message.on('close', () => {
      if (!message.complete) {
        reject(Object.assign(new Error('the connection closed before the answer was complete'), { code: 'ECONNRESET' }))
      }
    })
  })
}
