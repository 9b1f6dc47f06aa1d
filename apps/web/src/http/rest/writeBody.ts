import type { SanitizedConfig } from 'payload'
import { parseContentType } from '../body/contentType'
import { checkJsonObject, parseJsonObject } from '../body/jsonBody'
import { checkMultipart, multipartLimits } from '../body/multipart'
import { MAX_JSON_BYTES, type ReadResult, readBody } from '../body/requestBody'
import { type Problem, problem } from '../errors'
import { tooLarge, tooLargeJson, withBody } from '../forwarded'
import { checkQuery, checkWhereObject } from './whereIds'

/**
 * The body of a REST write, checked before Payload reads it (routes.ts says what is refused):
 * JSON within its size, multipart with a sound structure, a method override's query; anything
 * else only when empty. The body is read once and handed on in a new Request.
 */

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

const unsupported = (type: string | undefined) =>
  problem(
    415,
    type
      ? `Content-Type ${type} is not accepted: send the body as application/json (or multipart/form-data with a file).`
      : 'The request has a body but no Content-Type: send it as application/json (or multipart/form-data with a file).',
  )

type Checked = { request: Request } | { problem: Problem }

/** A JSON body Payload answers as a GET: Payload parses it itself, unguarded (a syntax error throws). */
const checkOverriddenJson = (bytes: Uint8Array): Problem | null => {
  if (bytes.length === 0) return null
  const parsed = parseJsonObject(bytes, 'The request body')
  return 'problem' in parsed ? parsed.problem : checkWhereObject(parsed.value.where)
}

const checkJsonWrite = async (request: Request): Promise<Checked> => {
  const read = await readBody(request, MAX_JSON_BYTES)
  if ('tooLarge' in read) return { problem: tooLargeJson }
  const found =
    checkJsonObject(read.bytes, 'The request body') ??
    (overriddenToGet(request) ? checkOverriddenJson(read.bytes) : null)
  if (found) return { problem: found }
  // Payload compares the media type exactly: `Application/JSON` would be ignored.
  const headers = new Headers(request.headers)
  headers.set('content-type', 'application/json')
  return { request: withBody(request, read.bytes, headers) }
}

const checkMultipartWrite = async (
  config: SanitizedConfig,
  request: Request,
  boundary: string | undefined,
): Promise<Checked> => {
  if (!boundary)
    return { problem: problem(415, 'Content-Type multipart/form-data needs a boundary parameter.') }
  const { requestSize, fieldSize } = multipartLimits(config)
  const read = await readBody(request, requestSize)
  // Past Payload's own request limit: Payload refuses it, with its message.
  if ('tooLarge' in read) return { request: rejoined(request, read) }
  const header = request.headers.get('content-type') ?? ''
  const found = await checkMultipart(read.bytes, { header, boundary }, fieldSize)
  return found ? { problem: found } : { request: withBody(request, read.bytes) }
}

/** A form Payload answers as a GET: its `where`, as a query string's. */
const checkOverriddenForm = async (
  config: SanitizedConfig,
  request: Request,
  segments: string[],
): Promise<Checked> => {
  const read = await readBody(request, MAX_JSON_BYTES)
  if ('tooLarge' in read) return { problem: tooLarge('a query sent as a form') }
  const query = new URLSearchParams(new TextDecoder().decode(read.bytes))
  const found = checkQuery(config, segments, query)
  return found ? { problem: found } : { request: withBody(request, read.bytes) }
}

/** The body of a POST, PATCH or PUT: checked, and handed on as a new Request when read. */
export const checkWriteBody = async (
  config: SanitizedConfig,
  request: Request,
  segments: string[],
): Promise<Checked> => {
  if (!request.body) return { request }
  const contentType = parseContentType(request.headers.get('content-type'))
  if ('problem' in contentType) return contentType
  const type = contentType.value?.type
  if (type === 'application/json') return checkJsonWrite(request)
  if (type === 'multipart/form-data')
    return checkMultipartWrite(config, request, contentType.value?.params.boundary)
  if (type === 'application/x-www-form-urlencoded' && overriddenToGet(request))
    return checkOverriddenForm(config, request, segments)
  // Any other type, or none: Payload would ignore the body (or fail on it). Only an empty one passes.
  const read = await readBody(request, 0)
  if ('tooLarge' in read) return { problem: unsupported(type) }
  return { request: withBody(request, read.bytes) }
}
