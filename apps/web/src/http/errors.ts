import { headersWithCors, type PayloadRequest, type SanitizedConfig } from 'payload'

/** A request the API refuses before Payload sees it: the status and what was wrong. */
export type Problem = {
  status: number
  message: string
  /** Several errors at once (GraphQL validation), instead of the one `message`. */
  errors?: ErrorEntry[]
}

export type ErrorEntry = {
  message: string
  locations?: readonly { line: number; column: number }[]
}

export const problem = (status: number, message: string): Problem => ({ status, message })

/** What an address that names nothing gets, whether it never could or just does not (docs/api.md). */
export const NOT_FOUND: Problem = problem(404, 'Not Found')

/** The one error shape of the API (docs/api.md, "Errors"). */
export const errorBody = (message: string) => ({ errors: [{ message }] })

/**
 * A JSON error answer, with the CORS headers Payload would have added for this origin (so a
 * browser app on an allowed origin can read why it was refused).
 */
export const errorResponse = (
  config: SanitizedConfig,
  request: Request,
  { status, message, errors }: Problem,
): Response => {
  // headersWithCors only reads `payload.config.cors` and the Origin header of `req`.
  const req = { payload: { config }, headers: request.headers } as unknown as PayloadRequest
  return Response.json(errors ? { errors } : errorBody(message), {
    status,
    headers: headersWithCors({ headers: new Headers(), req }),
  })
}
