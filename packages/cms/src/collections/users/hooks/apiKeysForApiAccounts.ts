import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { noApiKey } from './noApiKey'

/**
 * API keys are for server-to-server clients: only an `api` account holds one. Asking for a key
 * on any other account is a field error; a key one still has (from before this rule) is
 * switched off with the next save.
 */
export const apiKeysForApiAccounts: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if ((data.role ?? originalDoc?.role) === 'api') return data
  const turnsKeyOn = data.enableAPIKey === true && originalDoc?.enableAPIKey !== true
  const setsKey = typeof data.apiKey === 'string' && data.apiKey !== ''
  if (turnsKeyOn || setsKey)
    throw new ValidationError(
      {
        collection: 'users',
        errors: [
          {
            path: 'enableAPIKey',
            message:
              'API keys are for API client accounts only: make this account an API client (read-only) first, or create one for the key.',
          },
        ],
      },
      req.t,
    )
  if (data.enableAPIKey === true) return { ...data, ...noApiKey }
  return data
}
