/* Payload's GraphQL API, behind the app's guard of the HTTP boundary (see src/api/routes.ts). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '../../../../api/routes'
import { trustProxy } from '../../../../rateLimit/callerKey'
import { graphqlRequestLimiter } from '../../../../rateLimit/graphqlRequests'

export const POST = GRAPHQL_POST(config, {
  requests: graphqlRequestLimiter({ trustProxy: trustProxy() }),
})
export const OPTIONS = REST_OPTIONS(config)
