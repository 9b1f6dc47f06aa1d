import type { Access, FieldAccess } from 'payload'
import { hasRole, staffRoles } from '../roles'

/** People who write: every role but the read-only `api` clients. */
export const staff: Access = ({ req }) => hasRole(req.user, ...staffRoles)

export const staffField: FieldAccess = ({ req }) => hasRole(req.user, ...staffRoles)
