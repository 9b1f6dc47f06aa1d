import type { SanitizedConfig } from 'payload'
import { PUBLIC_MAX_DEPTH, PUBLIC_MAX_LIMIT } from '../hooks/limitPublicReads'
import type { JsonSchema, Parameter, Response } from './types'

/**
 * The parts of Payload's REST API that every collection shares: its query parameters, its
 * paginated list envelope and its error body. Descriptions follow Payload's query syntax; the
 * bounds are those `limitPublicReads` clamps anonymous reads to.
 */
export const json = (schema: JsonSchema) => ({ 'application/json': { schema } })
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const nullableInteger = { type: ['integer', 'null'] }

export const restParameters = (config: SanitizedConfig): Record<string, Parameter> => ({
  where: {
    name: 'where',
    in: 'query',
    style: 'deepObject',
    explode: true,
    description:
      'Filter in Payload query syntax, field then operator: `where[slug][equals]=sleep`, ' +
      '`where[or][0][title][like]=sleep`. Operators: equals, not_equals, in, not_in, like, ' +
      'contains, exists, greater_than, greater_than_equal, less_than, less_than_equal.',
    schema: { type: 'object', additionalProperties: true },
  },
  limit: {
    name: 'limit',
    in: 'query',
    description: `Documents per page; larger values are clamped to ${PUBLIC_MAX_LIMIT}.`,
    schema: { type: 'integer', minimum: 1, maximum: PUBLIC_MAX_LIMIT, default: 10 },
  },
  page: {
    name: 'page',
    in: 'query',
    description: 'Page number, from 1.',
    schema: { type: 'integer', minimum: 1, default: 1 },
  },
  sort: {
    name: 'sort',
    in: 'query',
    description: 'Field to sort by, `-` first for descending; several separated by commas.',
    schema: { type: 'string', examples: ['-publishedAt', 'title,-createdAt'] },
  },
  depth: {
    name: 'depth',
    in: 'query',
    description: `Levels of relationships to populate, 0 for ids only; clamped to ${PUBLIC_MAX_DEPTH}.`,
    schema: {
      type: 'integer',
      minimum: 0,
      maximum: PUBLIC_MAX_DEPTH,
      default: Math.min(config.defaultDepth, PUBLIC_MAX_DEPTH),
    },
  },
  select: {
    name: 'select',
    in: 'query',
    style: 'deepObject',
    explode: true,
    description: 'Return only these fields: `select[title]=true&select[slug]=true`.',
    schema: { type: 'object', additionalProperties: true },
  },
})

export const restResponses: Record<string, Response> = {
  Forbidden: { description: 'The caller may not read this.', content: json(ref('Errors')) },
  NotFound: {
    description: 'No such document, or not one the caller may read.',
    content: json(ref('Errors')),
  },
}

export const errorsSchema: JsonSchema = {
  type: 'object',
  required: ['errors'],
  properties: {
    errors: {
      type: 'array',
      items: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
    },
  },
}

/** Payload's paginated list: one page of documents and where it sits among the rest. */
export const listSchema = (name: string): JsonSchema => ({
  type: 'object',
  required: [
    'docs',
    'totalDocs',
    'limit',
    'totalPages',
    'page',
    'pagingCounter',
    'hasPrevPage',
    'hasNextPage',
    'prevPage',
    'nextPage',
  ],
  properties: {
    docs: { type: 'array', items: ref(name) },
    totalDocs: { type: 'integer' },
    limit: { type: 'integer' },
    totalPages: { type: 'integer' },
    page: { type: 'integer' },
    pagingCounter: {
      type: 'integer',
      description: 'Position of the first document on the page, from 1.',
    },
    hasPrevPage: { type: 'boolean' },
    hasNextPage: { type: 'boolean' },
    prevPage: nullableInteger,
    nextPage: nullableInteger,
  },
})
