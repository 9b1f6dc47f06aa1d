import {
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Field,
  type GlobalConfig,
  type PayloadRequest,
  ValidationError,
} from 'payload'
import { clientError } from '../errors'
import { containsNul, inputProblems, relationIds } from './inputProblems'

/** Postgres refuses NUL in text; a query or a write carrying one is the caller's mistake. */
const refuseNul = (value: unknown, what: string) => {
  if (containsNul(value)) throw clientError(`The ${what} contains a NUL character.`, 400)
}

/**
 * Every id a write names must exist, or Postgres answers with a foreign-key error (a 500). One
 * query per target collection, however many fields point at it (autosave runs this often).
 */
const refuseUnknownIds = async (fields: Field[], data: unknown, req: PayloadRequest) => {
  const references = relationIds(fields, data)
  const byCollection = new Map<CollectionSlug, Set<number>>()
  for (const { relationTo, ids } of references) {
    const set = byCollection.get(relationTo) ?? new Set<number>()
    for (const id of ids) set.add(id)
    byCollection.set(relationTo, set)
  }
  const existing = new Map<CollectionSlug, Set<number>>()
  // One after another: they share the save's transaction, and so its connection.
  for (const [collection, ids] of byCollection) {
    const { docs } = await req.payload.find({
      collection,
      where: { id: { in: [...ids] } },
      select: {},
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    existing.set(collection, new Set(docs.map((doc) => Number(doc.id))))
  }
  return references
    .filter(({ relationTo, ids }) => ids.some((id) => !existing.get(relationTo)?.has(id)))
    .map(({ path, relationTo }) => ({
      path,
      message: `${path} names a ${relationTo} document that does not exist.`,
    }))
}

const checkWrite = async (
  fields: Field[],
  data: unknown,
  req: PayloadRequest,
  target: { collection?: string; global?: string },
) => {
  refuseNul(data, 'data')
  if (data !== undefined && (typeof data !== 'object' || data === null || Array.isArray(data))) {
    throw clientError('The data must be an object of field values.', 400)
  }
  const record = data as Record<string, unknown> | undefined
  if (
    record &&
    'password' in record &&
    record.password !== undefined &&
    typeof record.password !== 'string'
  ) {
    throw new ValidationError({
      ...target,
      errors: [{ path: 'password', message: 'password must be text.' }],
      req,
    })
  }
  const problems = inputProblems(fields, data)
  const errors = problems.length > 0 ? problems : await refuseUnknownIds(fields, data, req)
  if (errors.length > 0) throw new ValidationError({ ...target, errors, req })
}

type WriteArgs = { data?: unknown; where?: unknown }

/** Checks every write's raw data and every query's `where` before Payload runs the operation. */
export const guardCollectionInput: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const { data, where } = args as WriteArgs
  refuseNul(where, 'query')
  if (operation === 'create' || operation === 'update') {
    await checkWrite(collection.fields, data, req, { collection: collection.slug })
  }
  return args
}

type GlobalHooks = NonNullable<GlobalConfig['hooks']>
type GlobalBeforeOperation = NonNullable<GlobalHooks['beforeOperation']>[number]

export const guardGlobalInput: GlobalBeforeOperation = async ({ args, global, operation, req }) => {
  if (operation === 'update') {
    await checkWrite(global.fields, (args as WriteArgs).data, req, { global: global.slug })
  }
  return args
}
