import fs from 'node:fs/promises'
import path from 'node:path'
import type { SanitizedConfig } from 'payload'
import { errorResponse, NOT_FOUND, type Problem } from '../errors'
import { resolveRoute } from './routeMatch'

/**
 * Payload serves an upload collection's files at `/api/<collection>/file/<name>`, and answers
 * a file it cannot find with a 500: "Something went wrong." when the disk has no such file,
 * and Node's own error when the name holds a NUL. Both are a file that does not exist: 404.
 * When read access is a query, Payload answers 403 for a name no readable document has, known
 * or not: that too is a 404, as a document one may not see is (docs/api.md, "Errors").
 */

const FILE_ROUTE = '/file/:filename'

/** What Payload strips from every name it stores: control characters and path separators. */
const neverStored = (character: string) => {
  const code = character.codePointAt(0) ?? 0
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || character === '/' || character === '\\'
}

/** The upload collection and file name a GET (or HEAD) of `segments` asks Payload for, if any. */
const fileAsked = (config: SanitizedConfig, method: string, segments: string[]) => {
  if (method !== 'GET' && method !== 'HEAD') return undefined
  const target = resolveRoute(config, 'GET', segments)
  const filename = target?.endpoint?.path === FILE_ROUTE && target.endpoint.params.filename
  if (target?.kind !== 'collection' || !filename) return undefined
  const collection = config.collections.find((each) => each.slug === target.slug)
  return collection?.upload ? { collection, filename } : undefined
}

/** A file name no upload can have: answered 404 before Payload reads the disk with it. */
export const checkFileName = (
  config: SanitizedConfig,
  method: string,
  segments: string[],
): Problem | null => {
  const asked = fileAsked(config, method, segments)
  if (!asked) return null
  const { filename } = asked
  const impossible = filename === '.' || filename === '..' || [...filename].some(neverStored)
  return impossible ? NOT_FOUND : null
}

const onDisk = async (file: string) => {
  try {
    return (await fs.stat(file)).isFile()
  } catch {
    return false
  }
}

/**
 * The 404 a file route's answer stands for: Payload's 403 (no document the caller may read has
 * that name), or its 500 for a collection stored on this disk (no storage adapter's handler)
 * when the disk indeed has no such file. Any other answer passes unchanged.
 */
export const missingFileAnswer = async (
  config: SanitizedConfig,
  request: Request,
  segments: string[],
  response: Response,
): Promise<Response> => {
  if (response.status !== 403 && response.status !== 500) return response
  const asked = fileAsked(config, request.method.toUpperCase(), segments)
  const upload = asked?.collection.upload
  if (!asked || !upload) return response
  if (response.status === 500) {
    if (upload.handlers?.length) return response
    // Where Payload looks: the static folder, resolved as Payload resolves it.
    const folder = path.resolve(upload.staticDir || asked.collection.slug)
    if (await onDisk(path.resolve(folder, asked.filename))) return response
  }
  return errorResponse(config, request, NOT_FOUND)
}
