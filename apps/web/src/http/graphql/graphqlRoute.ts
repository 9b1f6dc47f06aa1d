import {
  GRAPHQL_PLAYGROUND_GET,
  GRAPHQL_POST as PAYLOAD_GRAPHQL_POST,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { parseContentType } from '../body/contentType'
import { parseJsonObject } from '../body/jsonBody'
import { MAX_JSON_BYTES, readBody } from '../body/requestBody'
import { errorResponse, type Problem, problem } from '../errors'
import { type ConfigArg, tooLargeJson, withBody } from '../forwarded'
import type { GraphqlRequests } from '../rateLimit/graphqlRequests'
import { checkGraphqlQuery } from './graphqlRequest'
import { withoutSuggestions } from './graphqlSuggestions'

/**
 * Payload's GraphQL route handler behind the guard (see routes.ts for the REST one): the caller's
 * request budget, a JSON body of bounded size, a query without fragment cycles and within its
 * cost, and in production no "Did you mean" guesses in the errors.
 */
type GraphqlOptions = {
  production?: boolean
  /** The per-caller request budget (the app's route passes one; tests call unlimited). */
  requests?: GraphqlRequests
}
type GraphqlHandler = (
  config: ConfigArg,
  options?: GraphqlOptions,
) => (request: Request) => Promise<Response>

/** Over the caller's GraphQL budget: 429 with `Retry-After`, CORS headers as on any refusal. */
const tooManyGraphqlRequests = (
  config: SanitizedConfig,
  request: Request,
  retryAfterSeconds: number,
) => {
  const answer = errorResponse(
    config,
    request,
    problem(429, `Too many GraphQL requests. Try again in ${retryAfterSeconds} s.`),
  )
  answer.headers.set('retry-after', String(retryAfterSeconds))
  return answer
}

/** An error thrown with an HTTP status (Payload's APIError): its status, when it is a 4xx. */
const clientStatusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}

/** As graphql-http (Payload's GraphQL server) reads a request: JSON, in UTF-8 if a charset is named. */
const checkContentType = (header: string | null): Problem | null => {
  const read = parseContentType(header)
  if ('problem' in read) return read.problem
  const { charset, ...others } = read.value?.params ?? {}
  const utf8 = charset === undefined || charset.toLowerCase() === 'utf-8'
  if (read.value?.type === 'application/json' && utf8 && Object.keys(others).length === 0)
    return null
  return problem(
    415,
    `Send a GraphQL request as a JSON object with Content-Type application/json${
      read.value ? `, not ${header}` : ''
    }.`,
  )
}

export const GRAPHQL_POST: GraphqlHandler = (
  config,
  { production = process.env.NODE_ENV === 'production', requests } = {},
) => {
  const handle = PAYLOAD_GRAPHQL_POST(config)
  return async (request) => {
    const resolved = await config
    const refuse = (found: Problem) => errorResponse(resolved, request, found)
    const verdict = requests ? await requests(request.headers) : undefined
    if (verdict && !verdict.allowed)
      return tooManyGraphqlRequests(resolved, request, verdict.retryAfterSeconds)
    const wrongType = checkContentType(request.headers.get('content-type'))
    if (wrongType) return refuse(wrongType)
    const read = await readBody(request, MAX_JSON_BYTES)
    if ('tooLarge' in read) return refuse(tooLargeJson)
    const parsed = parseJsonObject(read.bytes, 'The request body', 'a JSON object with a query')
    if ('problem' in parsed) return refuse(parsed.problem)
    const { query, variables } = parsed.value
    if (typeof query === 'string') {
      const found = checkGraphqlQuery(query, variables)
      if (found) return refuse(found)
    }
    try {
      const answer = await handle(withBody(request, read.bytes))
      return production ? await withoutSuggestions(answer) : answer
    } catch (error) {
      const status = clientStatusOf(error)
      if (status === undefined) throw error
      const message = error instanceof Error ? error.message : 'The request was refused.'
      return refuse(problem(status, message))
    }
  }
}

export { GRAPHQL_PLAYGROUND_GET }
