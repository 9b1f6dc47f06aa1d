import path from 'node:path'
import { dataDir, localSecrets } from './dataDir'
import type { ScriptDatabase } from './scriptDatabase'

/** The environment the app's config reads, completed as `npm start` completes it. */
export const prepareScriptEnvironment = (database: ScriptDatabase) => {
  const local = process.env.NODE_ENV !== 'production' || database.secrets
  const secret = process.env.PAYLOAD_SECRET || (local ? localSecrets().payloadSecret : undefined)
  process.env.DATABASE_URL = database.url
  if (secret) process.env.PAYLOAD_SECRET = secret
  process.env.MEDIA_DIR ||= path.join(dataDir, 'media')
  // No dev server to reload from here: Payload's dev-mode HMR socket would only get in the way.
  process.env.DISABLE_PAYLOAD_HMR = 'true'
}
