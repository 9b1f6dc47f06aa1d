import type { Access, FieldAccess } from 'payload'
import { hasRole } from '../roles'

/** Editors and admins manage shared content (authors, topics, disclaimers, the site global). */
export const editors: Access = ({ req }) => hasRole(req.user, 'editor', 'admin')

export const editorsField: FieldAccess = ({ req }) => hasRole(req.user, 'editor', 'admin')
