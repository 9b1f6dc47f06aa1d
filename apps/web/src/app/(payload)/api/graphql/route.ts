/* Payload's GraphQL API, behind the app's guard of the HTTP boundary (see src/api/routes.ts). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '../../../../api/routes'

export const POST = GRAPHQL_POST(config)
export const OPTIONS = REST_OPTIONS(config)
