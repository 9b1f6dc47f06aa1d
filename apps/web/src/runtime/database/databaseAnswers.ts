import { getPayload, type SanitizedConfig } from 'payload'
import { isConnectionError } from './isConnectionError'

/** What the admin and the API say while Postgres does not answer. */
export const DATABASE_UNREACHABLE = 'The database is unreachable; try again shortly.'

/** A database that does not answer in this time is as good as unreachable for someone waiting. */
const PROBE_TIMEOUT_MS = 5000

const timeout = () =>
  new Promise<never>((_, reject) => {
    const error = Object.assign(new Error('The database did not answer in time'), {
      code: 'ETIMEDOUT',
    })
    setTimeout(() => reject(error), PROBE_TIMEOUT_MS).unref()
  })

/**
 * Whether Postgres answers a `SELECT 1` right now. Errors other than a lost connection are not
 * this function's to hide: they are thrown.
 */
export const databaseAnswers = async (
  config: SanitizedConfig | Promise<SanitizedConfig>,
): Promise<boolean> => {
  try {
    const payload = await getPayload({ config })
    await Promise.race([payload.db.pool.query('SELECT 1'), timeout()])
    return true
  } catch (error) {
    if (isConnectionError(error)) return false
    throw error
  }
}
