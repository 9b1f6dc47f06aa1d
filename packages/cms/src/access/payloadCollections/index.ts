import type { PayloadRequest, SanitizedConfig } from 'payload'
import { hasRole } from '../../roles'
import { admins } from '../admins'
import { lockedDocumentsAccess } from './lockedDocuments'
import { preferencesAccess, staffOnlyEndpoints } from './preferences'

const nobody = () => false

/** The jobs queue's rules (run, queue, cancel) answer yes or no, never a `where`. */
export const adminsOnly = ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin')

/**
 * Payload's own collections (edit locks, admin preferences, the migration log) are added while
 * Payload sanitises the config, after our collections and plugins, with "any signed-in caller"
 * rules. An `api` key is read-only and a contributor is not an operator, so each gets the rule
 * decided here. The jobs queue is set in the config itself (`jobs.access`).
 */
export const decideAccessOfPayloadCollections = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    switch (collection.slug) {
      case 'payload-locked-documents':
        collection.access = { ...collection.access, ...lockedDocumentsAccess }
        break
      case 'payload-preferences':
        collection.access = { ...collection.access, ...preferencesAccess }
        collection.endpoints = staffOnlyEndpoints(collection.endpoints)
        break
      case 'payload-migrations':
        // Written by `payload migrate` with access control off; admins may look.
        collection.access = {
          ...collection.access,
          read: admins,
          create: nobody,
          update: nobody,
          delete: nobody,
        }
        break
    }
  }
  return config
}
