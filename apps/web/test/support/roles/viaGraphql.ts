import { formatNames } from 'payload'
import { GRAPHQL_POST } from '@/http/routes'
import type { Json } from '../routes'
import type { TestCms } from '../testPayload'
import { type Call, type Identity, idOf, type Outcome } from './call'

type GraphqlResult = {
  data?: Record<string, unknown> | null
  errors?: { message: string; extensions?: { statusCode?: number; name?: string } }[]
}

/** The app's GraphQL route with headers and variables (`graphqlCall` sends a bare query). */
export const graphqlAs = async (
  cms: TestCms,
  query: string,
  { headers = {}, variables }: { headers?: Record<string, string>; variables?: Json } = {},
): Promise<GraphqlResult> => {
  const response = await GRAPHQL_POST(cms.config)(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    }),
  )
  return (await response.json()) as GraphqlResult
}

/** A call over the GraphQL route handler: each operation as the schema names it. */
export const viaGraphql = async (cms: TestCms, who: Identity, call: Call): Promise<Outcome> => {
  const name = (slug: string) => formatNames(slug).singular
  let query: string
  let field: string
  let variables: Json | undefined
  switch (call.op) {
    case 'create':
      field = `create${name(call.collection)}`
      query = `mutation ($data: mutation${name(call.collection)}Input!) { ${field}(data: $data) { id } }`
      variables = { data: call.data }
      break
    case 'read':
      field = name(call.collection)
      query = `{ ${field}(id: ${call.id}${call.draft ? ', draft: true' : ''}) { id } }`
      break
    case 'update':
      field = `update${name(call.collection)}`
      query = `mutation ($data: mutation${name(call.collection)}UpdateInput!) {
        ${field}(id: ${call.id}, data: $data${call.draft ? ', draft: true' : ''}) { id } }`
      variables = { data: call.data }
      break
    case 'delete':
      field = `delete${name(call.collection)}`
      query = `mutation { ${field}(id: ${call.id}) { id } }`
      break
    case 'readGlobal':
      field = name(call.global)
      query = `{ ${field} { updatedAt } }`
      break
    case 'updateGlobal':
      field = `update${name(call.global)}`
      query = `mutation ($data: mutation${name(call.global)}Input!) { ${field}(data: $data) { updatedAt } }`
      variables = { data: call.data }
      break
  }
  const result = await graphqlAs(cms, query, { headers: who.headers, variables })
  const error = result.errors?.[0]
  if (error) {
    return {
      // A query the schema rejects has no status: it is the test's mistake, not a denial.
      status: error.extensions?.statusCode ?? 0,
      message: error.message,
      name: error.extensions?.name,
    }
  }
  return { status: 200, id: idOf(result.data?.[field]) }
}
