import type { SanitizedCollectionConfig, SanitizedConfig, SanitizedGlobalConfig } from 'payload'
import { json, ref } from './rest'
import { idTypeOf } from './schemas'
import type { Operation, PathItem } from './types'

/** GET operations for each public collection (list, by id, uploaded files) and global. */
const pascal = (slug: string) =>
  slug
    .split(/[-_]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` })
const forbidden = { $ref: '#/components/responses/Forbidden' }
const notFound = { $ref: '#/components/responses/NotFound' }

const get = (operation: Operation): PathItem => ({ get: operation })

export const collectionPaths = (
  config: SanitizedConfig,
  collection: SanitizedCollectionConfig,
  name: string,
): Record<string, PathItem> => {
  const base = `${config.routes.api}/${collection.slug}`
  const tags = [collection.slug]
  const paths: Record<string, PathItem> = {
    [base]: get({
      operationId: `list${pascal(collection.slug)}`,
      summary: `List ${collection.slug}`,
      tags,
      parameters: ['where', 'limit', 'page', 'sort', 'depth', 'select'].map(param),
      responses: {
        '200': { description: 'One page of documents.', content: json(ref(`${name}List`)) },
        '403': forbidden,
      },
    }),
    [`${base}/{id}`]: get({
      operationId: `get${name}`,
      summary: `One of ${collection.slug} by id`,
      tags,
      parameters: [
        {
          name: 'id',
          in: 'path',
          required: true,
          description: 'Document id.',
          schema: { type: idTypeOf(config, collection) },
        },
        param('depth'),
        param('select'),
      ],
      responses: {
        '200': { description: 'The document.', content: json(ref(name)) },
        '403': forbidden,
        '404': notFound,
      },
    }),
  }
  if (collection.upload) {
    const types = collection.upload.mimeTypes?.length
      ? collection.upload.mimeTypes
      : ['application/octet-stream']
    paths[`${base}/file/{filename}`] = get({
      operationId: `get${name}File`,
      summary: `An uploaded file of ${collection.slug}, as named by a document's \`url\``,
      tags,
      parameters: [
        {
          name: 'filename',
          in: 'path',
          required: true,
          description: 'File name.',
          schema: { type: 'string' },
        },
      ],
      responses: {
        '200': {
          description: 'The file.',
          content: Object.fromEntries(types.map((type) => [type, {}])),
        },
        '403': forbidden,
        '404': notFound,
      },
    })
  }
  return paths
}

export const globalPath = (
  config: SanitizedConfig,
  global: SanitizedGlobalConfig,
  name: string,
) => ({
  [`${config.routes.api}/globals/${global.slug}`]: get({
    operationId: `get${name}`,
    summary: `The ${global.slug} global`,
    tags: [global.slug],
    parameters: [param('depth'), param('select')],
    responses: {
      '200': { description: 'The global.', content: json(ref(name)) },
      '403': forbidden,
    },
  }),
})
