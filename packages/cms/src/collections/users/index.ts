import type { CollectionConfig } from 'payload'
import { admins, adminsField } from '../../access/admins'
import { adminsOrSelf } from '../../access/adminsOrSelf'
import { roles } from '../../roles'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

/** Staff accounts. Never readable without a session, over any API. */
export const users: CollectionConfig = {
  slug: 'users',
  auth: { maxLoginAttempts: 5, lockTime: 10 * 60 * 1000 },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'role', 'author'] },
  access: { read: adminsOrSelf, create: admins, update: adminsOrSelf, delete: admins },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'contributor',
      saveToJWT: true,
      options: roles.map((role) => ({
        label: role[0]?.toUpperCase() + role.slice(1),
        value: role,
      })),
      access: { create: adminsField, update: adminsField },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'authors',
      admin: { description: 'The public author profile this account writes as.' },
    },
  ],
}
