import type { Access } from 'payload'
import { hasRole, staffRoles } from '../roles'

/**
 * Admins change any account; staff change their own. API clients change nothing, not even their
 * own account: a key must never become a way to set a password and sign in to /admin.
 */
export const staffSelfOrAdmins: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user || !hasRole(req.user, ...staffRoles)) return false
  return { id: { equals: req.user.id } }
}
