import { docAccessOperation, docAccessOperationGlobal, type PayloadRequest } from 'payload'
import type { ServerFunctionGuard } from './serverFunctions'

/**
 * `form-state` with `returnLockStatus` writes an edit lock for whichever document the call
 * names, straight to the database: a contributor could lock an editor's article, which blocks
 * its saves over the API (423) and shows editors "locked by" a contributor. A caller who may not
 * edit the document gets its form state without taking the lock (Payload's Edit view asks for
 * the lock only while the caller edits, so the admin never notices).
 */

const mayEdit = async (req: PayloadRequest, args: Record<string, unknown>): Promise<boolean> => {
  const { collectionSlug, globalSlug, id } = args
  if (typeof collectionSlug === 'string' && (typeof id === 'string' || typeof id === 'number')) {
    const collection =
      req.payload.collections[collectionSlug as keyof typeof req.payload.collections]
    // Asked with the id: Payload reads the document and checks it against a rule's `where`.
    return Boolean(collection && (await docAccessOperation({ id, collection, req })).update)
  }
  if (typeof globalSlug === 'string') {
    const globalConfig = req.payload.config.globals.find(({ slug }) => slug === globalSlug)
    return Boolean(globalConfig && (await docAccessOperationGlobal({ globalConfig, req })).update)
  }
  // Payload locks nothing without a document.
  return true
}

export const lockOnlyWhatCallerMayEdit: ServerFunctionGuard = async (req, args, next) => {
  if (!args.returnLockStatus || (await mayEdit(req, args))) return next(args)
  return next({ ...args, returnLockStatus: false, updateLastEdited: false })
}
