import { parseEnv } from '@/runtime/env'
import { checkReadiness, readinessChecks, sharedReadiness } from '@/runtime/readiness'

/**
 * Readiness: 200 when every service this instance needs answers (PostgreSQL, and Redis when
 * REDIS_URL is set), otherwise 503 naming the one that did not, e.g.
 * `{"ready":false,"checks":{"postgres":"ok","redis":"timeout after 1000 ms"}}`. Never cached;
 * concurrent requests share one round of checks.
 */
export const dynamic = 'force-dynamic'

const readiness = sharedReadiness(() => checkReadiness(parseEnv(process.env), readinessChecks))

export const GET = async () => {
  const result = await readiness()
  return Response.json(result, {
    status: result.ready ? 200 : 503,
    headers: { 'cache-control': 'no-store' },
  })
}
