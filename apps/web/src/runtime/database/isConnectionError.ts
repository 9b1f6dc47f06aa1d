/**
 * Socket errors and Postgres states (admin shutdown, crash shutdown, starting up or shutting down)
 * that mean "no usable connection", as opposed to a query Postgres refused.
 */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
])

/** node-postgres and the Payload adapter report some losses by message only. */
const CONNECTION_MESSAGES =
  /Connection terminated|cannot connect to Postgres|timeout exceeded when trying to connect/i

/** True when `error` (or an error it was caused by) says the database cannot be reached. */
export const isConnectionError = (error: unknown): boolean => {
  for (let current = error; current instanceof Error; current = current.cause) {
    const { code } = current as { code?: unknown }
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08')))
      return true
    if (CONNECTION_MESSAGES.test(current.message)) return true
  }
  return false
}
