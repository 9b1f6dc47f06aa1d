import type { SanitizedConfig } from 'payload'
import { NOT_FOUND, type Problem } from '../errors'
import { isValidId } from './ids'
import { resolveRoute } from './routeMatch'

/** Auth's `/verify/:id` takes the emailed token, not a document id. */
const TOKEN_ROUTES = new Set(['/verify/:id'])

/**
 * A route whose `:id` cannot name a document: answered 404, as a document that does not exist
 * is. Payload's own endpoints use `:id` for document and version ids (all serials), except the
 * verification token above; a custom endpoint that calls its parameter `id` is held to the same.
 */
export const checkRouteIds = (
  config: SanitizedConfig,
  method: string,
  segments: string[],
): Problem | null => {
  const endpoint = resolveRoute(config, method, segments)?.endpoint
  const id = endpoint?.params.id
  if (endpoint === undefined || id === undefined || TOKEN_ROUTES.has(endpoint.path)) return null
  return isValidId(id) ? null : NOT_FOUND
}
