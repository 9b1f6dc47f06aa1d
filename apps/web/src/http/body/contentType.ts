import { parse } from 'content-type'
import { type Problem, problem } from '../errors'

/** A request's media type (lower case) and its parameters (names in lower case, values as sent). */
export type ContentType = { type: string; params: Record<string, string> }

/**
 * The Content-Type header read by the `content-type` package (RFC 9110's grammar): `value` is
 * undefined when there is none. `parse` throws on a malformed header; that is a 400 quoting it
 * and saying why, not a guess at what was meant: a 415 would tell a client with a typo (`json`,
 * `application/json;`) that the API does not take a type it does take. Only a request whose
 * body is read asks.
 */
export const parseContentType = (
  header: string | null,
): { value?: ContentType } | { problem: Problem } => {
  if (!header?.trim()) return {}
  try {
    const { type, parameters } = parse(header)
    // `parameters` has no prototype; a plain copy reads and compares as any object.
    return { value: { type, params: { ...parameters } } }
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable'
    return {
      problem: problem(
        400,
        `The Content-Type header ${JSON.stringify(header)} is malformed (${reason}): send a media type and name=value parameters, like application/json; charset=utf-8.`,
      ),
    }
  }
}
