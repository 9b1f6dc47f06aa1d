import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import { createClient } from 'redis'
import type { Verdict } from './windowLimiter'

/**
 * Rate limits counted in the Redis every instance shares (REDIS_URL), so a caller has one budget
 * however many app processes the proxy spreads it over. Counted with `rate-limiter-flexible`
 * (a fixed window per caller, one atomic Lua script per hit), as `windowLimiter` counts in memory.
 *
 * When Redis cannot answer (refused, or silent for REDIS_TIMEOUT_MS), every budget is counted in
 * this process instead, until Redis answers again. Per budget, that is the choice between
 * failing open and failing closed:
 * - login: closed would lock every admin out of a health site for as long as Redis is away
 *   (and anyone able to disturb Redis could do it on purpose); open would leave passwords to
 *   unlimited guessing. In memory, a caller still gets at most `limit` guesses a minute per
 *   instance, and a right password still works.
 * - password reset: the same; each reset sends an email, so the budget must hold, and a locked
 *   reset form would strand exactly the people who need it.
 * - GraphQL: open would let one caller flood the database during an outage; closed would turn a
 *   Redis outage into an API outage. The per-instance budget keeps both away.
 * So an outage multiplies each budget by the number of instances, and takes nothing else away.
 */
export const REDIS_TIMEOUT_MS = 250
/** After Redis failed to answer, how long hits go straight to memory before it is tried again. */
export const REDIS_RETRY_AFTER_MS = 1_000

export type Budget = { name: string; limit: number; windowMs: number }
export type SharedCounter = {
  hit: (key: string) => Promise<Verdict>
  forgive: (key: string) => Promise<void>
}
/** What `authAttemptLimiter` and `graphqlRequestLimiter` take as `limiter`. */
export type LimiterFactory = (budget: Budget) => SharedCounter

/** What this module needs of a node-redis client (the `redis` package, v4). */
type RedisClient = ReturnType<typeof createClient>

const TIMED_OUT = Symbol('timed out')

/**
 * Counters in `client`'s Redis, one per budget, keys under `prefix`. Exported for tests, which
 * make two of them over one Redis as two instances would; the app uses `sharedLimiterFromEnv`.
 */
export const sharedLimiter = ({
  client,
  prefix = 'groundwork:limits',
  log = (line: string) => console.error(line),
}: {
  /** The client, or how to make it on the first hit (the config is also built by `next build`). */
  client: RedisClient | (() => RedisClient)
  prefix?: string
  log?: (line: string) => void
}): LimiterFactory => {
  let made: RedisClient | undefined
  const clientNow = () => {
    made ??= typeof client === 'function' ? client() : client
    return made
  }
  let skipRedisUntil = 0
  let degraded = false
  const redisFailed = (reason: string) => {
    skipRedisUntil = Date.now() + REDIS_RETRY_AFTER_MS
    if (!degraded) log(`Rate limits: Redis ${reason}; counting in this process until it answers`)
    degraded = true
  }
  const redisAnswered = () => {
    if (degraded) log('Rate limits: Redis answers again; budgets are shared again')
    degraded = false
  }

  /** Runs `work` on Redis, or on memory when Redis is down, slow, or recently was. */
  const either = async <T>(viaRedis: () => Promise<T>, viaMemory: () => Promise<T>): Promise<T> => {
    if (Date.now() < skipRedisUntil) return viaMemory()
    let timer: NodeJS.Timeout | undefined
    const limit = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), REDIS_TIMEOUT_MS)
    })
    try {
      const answer = await Promise.race([viaRedis(), limit])
      if (answer === TIMED_OUT) {
        redisFailed(`did not answer within ${REDIS_TIMEOUT_MS} ms`)
        return viaMemory()
      }
      redisAnswered()
      return answer
    } catch (error) {
      // Over the budget is an answer, not a failure.
      if (error instanceof RateLimiterRes) {
        redisAnswered()
        throw error
      }
      redisFailed(`failed (${error instanceof Error ? error.message : String(error)})`)
      return viaMemory()
    } finally {
      clearTimeout(timer)
    }
  }

  return ({ name, limit, windowMs }) => {
    const options = { points: limit, duration: Math.max(1, Math.round(windowMs / 1000)) }
    let counted: RateLimiterRedis | undefined
    const redis = () => {
      counted ??= new RateLimiterRedis({
        ...options,
        storeClient: clientNow(),
        useRedisPackage: true,
        // Refused connections answer at once instead of waiting in the client's queue.
        rejectIfRedisNotReady: true,
        keyPrefix: `${prefix}:${name}`,
      })
      return counted
    }
    const memory = new RateLimiterMemory({ ...options, keyPrefix: name })
    return {
      hit: async (key) => {
        try {
          await either(
            () => redis().consume(key),
            () => memory.consume(key),
          )
          return { allowed: true }
        } catch (error) {
          if (!(error instanceof RateLimiterRes)) throw error
          return {
            allowed: false,
            retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)),
          }
        }
      },
      // Gives back the hit just counted; counted in memory when Redis was away for the hit.
      forgive: async (key) => {
        await either(
          () => redis().reward(key),
          () => memory.reward(key),
        )
      },
    }
  }
}

/** One client per process and URL; it connects on the first hit, never at import (builds). */
const clients = new Map<string, RedisClient>()

export const limitsRedisClient = (url: string, log = (line: string) => console.error(line)) => {
  const existing = clients.get(url)
  if (existing) return existing
  const client = createClient({
    url,
    // Commands while disconnected fail at once (and count in memory) instead of queueing.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 1_000,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
    },
  })
  let reported = false
  client.on('error', (error: Error) => {
    if (!reported) log(`Rate limits: Redis at ${new URL(url).host}: ${error.message}`)
    reported = true
  })
  client.on('ready', () => {
    reported = false
  })
  clients.set(url, client)
  client.connect().catch(() => {
    // Reported by the error listener; the client keeps reconnecting.
  })
  return client
}

/**
 * The limiter the app passes to `authAttemptLimiter` and `graphqlRequestLimiter`: shared in
 * Redis when REDIS_URL is set, otherwise `undefined`, which leaves them counting in memory.
 */
export const sharedLimiterFromEnv = (env: {
  REDIS_URL?: string | undefined
}): LimiterFactory | undefined => {
  const url = env.REDIS_URL
  return url ? sharedLimiter({ client: () => limitsRedisClient(url) }) : undefined
}
