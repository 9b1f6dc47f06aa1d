import type { SanitizedConfig } from 'payload'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@/http/routes'

/**
 * The app's REST and GraphQL route handlers called with hostile requests. Unlike `routes.ts`,
 * every answer is kept as raw text (an error page need not be JSON) and every call races a
 * deadline: a handler that never answers fails its case instead of stalling the run.
 */
export const CASE_TIMEOUT_MS = 10_000

export type Answer = {
  status: number
  /** The raw body, whatever it is. */
  text: string
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown
  contentType: string
  ms: number
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

const handlers = { GET: REST_GET, POST: REST_POST, PATCH: REST_PATCH, DELETE: REST_DELETE }

/** Rejects when `work` has not settled after `ms`: a hang is a failure, named by `label`. */
export const withinDeadline = async <T>(
  label: string,
  work: () => Promise<T>,
  ms = CASE_TIMEOUT_MS,
): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: no answer within ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([work(), deadline])
  } finally {
    clearTimeout(timer)
  }
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * A handler that throws instead of answering: Next turns that into a 500 page, so it is one.
 * The error and its stack are kept as the body, for the report.
 */
const thrown = (error: unknown, started: number): Answer => {
  const text = `handler threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
  return { status: 500, text, json: undefined, contentType: '', ms: Date.now() - started }
}

const read = async (response: Response, started: number): Promise<Answer> => {
  const text = await response.text()
  return {
    status: response.status,
    text,
    json: parseJson(text),
    contentType: response.headers.get('content-type') ?? '',
    ms: Date.now() - started,
  }
}

/**
 * The catch-all segments Next hands the route for `/api/<path>`: split on `/` and
 * percent-decoded one by one (a segment that does not decode is passed as it came).
 */
export const routeSegments = (path: string): string[] =>
  (path.split('?')[0] ?? '')
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })

export type RestInit = {
  method?: Method
  headers?: Record<string, string>
  body?: BodyInit
}

/** One REST call: `path` is what follows `/api/`, query string included, sent as typed. */
export const rest = (
  config: Promise<SanitizedConfig>,
  path: string,
  { method = 'GET', headers = {}, body }: RestInit = {},
): Promise<Answer> =>
  withinDeadline(`${method} /api/${path.slice(0, 120)}`, async () => {
    const started = Date.now()
    const request = new Request(`http://localhost:3000/api/${path}`, { method, headers, body })
    try {
      const response = await handlers[method](config)(request, {
        params: Promise.resolve({ slug: routeSegments(path) }),
      })
      return await read(response, started)
    } catch (error) {
      return thrown(error, started)
    }
  })

/** A JSON request body, sent with the JSON content type. */
export const jsonInit = (
  method: Method,
  body: string,
  headers: Record<string, string> = {},
): RestInit => ({ method, body, headers: { 'content-type': 'application/json', ...headers } })

/** A raw POST to /api/graphql: `body` is sent as given (it may be malformed on purpose). */
export const graphqlRaw = (
  config: Promise<SanitizedConfig>,
  body: string,
  headers: Record<string, string> = {},
): Promise<Answer> =>
  withinDeadline(`POST /api/graphql ${body.slice(0, 80)}`, async () => {
    const started = Date.now()
    const request = new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    })
    try {
      return await read(await GRAPHQL_POST(config)(request), started)
    } catch (error) {
      return thrown(error, started)
    }
  })

export const graphql = (
  config: Promise<SanitizedConfig>,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
) => graphqlRaw(config, JSON.stringify({ query, variables }), headers)

export type GraphqlBody = {
  data?: Record<string, unknown> | null
  errors?: { message: string }[]
}

/** The error messages of a REST or GraphQL answer, when it has the usual `errors` list. */
export const errorMessages = (answer: Answer): string[] => {
  const body = answer.json as { errors?: unknown } | undefined
  if (!body || !Array.isArray(body.errors)) return []
  return body.errors.map((error) =>
    typeof error === 'object' && error && 'message' in error ? String(error.message) : '',
  )
}

/** A short description of an answer for assertion messages. */
export const describeAnswer = (answer: Answer) =>
  `${answer.status} in ${answer.ms} ms: ${answer.text.slice(0, 600)}`
