import type { SanitizedConfig } from 'payload'
import { json } from './rest'
import type { PathItem } from './types'

/** Payload's GraphQL endpoint, described briefly, with the limits its config sets. */
const describe = ({ graphQL }: SanitizedConfig): string =>
  [
    'The same documents under the same access rules, as GraphQL. Errors, "not allowed" ',
    'included, come back in `errors` with status 200.',
    graphQL.maxComplexity ? ` Queries above complexity ${graphQL.maxComplexity} are refused.` : '',
    graphQL.disableIntrospectionInProduction ? ' Introspection is off in production.' : '',
  ].join('')

export const graphqlPath = (config: SanitizedConfig): Record<string, PathItem> => ({
  [`${config.routes.api}${config.routes.graphQL}`]: {
    post: {
      operationId: 'graphql',
      summary: 'GraphQL over the same content',
      description: describe(config),
      tags: ['graphql'],
      requestBody: {
        required: true,
        content: json({
          type: 'object',
          required: ['query'],
          properties: {
            query: { type: 'string', examples: ['{ Articles(limit: 5) { docs { title slug } } }'] },
            variables: { type: 'object' },
            operationName: { type: 'string' },
          },
        }),
      },
      responses: {
        '200': {
          description: 'The data asked for, and any errors.',
          content: json({
            type: 'object',
            properties: {
              data: { type: ['object', 'null'] },
              errors: {
                type: 'array',
                items: { type: 'object', properties: { message: { type: 'string' } } },
              },
            },
          }),
        },
      },
    },
  },
})
