/* Payload's GraphQL API, behind the app's guard of the HTTP boundary (see src/http/routes.ts). */
import config from '@payload-config'
import { trustProxy } from '@/http/rateLimit/callerKey'
import { graphqlRequestLimiter } from '@/http/rateLimit/graphqlRequests'
import { sharedLimiterFromEnv } from '@/http/rateLimit/sharedLimits'
import { GRAPHQL_POST, REST_OPTIONS } from '@/http/routes'
import { parseEnv } from '@/runtime/env'

export const POST = GRAPHQL_POST(config, {
  requests: graphqlRequestLimiter({
    trustProxy: trustProxy(),
    limiter: sharedLimiterFromEnv(parseEnv(process.env)),
  }),
})
export const OPTIONS = REST_OPTIONS(config)
