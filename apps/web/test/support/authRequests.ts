import type { SanitizedConfig } from 'payload'
import { REST_POST } from '@/http/routes'
import type { Json } from './routes'

/** What an auth route answered: status, body and the header a refused attempt carries. */
export type AuthAnswer = { status: number; body: Json; retryAfter: string | null }

/**
 * A JSON POST to `/api/<path>` as Next hands it to the app's REST route: the address exactly as
 * sent (odd spellings included), its segments decoded as the catch-all's params.
 */
export const postJson = async (
  config: Promise<SanitizedConfig>,
  path: string,
  data: Json,
  headers: Record<string, string> = {},
): Promise<AuthAnswer> => {
  const slug = path.split('/').filter(Boolean).map(decodeURIComponent)
  const response = await REST_POST(config)(
    new Request(`http://localhost:3000/api/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(data),
    }),
    { params: Promise.resolve({ slug }) },
  )
  return {
    status: response.status,
    body: (await response.json()) as Json,
    retryAfter: response.headers.get('retry-after'),
  }
}

let callers = 0
/**
 * Headers of a caller of its own: the test CMS trusts `X-Real-IP` (as the app does behind the
 * shipped proxy) and starts with fresh budgets, so each test gets full login and reset budgets.
 */
export const newCaller = () => ({ 'x-real-ip': `198.51.100.${++callers}` })
