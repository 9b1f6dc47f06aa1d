import type { SanitizedConfig } from 'payload'
import { GRAPHQL_POST, REST_GET } from '@/http/routes'

/**
 * The app's REST and GraphQL route handlers called with real requests, as Next would call them:
 * integration tests reach every surface without starting a server.
 */
export type Json = Record<string, unknown>
type RestHandler = typeof REST_GET

export const restCall = async (
  config: Promise<SanitizedConfig>,
  path: string,
  { handler = REST_GET, ...init }: RequestInit & { handler?: RestHandler } = {},
): Promise<{ status: number; body: Json }> => {
  const slug = path.split('?')[0]?.split('/').filter(Boolean) ?? []
  const response = await handler(config)(new Request(`http://localhost:3000/api/${path}`, init), {
    params: Promise.resolve({ slug }),
  })
  return { status: response.status, body: (await response.json()) as Json }
}

export const graphqlCall = async (config: Promise<SanitizedConfig>, query: string) => {
  const response = await GRAPHQL_POST(config)(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  )
  return (await response.json()) as {
    data?: Record<string, unknown>
    errors?: { message: string }[]
  }
}
