import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Remembers who started an article (whatever the request claims): contributors may keep editing
 * only their own drafts. The field cannot be updated afterwards.
 */
export const stampCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  return { ...data, createdBy: req.user?.collection === 'users' ? req.user.id : null }
}
