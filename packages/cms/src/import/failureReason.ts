import { ImportError } from './importError'

type FieldErrors = { data?: { errors?: { path?: string; message?: string }[] } }

/** Database errors quote their whole query; the first line and the cause are what helps. */
const MAX_LENGTH = 300

const brief = (error: Error) => {
  const first = error.message.split('\n')[0] ?? ''
  const cause = error.cause instanceof Error ? error.cause.message : undefined
  const line = first.startsWith('Failed query') && cause ? `database error: ${cause}` : first
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH)}…` : line
}

/** One line for the report: our own reasons as they are, Payload's field errors by field. */
export const failureReason = (error: unknown): string => {
  if (error instanceof ImportError) return error.message
  const fields = (error as FieldErrors | null)?.data?.errors
  if (Array.isArray(fields) && fields.length > 0) {
    return fields.map(({ path, message }) => `${path}: ${message}`).join('; ')
  }
  return error instanceof Error ? brief(error) : String(error)
}
