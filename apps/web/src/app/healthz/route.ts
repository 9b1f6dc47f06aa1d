/**
 * Liveness: answers while the process can serve HTTP at all, and reads nothing else. A load
 * balancer or orchestrator restarts the instance when this stops answering; whether it should get
 * traffic is `/readyz`'s question.
 */
export const dynamic = 'force-dynamic'

export const GET = () =>
  Response.json({ alive: true }, { headers: { 'cache-control': 'no-store' } })
