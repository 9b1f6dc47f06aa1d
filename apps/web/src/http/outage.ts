import type { SanitizedConfig } from 'payload'
import { DATABASE_UNREACHABLE, databaseAnswers } from '../runtime/database/databaseAnswers'
import { errorResponse, problem } from './errors'

/** What the production proxy's 503 page says too (deploy/nginx). */
export const RETRY_AFTER_SECONDS = 30

/**
 * Payload answers a lost database with 500 "An unknown error occurred.", which a client must read
 * as a bug of ours. A 5xx that comes while Postgres does not answer becomes a 503 that says so,
 * with `Retry-After`: an outage, and when to try again. Any other answer passes unchanged.
 */
export const outageAnswer = async (
  config: SanitizedConfig,
  request: Request,
  response: Response,
): Promise<Response> => {
  if (response.status < 500) return response
  // A probe that fails some other way says nothing about an outage: keep Payload's answer.
  if (await databaseAnswers(config).catch(() => true)) return response
  const answer = errorResponse(config, request, problem(503, DATABASE_UNREACHABLE))
  answer.headers.set('retry-after', String(RETRY_AFTER_SECONDS))
  return answer
}
