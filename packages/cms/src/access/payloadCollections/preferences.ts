import type { Access, CollectionConfig, Endpoint, Where } from 'payload'
import { hasRole, staffRoles } from '../../roles'

/**
 * Admin preferences (column choices, collapsed groups) belong to the staff member who set them.
 * API keys have no admin, so no preferences: Payload's default let any signed-in caller write
 * them, through the collection and through its own `/:key` endpoints, which skip access rules.
 */
const ownPreferences: Access = ({ req }) => {
  if (!req.user || !hasRole(req.user, ...staffRoles)) return false
  const own: Where[] = [
    { 'user.value': { equals: req.user.id } },
    { 'user.relationTo': { equals: 'users' } },
  ]
  return { and: own }
}

export const preferencesAccess: CollectionConfig['access'] = {
  read: ownPreferences,
  // Payload's own hook sets the owner to the caller.
  create: ({ req }) => hasRole(req.user, ...staffRoles),
  update: ownPreferences,
  delete: ownPreferences,
}

const forbidden = () =>
  Response.json(
    { errors: [{ message: 'Admin preferences are for staff accounts.' }] },
    { status: 403 },
  )

/** Payload's `/api/payload-preferences/:key` endpoints, for staff only. */
export const staffOnlyEndpoints = (endpoints: CollectionConfig['endpoints']): Endpoint[] =>
  (endpoints || []).map((endpoint) => ({
    ...endpoint,
    handler: (req) => (hasRole(req.user, ...staffRoles) ? endpoint.handler(req) : forbidden()),
  }))
