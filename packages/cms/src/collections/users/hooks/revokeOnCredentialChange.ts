import type { CollectionBeforeValidateHook } from 'payload'
import { noApiKey } from './noApiKey'

/**
 * A new password or role ends what the old one opened: the account's API key (a key survives
 * logout, so a stolen one would outlive the password change meant to shut it out) and, for a
 * role, every session (Payload itself ends the other sessions when a password changes).
 *
 * A `beforeValidate` hook because Payload's password reset runs only these: with the stored row,
 * changed in place, as `data`, and no `originalDoc`.
 */
export const revokeOnCredentialChange: CollectionBeforeValidateHook = ({
  data,
  operation,
  originalDoc,
}) => {
  if (operation !== 'update' || !data) return data
  const isReset = originalDoc === undefined
  const passwordChanged = isReset || (typeof data.password === 'string' && data.password !== '')
  const roleChanged = !isReset && data.role !== undefined && data.role !== originalDoc.role
  if (!passwordChanged && !roleChanged) return data
  // An admin may hand over a fresh key in the same save (making the account an API client).
  const issuesNewKey = !isReset && typeof data.apiKey === 'string' && data.apiKey !== ''
  if (!issuesNewKey) Object.assign(data, noApiKey)
  if (roleChanged) data.sessions = []
  return data
}
