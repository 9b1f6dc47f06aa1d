import type { CollectionConfig } from 'payload'
import { admins, adminsField } from '../../access/admins'
import { adminsOrSelf } from '../../access/adminsOrSelf'
import { staffSelfOrAdmins } from '../../access/staffSelfOrAdmins'
import { type AuthAttempts, countAuthAttempts, forgiveRightLogins } from '../../auth/authAttempts'
import { hasRole, type Role, roles, staffRoles } from '../../roles'
import { apiKeysForApiAccounts } from './hooks/apiKeysForApiAccounts'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { revokeOnCredentialChange } from './hooks/revokeOnCredentialChange'

const roleLabels: Record<Role, string> = {
  api: 'API client (read-only)',
  contributor: 'Contributor',
  editor: 'Editor',
  admin: 'Admin',
}

/**
 * Staff accounts. Never readable without a session, over any API. `authAttempts` counts failed
 * logins and all password resets per caller (the app's limiter); without it they are not limited.
 */
export const users = ({
  secureCookies,
  authAttempts,
}: {
  secureCookies: boolean
  authAttempts?: AuthAttempts
}): CollectionConfig => ({
  slug: 'users',
  // API keys for server-to-server clients (role `api` only, issued by admins); switching a key
  // off, or changing the account's password or role, revokes it at once.
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    useAPIKey: true,
    // The session cookie: never readable by scripts, sent only first-party, HTTPS-only wherever
    // the site is served over HTTPS (production), so it never crosses the network in clear.
    cookies: { sameSite: 'Lax', secure: secureCookies },
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'role', 'author'] },
  access: {
    read: adminsOrSelf,
    create: admins,
    update: staffSelfOrAdmins,
    delete: admins,
    // Payload's default lets any signed-in account, an API key too, unlock anyone.
    unlock: admins,
    // The admin panel is for staff; API clients only call the API.
    admin: ({ req }) => hasRole(req.user, ...staffRoles),
  },
  hooks: {
    beforeOperation: authAttempts ? [countAuthAttempts(authAttempts)] : [],
    afterLogin: authAttempts ? [forgiveRightLogins(authAttempts)] : [],
    beforeValidate: [revokeOnCredentialChange],
    beforeChange: [firstUserIsAdmin, apiKeysForApiAccounts],
  },
  fields: [
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'contributor',
      saveToJWT: true,
      options: roles.map((role) => ({ label: roleLabels[role], value: role })),
      access: { create: adminsField, update: adminsField },
      // The first-user form shows this field with its default; the hook decides, not the form.
      admin: { description: 'The first account of a new site is always an Admin.' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'authors',
      admin: { description: 'The public author profile this account writes as.' },
    },
    // Payload adds the API key fields; naming `apiKey` here decides who issues keys (it applies
    // to `enableAPIKey` too, and the admin shows the key controls only to them). Payload's
    // default is anyone who may open the admin, a contributor included.
    { name: 'apiKey', type: 'text', access: { create: adminsField, update: adminsField } },
  ],
})
