import type { SanitizedConfig } from 'payload'
import {
  checkJsonObject,
  checkMultipart,
  MAX_JSON_BYTES,
  parseContentType,
  type ReadResult,
  readBody,
} from '../body/requestBody'
import { type Problem, problem } from '../errors'
import { MB, tooLarge, tooLargeJson, withBody } from '../forwarded'
import { checkWhere, relationFieldsOf } from './restRoute'

/**
 * The body of a REST write, checked before Payload reads it (routes.ts says what is refused):
 * JSON within its size, multipart with a sound structure, a method override's query; anything
 * else only when empty. The body is read once and handed on in a new Request.
 */

/** Payload's own default for a whole multipart request. */
const PAYLOAD_MULTIPART_LIMIT = 50 * MB

/** A POST Payload answers as a GET (the admin's long relationship queries). */
export const overriddenToGet = (request: Request) =>
  request.method.toUpperCase() === 'POST' &&
  (request.headers.get('x-payload-http-method-override') === 'GET' ||
    request.headers.get('x-http-method-override') === 'GET')

/** The chunks already read, then the rest of the original stream. */
const rejoined = (request: Request, read: ReadResult): Request => {
  if (!('tooLarge' in read) || read.chunks.length === 0) return request
  const rest = request.body?.getReader()
  const chunks = [...read.chunks]
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = chunks.shift()
      if (next) return controller.enqueue(next)
      const { done, value } = (await rest?.read()) ?? { done: true, value: undefined }
      if (done) controller.close()
      else controller.enqueue(value)
    },
    cancel: (reason) => rest?.cancel(reason),
  })
  return withBody(request, stream)
}

const multipartLimit = (config: SanitizedConfig) => {
  const limit = config.upload?.requestSizeLimit ?? PAYLOAD_MULTIPART_LIMIT
  return Number.isFinite(limit) ? limit : PAYLOAD_MULTIPART_LIMIT
}

const unsupported = (type: string | undefined) =>
  problem(
    415,
    type
      ? `Content-Type ${type} is not accepted: send the body as application/json (or multipart/form-data with a file).`
      : 'The request has a body but no Content-Type: send it as application/json (or multipart/form-data with a file).',
  )

/** The `where` of a query string; the collection's relation fields are looked up only for one. */
export const checkQuery = (
  config: SanitizedConfig,
  segments: string[],
  params: URLSearchParams,
) => {
  for (const key of params.keys()) {
    if (key.startsWith('where')) return checkWhere(params, relationFieldsOf(config, segments))
  }
  return null
}

type Checked = { request: Request } | { problem: Problem }

/** The body of a POST, PATCH or PUT: checked, and handed on as a new Request when read. */
export const checkWriteBody = async (
  config: SanitizedConfig,
  request: Request,
  segments: string[],
): Promise<Checked> => {
  if (!request.body) return { request }
  const contentType = parseContentType(request.headers.get('content-type'))
  const type = contentType?.type
  const override = overriddenToGet(request)

  if (type === 'application/json') {
    const read = await readBody(request, MAX_JSON_BYTES)
    if ('tooLarge' in read) return { problem: tooLargeJson }
    const found = checkJsonObject(read.bytes, 'The request body')
    if (found) return { problem: found }
    if (override) {
      // Payload parses this one itself, unguarded: a syntax error would throw.
      let data: unknown
      try {
        data = JSON.parse(new TextDecoder().decode(read.bytes) || '{}')
      } catch {
        return { problem: problem(400, 'The request body is not valid JSON; send a JSON object.') }
      }
      const where = (data as { where?: unknown }).where
      if (
        where !== undefined &&
        (typeof where !== 'object' || where === null || Array.isArray(where))
      )
        return {
          problem: problem(
            400,
            'The where parameter must be an object, like {"slug":{"equals":"x"}}.',
          ),
        }
    }
    // Payload compares the media type exactly: `Application/JSON` would be ignored.
    const headers = new Headers(request.headers)
    headers.set('content-type', 'application/json')
    return { request: withBody(request, read.bytes, headers) }
  }

  if (type === 'multipart/form-data') {
    const boundary = contentType?.params.boundary
    if (!boundary)
      return {
        problem: problem(415, 'Content-Type multipart/form-data needs a boundary parameter.'),
      }
    const read = await readBody(request, multipartLimit(config))
    // Past Payload's own request limit: Payload refuses it, with its message.
    if ('tooLarge' in read) return { request: rejoined(request, read) }
    const found = checkMultipart(read.bytes, boundary)
    if (found) return { problem: found }
    return { request: withBody(request, read.bytes) }
  }

  if (override && type === 'application/x-www-form-urlencoded') {
    const read = await readBody(request, MAX_JSON_BYTES)
    if ('tooLarge' in read) return { problem: tooLarge('a query sent as a form') }
    const found = checkQuery(
      config,
      segments,
      new URLSearchParams(new TextDecoder().decode(read.bytes)),
    )
    if (found) return { problem: found }
    return { request: withBody(request, read.bytes) }
  }

  // Any other type, or none: Payload would ignore the body (or fail on it). Only an empty one passes.
  const read = await readBody(request, 0)
  if ('tooLarge' in read) return { problem: unsupported(type) }
  return { request: withBody(request, read.bytes) }
}
