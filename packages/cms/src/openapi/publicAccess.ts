import type {
  FlattenedField,
  PayloadRequest,
  SanitizedCollectionConfig,
  SanitizedConfig,
  SanitizedGlobalConfig,
} from 'payload'

/**
 * What an anonymous caller can read, asked of the config itself so a new collection, global or
 * field cannot be forgotten: each `access.read` is called with a request that has no user.
 * `true`, or a Where query (a filtered subset, e.g. published articles only), means public;
 * `false`, a thrown error or anything else means not, so the document fails closed. Fields are
 * dropped when `hidden` or when their own `access.read` says no. Payload's internal collections
 * (`payload-*`) are machinery, never part of the content API, whatever their rules say.
 */
const anonymous = { user: null, context: {}, headers: new Headers() } as unknown as PayloadRequest

type ReadRule = ((args: { req: PayloadRequest }) => unknown) | undefined

export const anonymousCanRead = async (read: ReadRule): Promise<boolean> => {
  if (!read) return false
  try {
    const answer = await read({ req: anonymous })
    return answer === true || (typeof answer === 'object' && answer !== null)
  } catch {
    return false
  }
}

const fieldIsPublic = (field: FlattenedField, collections: Set<string>): Promise<boolean> => {
  if (field.hidden) return Promise.resolve(false)
  if (field.type === 'join' && !collections.has(String(field.collection))) {
    return Promise.resolve(false)
  }
  return field.access?.read
    ? anonymousCanRead(field.access.read as ReadRule)
    : Promise.resolve(true)
}

/** The fields an anonymous caller can see, nested groups, arrays, tabs and blocks included. */
const publicFields = async (
  fields: FlattenedField[],
  collections: Set<string>,
): Promise<FlattenedField[]> => {
  const kept: FlattenedField[] = []
  for (const field of fields) {
    if (!(await fieldIsPublic(field, collections))) continue
    if ('flattenedFields' in field) {
      kept.push({
        ...field,
        flattenedFields: await publicFields(field.flattenedFields, collections),
      })
    } else if (field.type === 'blocks') {
      const blocks = await Promise.all(
        field.blocks.map(async (block) => ({
          ...block,
          flattenedFields: await publicFields(block.flattenedFields, collections),
        })),
      )
      kept.push({ ...field, blocks })
    } else {
      kept.push(field)
    }
  }
  return kept
}

export type PublicEntities = {
  collections: SanitizedCollectionConfig[]
  globals: SanitizedGlobalConfig[]
}

/** Public collections and globals, each reduced to the fields an anonymous caller can read. */
export const publicEntities = async (config: SanitizedConfig): Promise<PublicEntities> => {
  const collections: SanitizedCollectionConfig[] = []
  for (const collection of config.collections) {
    if (collection.slug.startsWith('payload-')) continue
    if (await anonymousCanRead(collection.access.read as ReadRule)) collections.push(collection)
  }
  const slugs = new Set(collections.map((collection) => collection.slug))
  const globals: SanitizedGlobalConfig[] = []
  for (const global of config.globals) {
    if (await anonymousCanRead(global.access.read as ReadRule)) globals.push(global)
  }
  const reduce = async <T extends { flattenedFields: FlattenedField[] }>(entity: T) => ({
    ...entity,
    flattenedFields: await publicFields(entity.flattenedFields, slugs),
  })
  return {
    // Payload's generator gives auth collections a `password`, which REST never returns; a
    // collection without login has no `auth` at runtime either, whatever the type says.
    collections: await Promise.all(
      collections.map(async (collection) => ({
        ...(await reduce(collection)),
        auth: undefined as unknown as SanitizedCollectionConfig['auth'],
      })),
    ),
    globals: await Promise.all(globals.map(reduce)),
  }
}
