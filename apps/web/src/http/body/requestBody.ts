/**
 * Reading a request body once, within a limit, before Payload reads it: the guard checks the
 * bytes and hands Payload a new Request with the same ones.
 */

/** JSON bodies (REST writes and GraphQL) above this many bytes are refused with a 413. */
export const MAX_JSON_BYTES = 2 * 1024 * 1024

export type ReadResult =
  | { bytes: Uint8Array<ArrayBuffer> }
  | { tooLarge: true; chunks: Uint8Array[] }

const joined = (chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

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
  return { bytes: joined(chunks, size) }
}
