import busboy from 'busboy'
import type { SanitizedConfig } from 'payload'
import { type Problem, problem } from '../errors'
import { MB } from '../forwarded'
import { parseJsonObject } from './jsonBody'

/**
 * A multipart/form-data body checked with busboy, the parser Payload reads it with, so that the
 * guard refuses what Payload would fail on (a 500) and nothing Payload reads well: a body its
 * boundary does not delimit or that ends early, a part busboy cannot read, a `_payload` that
 * is not a JSON object, a `file` that is text (Payload would fetch a "client upload" from the
 * URL in it). Only busboy looks at a file's bytes, to find the next boundary.
 */

/** Payload's own defaults for a multipart request (its `upload` options). */
const PAYLOAD_REQUEST_SIZE = 50 * MB
const PAYLOAD_FIELD_SIZE = 1 * MB

/**
 * The limits Payload reads a multipart request within, from the options it merges: the whole
 * request (an unlimited one is read here only up to Payload's default), and one text field.
 */
export const multipartLimits = (config: SanitizedConfig) => {
  const options = { ...config.bodyParser, ...config.upload }
  const requestSize = options.requestSizeLimit ?? PAYLOAD_REQUEST_SIZE
  return {
    requestSize: Number.isFinite(requestSize) ? requestSize : PAYLOAD_REQUEST_SIZE,
    fieldSize: options.limits?.fieldSize ?? PAYLOAD_FIELD_SIZE,
  }
}

const notDelimited = problem(
  400,
  'The multipart body has no part delimited by the boundary of its Content-Type.',
)
const unfinished = problem(400, 'The multipart body ends before its closing boundary.')
const textFile = problem(
  400,
  'The file field must be an uploaded file (a part with a filename), not text.',
)

/** Whether `boundary` delimits anything in `body`: at its start, or after a line break. */
const delimits = (body: Buffer, boundary: string) => {
  const delimiter = Buffer.from(`--${boundary}`)
  return (
    body.subarray(0, delimiter.length).equals(delimiter) ||
    body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter])) !== -1
  )
}

/**
 * What busboy's error says about the body. Busboy names its errors in messages only (1.6.0,
 * pinned): an early end is told apart from a boundary that delimits nothing, which busboy
 * reports alike, by looking for the boundary.
 */
const problemOf = (error: Error, body: Buffer, boundary: string): Problem => {
  if (error.message === 'Malformed part header')
    return problem(400, "The multipart body is malformed: a part's headers cannot be read.")
  if (error.message.startsWith('Unexpected end of'))
    return delimits(body, boundary) ? unfinished : notDelimited
  return problem(400, `The multipart body cannot be read: ${error.message}.`)
}

/** What is wrong with one text field, as Payload will read it. */
const checkField = (name: string, value: string, truncated: boolean): Problem | null => {
  if (name === 'file') return textFile
  // Past its field size Payload refuses the request itself (413); an empty `_payload` it skips.
  if (name !== '_payload' || truncated || value === '') return null
  const parsed = parseJsonObject(value, 'The _payload field')
  return 'problem' in parsed ? parsed.problem : null
}

/**
 * What is wrong with the multipart/form-data `body` sent with `contentType` (the header as
 * sent, as Payload hands it to busboy, with its `boundary`), or null. The first problem in the
 * body's order is the one told.
 */
export const checkMultipart = (
  body: Uint8Array,
  contentType: { header: string; boundary: string },
  fieldSize = PAYLOAD_FIELD_SIZE,
): Promise<Problem | null> => {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  let parser: busboy.Busboy
  try {
    parser = busboy({ headers: { 'content-type': contentType.header }, limits: { fieldSize } })
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable'
    return Promise.resolve(
      problem(400, `The Content-Type header cannot be read as multipart/form-data (${reason}).`),
    )
  }
  return new Promise((resolve) => {
    let found: Problem | null = null
    parser.on('field', (name, value, info) => {
      found ??= checkField(name, value, info.valueTruncated)
    })
    parser.on('file', (_name, file) => {
      // The same failure reaches the parser's 'error' below.
      file.on('error', () => {})
      file.resume()
    })
    parser.on('error', (error: Error) => {
      found ??= problemOf(error, bytes, contentType.boundary)
    })
    parser.on('close', () => resolve(found))
    parser.end(bytes)
  })
}
