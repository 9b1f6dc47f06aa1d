import type { SanitizedConfig } from 'payload'
import { MAX_JSON_BYTES } from './body/requestBody'
import { problem } from './errors'

/** What both guards (REST and GraphQL) share: how they hand a request on, and one refusal. */
export type ConfigArg = Promise<SanitizedConfig> | SanitizedConfig

export const MB = 1024 * 1024

export const tooLarge = (what: string) =>
  problem(413, `The request body is larger than ${MAX_JSON_BYTES / MB} MB, the limit for ${what}.`)
export const tooLargeJson = tooLarge('JSON bodies')

/** The request again, for Payload, with `body` in place of the stream already read. */
export const withBody = (request: Request, body: BodyInit, headers = request.headers) =>
  new Request(request.url, {
    method: request.method,
    headers,
    body,
    signal: request.signal,
    // A stream body must say so to Node's fetch.
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)
