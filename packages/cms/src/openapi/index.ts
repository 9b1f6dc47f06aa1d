import type { SanitizedConfig } from 'payload'
import { graphqlPath } from './graphql'
import { collectionPaths, globalPath } from './paths'
import { publicEntities } from './publicAccess'
import { errorsSchema, listSchema, restParameters, restResponses } from './rest'
import { componentSchemas } from './schemas'
import type { OpenApiDocument, PathItem } from './types'

/**
 * The OpenAPI 3.1 document of the public read API, generated from the Payload config: every
 * collection and global an anonymous caller may read (see publicAccess.ts for the rule) gets
 * its GET paths and a schema made by Payload's own type generator, minus the fields such a
 * caller can never see. Nothing is listed by hand, so a new public collection is documented
 * and a private one stays out. Async because Payload access rules may be.
 */
export const CONTENT_API_VERSION = '1.0.0'

export type { OpenApiDocument } from './types'

export const buildOpenApi = async (
  config: SanitizedConfig,
  { serverUrl }: { serverUrl: string },
): Promise<OpenApiDocument> => {
  const entities = await publicEntities(config)
  const { schemas, names } = componentSchemas(config, entities)
  const nameOf = (slug: string) => names.get(slug) ?? slug
  const paths: Record<string, PathItem> = {}
  const lists: Record<string, ReturnType<typeof listSchema>> = {}
  for (const collection of entities.collections) {
    Object.assign(paths, collectionPaths(config, collection, nameOf(collection.slug)))
    lists[`${nameOf(collection.slug)}List`] = listSchema(nameOf(collection.slug))
  }
  for (const global of entities.globals) {
    Object.assign(paths, globalPath(config, global, nameOf(global.slug)))
  }
  if (!config.graphQL.disable) Object.assign(paths, graphqlPath(config))
  const tags = [...entities.collections, ...entities.globals].map(({ slug }) => ({ name: slug }))
  return {
    openapi: '3.1.0',
    info: {
      title: 'Groundwork content API',
      version: CONTENT_API_VERSION,
      description:
        'Read-only access to published content, without signing in. Lists and documents ' +
        'hold only what an anonymous reader may see: drafts and staff accounts never appear.',
    },
    servers: [{ url: serverUrl }],
    tags: config.graphQL.disable ? tags : [...tags, { name: 'graphql' }],
    paths,
    components: {
      schemas: { ...schemas, ...lists, Errors: errorsSchema },
      parameters: restParameters(config),
      responses: restResponses,
    },
  }
}
