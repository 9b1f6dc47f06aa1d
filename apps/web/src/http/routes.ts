import {
  REST_DELETE as PAYLOAD_REST_DELETE,
  REST_GET as PAYLOAD_REST_GET,
  REST_OPTIONS as PAYLOAD_REST_OPTIONS,
  REST_PATCH as PAYLOAD_REST_PATCH,
  REST_POST as PAYLOAD_REST_POST,
  REST_PUT as PAYLOAD_REST_PUT,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { errorResponse, type Problem } from './errors'
import type { ConfigArg } from './forwarded'
import { outageAnswer } from './outage'
import { checkRouteIds } from './rest/routeIds'
import { checkFileName, missingFileAnswer } from './rest/uploadFiles'
import { checkQuery } from './rest/whereIds'
import { checkWriteBody, overriddenToGet } from './rest/writeBody'

/**
 * Payload's REST and GraphQL route handlers, with the HTTP boundary guarded: the same
 * signatures as `@payloadcms/next/routes`, so the app's routes and the tests mount these (the
 * GraphQL one lives in graphqlRoute.ts).
 *
 * Before Payload runs, a request is refused with a 4xx and `{ errors: [{ message }] }` when
 * - its address names an id that cannot exist (404, as a missing document), or a file name no
 *   upload can have (404);
 * - its `where` is not an object, or compares ids with junk (400);
 * - a write's body is not a JSON object (400), is JSON over 2 MB (413) or nested over 64 levels
 *   (400), has another content type (415) or a Content-Type header that cannot be read (400), or
 *   is multipart that busboy (Payload's parser) cannot read, with a `_payload` that is not a
 *   JSON object or a `file` that is text (400);
 * - a GraphQL body is not a JSON object (400, 413, 415), its Content-Type cannot be read (400),
 *   or its query has fragment cycles or costs more than its budget (400).
 * The body is read once, and Payload gets a new Request with the same bytes and headers.
 * Payload's own answers pass unchanged, except "Route not found", given the usual error shape,
 * a file that is missing or not the caller's to see (Payload: 500 or 403, here 404), a 5xx
 * while the database does not answer, which becomes a 503 with `Retry-After`, and, in
 * production, GraphQL's "Did you mean" guesses, which are cut.
 */

type RestArgs = { params: Promise<{ slug?: string[] }> }
type RestHandler = (config: ConfigArg) => (request: Request, args: RestArgs) => Promise<Response>

const decodeSegment = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** The route's segments after /api/, decoded, as Payload will read them. */
const segmentsOf = async (
  config: SanitizedConfig,
  request: Request,
  args: RestArgs | undefined,
): Promise<string[]> => {
  const slug = (await args?.params)?.slug
  if (slug) return slug
  // Without params Payload reads the address itself.
  const { pathname } = new URL(request.url)
  const api = config.routes.api
  const path = pathname.startsWith(api) ? pathname.slice(api.length) : pathname
  return path.split('/').filter(Boolean).map(decodeSegment)
}

/** Payload's "Route not found" is a bare `{ message }`: given the `errors` shape of every other error. */
const withErrorShape = async (response: Response): Promise<Response> => {
  if (response.status !== 404) return response
  if (!(response.headers.get('content-type') ?? '').includes('application/json')) return response
  let body: unknown
  try {
    body = await response.clone().json()
  } catch {
    return response
  }
  if (typeof body !== 'object' || body === null || 'errors' in body) return response
  const { message } = body as { message?: unknown }
  if (typeof message !== 'string') return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return Response.json(
    { errors: [{ message }] },
    { status: response.status, statusText: response.statusText, headers },
  )
}

const WRITES = new Set(['POST', 'PATCH', 'PUT'])

const guardRest =
  (payloadHandler: RestHandler): RestHandler =>
  (config) => {
    const handle = payloadHandler(config)
    return async (request, args) => {
      const resolved = await config
      const refuse = (found: Problem) => errorResponse(resolved, request, found)
      const method = overriddenToGet(request) ? 'GET' : request.method.toUpperCase()
      const segments = await segmentsOf(resolved, request, args)
      const early =
        checkRouteIds(resolved, method, segments) ??
        checkFileName(resolved, method, segments) ??
        checkQuery(resolved, segments, new URL(request.url).searchParams)
      if (early) return refuse(early)
      let forward = request
      if (WRITES.has(request.method.toUpperCase())) {
        const checked = await checkWriteBody(resolved, request, segments)
        if ('problem' in checked) return refuse(checked.problem)
        forward = checked.request
      }
      const answer = await withErrorShape(await handle(forward, args))
      return outageAnswer(
        resolved,
        request,
        await missingFileAnswer(resolved, request, segments, answer),
      )
    }
  }

export const REST_GET = guardRest(PAYLOAD_REST_GET)
export const REST_POST = guardRest(PAYLOAD_REST_POST)
export const REST_PATCH = guardRest(PAYLOAD_REST_PATCH)
export const REST_PUT = guardRest(PAYLOAD_REST_PUT)
export const REST_DELETE = guardRest(PAYLOAD_REST_DELETE)
/** Preflight requests carry no body and name no document: Payload's, unchanged. */
export const REST_OPTIONS = PAYLOAD_REST_OPTIONS

export { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } from './graphql/graphqlRoute'
