import config from '@payload-config'
import { connection } from 'next/server'
import { getPayload } from 'payload'
import { cache } from 'react'
import { isConnectionError } from './isConnectionError'

/** A database that does not answer in this time is as good as unreachable for an editor waiting. */
const PROBE_TIMEOUT_MS = 5000

const timeout = () =>
  new Promise<never>((_, reject) => {
    const error = Object.assign(new Error('The database did not answer in time'), {
      code: 'ETIMEDOUT',
    })
    setTimeout(() => reject(error), PROBE_TIMEOUT_MS).unref()
  })

/**
 * Whether Postgres answers right now (once per request). Payload's admin turns a lost database
 * into a generic "This page couldn't load", so the admin asks first and can say what is wrong.
 * Errors other than a lost connection are not this function's to hide: they are thrown.
 */
export const databaseReachable = cache(async (): Promise<boolean> => {
  // The answer belongs to this request: a page showing it is never prerendered or cached.
  await connection()
  try {
    const payload = await getPayload({ config })
    await Promise.race([payload.db.pool.query('SELECT 1'), timeout()])
    return true
  } catch (error) {
    if (isConnectionError(error)) return false
    throw error
  }
})
