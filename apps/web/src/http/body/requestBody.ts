import { type Problem, problem } from '../errors'

/**
 * Checks on a request body, made on its raw bytes before Payload parses it. Payload turns a body
 * that is not a JSON object, a 10k-level nesting, a broken multipart body or a `_payload` that is
 * not JSON into a 500 (or, for an array, into an empty update): these say what is wrong instead.
 */

/** JSON bodies (REST writes and GraphQL) above this many bytes are refused with a 413. */
export const MAX_JSON_BYTES = 2 * 1024 * 1024
/** Objects and arrays nested deeper than this are refused: Payload copies data recursively. */
export const MAX_JSON_DEPTH = 64

export type ContentType = { type: string; params: Record<string, string> }

/** `multipart/form-data; boundary="x"` → { type: 'multipart/form-data', params: { boundary: 'x' } }. */
export const parseContentType = (header: string | null): ContentType | null => {
  if (!header?.trim()) return null
  const [head = '', ...rest] = header.split(';')
  const params: Record<string, string> = {}
  const pattern = /^\s*([^=\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|(\S*))\s*$/
  // A quoted value may hold `;`: glue the pieces back until the quotes balance.
  const pieces: string[] = []
  for (const piece of rest) {
    const open =
      pieces.length > 0 && ((pieces[pieces.length - 1] ?? '').match(/"/g) ?? []).length % 2
    if (open) pieces[pieces.length - 1] += `;${piece}`
    else pieces.push(piece)
  }
  for (const piece of pieces) {
    const match = pattern.exec(piece)
    if (!match) continue
    const name = (match[1] as string).toLowerCase()
    params[name] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : (match[3] ?? '')
  }
  return { type: head.trim().toLowerCase(), params }
}

const isJsonSpace = (byte: number | undefined) =>
  byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d

/** Index of the first byte that is neither JSON whitespace nor a UTF-8 byte order mark. */
const firstSignificant = (bytes: Uint8Array): number => {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  while (i < bytes.length && isJsonSpace(bytes[i])) i++
  return i
}

/**
 * Whether objects and arrays in the JSON text `bytes` nest deeper than `limit`. Brackets inside
 * strings do not count. Works on the UTF-8 bytes (a multi-byte character never contains an
 * ASCII byte) and jumps from quote to quote with `indexOf`, so a big body costs little.
 */
export const jsonDepthExceeds = (bytes: Uint8Array, limit = MAX_JSON_DEPTH): boolean => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let depth = 0
  for (let i = 0; i < buffer.length; i++) {
    const byte = buffer[i]
    if (byte === 0x22) {
      // Skip the string: the next quote not escaped by an odd number of backslashes.
      let end = buffer.indexOf(0x22, i + 1)
      while (end !== -1) {
        let slashes = 0
        while (buffer[end - 1 - slashes] === 0x5c) slashes++
        if (slashes % 2 === 0) break
        end = buffer.indexOf(0x22, end + 1)
      }
      if (end === -1) return false
      i = end
    } else if (byte === 0x7b || byte === 0x5b) {
      depth++
      if (depth > limit) return true
    } else if (byte === 0x7d || byte === 0x5d) depth--
  }
  return false
}

const kindOf = (value: unknown): string => {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return 'a string'
  if (typeof value === 'number') return 'a number'
  if (typeof value === 'boolean') return String(value)
  return typeof value
}

const tooDeep = (what: string) =>
  problem(400, `${what} nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep.`)

/**
 * `bytes` parsed as JSON that must be an object, or what is wrong with them: nested too deep
 * (checked before parsing), not JSON, or JSON but not an object. `what` names the thing and
 * `expected` what it should be, in the message.
 */
export const parseJsonObject = (
  bytes: Uint8Array,
  what: string,
  expected = 'a JSON object',
): { value: Record<string, unknown> } | { problem: Problem } => {
  if (jsonDepthExceeds(bytes)) return { problem: tooDeep(what) }
  let value: unknown
  try {
    value = JSON.parse(new TextDecoder().decode(bytes))
  } catch {
    return { problem: problem(400, `${what} is not valid JSON; send ${expected}.`) }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return { value: value as Record<string, unknown> }
  return { problem: problem(400, `${what} must be ${expected}, not ${kindOf(value)}.`) }
}

/**
 * What is wrong with `bytes` as JSON that must be an object, or null. Blank is fine (Payload
 * reads it as `{}`). Unless `strict`, a body that starts as an object is not parsed here: a
 * syntax error inside it is left to Payload, which answers a REST body's with a 400 (but not a
 * multipart `_payload`'s, hence `strict`). `what` names the thing in the message.
 */
export const checkJsonObject = (
  bytes: Uint8Array,
  what: string,
  { strict = false } = {},
): Problem | null => {
  const start = firstSignificant(bytes)
  if (start === bytes.length) return null
  if (bytes[start] === 0x7b && !strict) return jsonDepthExceeds(bytes) ? tooDeep(what) : null
  const parsed = parseJsonObject(bytes, what)
  return 'problem' in parsed ? parsed.problem : null
}

/** Whether `bytes` hold nothing but JSON whitespace (a body Payload reads as `{}`). */
export const isBlank = (bytes: Uint8Array) => firstSignificant(bytes) === bytes.length

export type ReadResult =
  | { bytes: Uint8Array<ArrayBuffer> }
  | { tooLarge: true; chunks: Uint8Array[] }

/**
 * Reads a request body once, stopping as soon as it passes `limit` bytes (a declared
 * Content-Length above it is refused without reading). A body that is too large comes back as
 * the chunks read so far, so the caller may still hand the whole stream on.
 */
export const readBody = async (request: Request, limit: number): Promise<ReadResult> => {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(declared) && declared > limit) return { tooLarge: true, chunks: [] }
  if (!request.body) return { bytes: new Uint8Array(0) }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    size += value.byteLength
    if (size > limit) {
      reader.releaseLock()
      return { tooLarge: true, chunks }
    }
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { bytes }
}

const CRLF = Buffer.from('\r\n')

/** `name` of a part's Content-Disposition and whether it names a file. */
const dispositionOf = (headers: string): { name?: string; isFile: boolean } | null => {
  const line = headers
    .split('\r\n')
    .find((each) => each.toLowerCase().startsWith('content-disposition:'))
  if (!line) return null
  const parsed = parseContentType(line.slice(line.indexOf(':') + 1))
  if (parsed?.type !== 'form-data') return null
  return {
    name: parsed.params.name,
    isFile: 'filename' in parsed.params || 'filename*' in parsed.params,
  }
}

/**
 * What is wrong with a multipart/form-data body, or null. Only the delimiters are searched for
 * (natively, with `indexOf`) and only part headers and the small `_payload` field are read: a
 * file's bytes are never looked at.
 *
 * - the body must hold parts delimited by `boundary` and end with the closing delimiter;
 * - `_payload` (the document's fields, as JSON) must be a JSON object;
 * - `file` must be a file: as text it asks Payload to fetch a "client upload" from a URL.
 */
export const checkMultipart = (body: Uint8Array, boundary: string): Problem | null => {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  const delimiter = Buffer.from(`--${boundary}`)
  const nextDelimiter = Buffer.concat([CRLF, delimiter])
  let at = bytes.subarray(0, delimiter.length).equals(delimiter) ? 0 : -1
  if (at === -1) {
    const found = bytes.indexOf(nextDelimiter)
    at = found === -1 ? -1 : found + 2
  }
  if (at === -1)
    return problem(
      400,
      'The multipart body has no part delimited by the boundary of its Content-Type.',
    )
  for (;;) {
    let cursor = at + delimiter.length
    if (bytes[cursor] === 0x2d && bytes[cursor + 1] === 0x2d) return null
    while (bytes[cursor] === 0x20 || bytes[cursor] === 0x09) cursor++
    if (bytes[cursor] !== 0x0d || bytes[cursor + 1] !== 0x0a)
      return problem(
        400,
        'The multipart body is malformed: a boundary line is not followed by a line break.',
      )
    const headersStart = cursor + 2
    let contentStart: number
    let headers = ''
    if (bytes[headersStart] === 0x0d && bytes[headersStart + 1] === 0x0a)
      contentStart = headersStart + 2
    else {
      const headersEnd = bytes.indexOf('\r\n\r\n', headersStart)
      if (headersEnd === -1)
        return problem(400, 'The multipart body is malformed: a part has no end to its headers.')
      headers = bytes.toString('utf8', headersStart, headersEnd)
      contentStart = headersEnd + 4
    }
    const contentEnd = bytes.indexOf(nextDelimiter, contentStart)
    if (contentEnd === -1)
      return problem(400, 'The multipart body ends before its closing boundary.')
    const part = dispositionOf(headers)
    if (part && !part.isFile && part.name === '_payload') {
      const found = checkJsonObject(
        bytes.subarray(contentStart, contentEnd),
        'The _payload field',
        {
          strict: true,
        },
      )
      if (found) return found
    }
    if (part && !part.isFile && part.name === 'file')
      return problem(
        400,
        'The file field must be an uploaded file (a part with a filename), not text.',
      )
    at = contentEnd + 2
  }
}
