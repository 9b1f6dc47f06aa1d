import type { Access, CollectionConfig } from 'payload'
import { hasRole, staffRoles } from '../../roles'

/**
 * Edit locks say who is editing a document. Staff take one for themselves, or take over
 * someone's (the admin's "take over" sets the lock's user to the taker); nobody writes a lock in
 * another person's name, and a lock is released by its holder or an admin. API keys and readers
 * have no locks at all: Payload's default let any key create a lock attributed to the admin.
 */
type LockUser = { relationTo?: unknown; value?: unknown } | number | string | null | undefined

const userOf = (data: unknown): LockUser =>
  typeof data === 'object' && data !== null && 'user' in data ? (data.user as LockUser) : undefined

const namesSelf = (user: LockUser, self: { id: number | string }) =>
  typeof user === 'object' && user !== null
    ? user.relationTo === 'users' && String(user.value) === String(self.id)
    : String(user) === String(self.id)

const ownLocks = (id: number | string) => ({ 'user.value': { equals: id } })

const readLocks: Access = ({ req }) => hasRole(req.user, ...staffRoles)

const createLock: Access = ({ req, data }) =>
  Boolean(req.user) &&
  hasRole(req.user, ...staffRoles) &&
  namesSelf(userOf(data), req.user as { id: number })

const updateLock: Access = ({ req, data }) => {
  if (!req.user || !hasRole(req.user, ...staffRoles)) return false
  const user = userOf(data)
  if (user === undefined) return ownLocks(req.user.id)
  return namesSelf(user, req.user)
}

const deleteLock: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user || !hasRole(req.user, ...staffRoles)) return false
  return ownLocks(req.user.id)
}

export const lockedDocumentsAccess: CollectionConfig['access'] = {
  read: readLocks,
  create: createLock,
  update: updateLock,
  delete: deleteLock,
}
