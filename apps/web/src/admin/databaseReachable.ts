import config from '@payload-config'
import { connection } from 'next/server'
import { cache } from 'react'
import { databaseAnswers } from '../runtime/database/databaseAnswers'

/**
 * Whether Postgres answers right now (once per request). Payload's admin turns a lost database
 * into a generic "This page couldn't load", so the admin asks first and can say what is wrong.
 */
export const databaseReachable = cache(async (): Promise<boolean> => {
  // The answer belongs to this request: a page showing it is never prerendered or cached.
  await connection()
  return databaseAnswers(config)
})
