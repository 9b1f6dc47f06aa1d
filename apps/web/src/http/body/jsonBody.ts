import { type Problem, problem } from '../errors'

/**
 * JSON bodies (REST writes, GraphQL, a multipart `_payload`) checked before Payload parses them.
 * Payload turns a body that is not a JSON object or a 10k-level nesting into a 500 (or, for an
 * array, into an empty update): these say what is wrong instead.
 */

/** Objects and arrays nested deeper than this are refused: Payload copies data recursively. */
export const MAX_JSON_DEPTH = 64

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
 * `json` parsed as JSON that must be an object, or what is wrong with it: nested too deep
 * (checked before parsing), not JSON, or JSON but not an object. Bytes are decoded as
 * `Request.text()` decodes a body (a byte order mark dropped); text, such as a form field, is
 * parsed as it is, as Payload parses `_payload`. `what` names the thing and `expected` what it
 * should be, in the message.
 */
export const parseJsonObject = (
  json: Uint8Array | string,
  what: string,
  expected = 'a JSON object',
): { value: Record<string, unknown> } | { problem: Problem } => {
  const bytes = typeof json === 'string' ? Buffer.from(json) : json
  if (jsonDepthExceeds(bytes)) return { problem: tooDeep(what) }
  let value: unknown
  try {
    value = JSON.parse(typeof json === 'string' ? json : new TextDecoder().decode(json))
  } catch {
    return { problem: problem(400, `${what} is not valid JSON; send ${expected}.`) }
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return { value: value as Record<string, unknown> }
  return { problem: problem(400, `${what} must be ${expected}, not ${kindOf(value)}.`) }
}

/**
 * What is wrong with a REST write's body as JSON that must be an object, or null. Blank is fine
 * (Payload reads it as `{}`). A body that starts as an object is not parsed here: Payload answers
 * a syntax error inside it with a 400 of its own, so only its depth is checked. `what` names the
 * thing in the message.
 */
export const checkJsonObject = (bytes: Uint8Array, what: string): Problem | null => {
  const start = firstSignificant(bytes)
  if (start === bytes.length) return null
  if (bytes[start] === 0x7b) return jsonDepthExceeds(bytes) ? tooDeep(what) : null
  const parsed = parseJsonObject(bytes, what)
  return 'problem' in parsed ? parsed.problem : null
}
