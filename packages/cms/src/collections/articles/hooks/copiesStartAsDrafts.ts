import type { CollectionBeforeOperationHook } from 'payload'
import { hasRole } from '../../../roles'

/**
 * A copy made by someone who may not publish is saved as a draft. Payload's duplicate copies
 * the source's `_status` but asks create access with the request's data only, so a contributor
 * duplicating a live article got a second live article, published by nobody who may publish.
 */
export const copiesStartAsDrafts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || args.duplicateFromID == null || args.overrideAccess) return args
  if (hasRole(req.user, 'editor', 'admin')) return args
  return { ...args, draft: true, data: { ...args.data, _status: 'draft' } }
}
