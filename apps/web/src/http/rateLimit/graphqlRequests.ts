import { callerKey, MINUTE } from './callerKey'
import { type Verdict, windowLimiter } from './windowLimiter'

/**
 * The GraphQL request budget, per caller. Counted in the GraphQL route handler itself, so every
 * address that reaches the handler counts; a match on the request's path (Next's proxy, as
 * before) let other spellings of it through uncounted.
 */
export const GRAPHQL_REQUESTS = { limit: 300, windowMs: MINUTE } as const

type Counter = { hit: (key: string) => Verdict | Promise<Verdict> }
export type GraphqlRequests = (headers: Headers) => Verdict | Promise<Verdict>

/**
 * `limiter` makes the counter (in this process by default; `sharedLimiterFromEnv` counts in the
 * Redis every app process shares).
 */
export const graphqlRequestLimiter = ({
  trustProxy,
  limiter = windowLimiter,
}: {
  trustProxy: boolean
  limiter?: (limits: { name: string; limit: number; windowMs: number }) => Counter
}): GraphqlRequests => {
  const counter = limiter({ name: 'graphql', ...GRAPHQL_REQUESTS })
  return (headers) => counter.hit(callerKey(headers, trustProxy))
}
