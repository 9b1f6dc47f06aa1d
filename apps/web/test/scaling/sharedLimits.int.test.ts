import { createClient } from 'redis'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { authAttemptLimiter } from '@/http/rateLimit/authAttempts'
import { graphqlRequestLimiter } from '@/http/rateLimit/graphqlRequests'
import {
  REDIS_RETRY_AFTER_MS,
  REDIS_TIMEOUT_MS,
  sharedLimiter,
  sharedLimiterFromEnv,
} from '@/http/rateLimit/sharedLimits'
import { type RedisServer, startRedisServer } from '../support/redisServer'

/**
 * The login, password-reset and GraphQL budgets counted in a real Redis of the test's own. Two
 * limiters, each with its own client, stand for two app instances. When Redis is away each
 * budget is counted in the process (neither open to guessing nor locking staff out).
 */
describe('rate limits shared in Redis', () => {
  let redis: RedisServer
  const clients: ReturnType<typeof createClient>[] = []
  const logged: string[] = []
  let caller = 0
  /** A fresh caller address, so tests never share a budget by accident. */
  const from = () => new Headers({ 'x-real-ip': `192.0.2.${++caller}` })

  /** What one app instance would build: its own client, its own limiter. */
  const instance = () => {
    const client = createClient({ url: redis.url, disableOfflineQueue: true })
    client.on('error', () => {})
    client.connect().catch(() => {})
    clients.push(client)
    const limiter = sharedLimiter({
      client,
      prefix: `test:${process.pid}`,
      log: (line) => logged.push(line),
    })
    return {
      auth: authAttemptLimiter({ trustProxy: true, limiter }),
      graphql: graphqlRequestLimiter({ trustProxy: true, limiter }),
    }
  }
  const allowedOf = async (
    count: number,
    attempt: () => { allowed: boolean } | Promise<{ allowed: boolean }>,
  ) => {
    const verdicts: boolean[] = []
    for (let i = 0; i < count; i++) verdicts.push((await attempt()).allowed)
    return verdicts.filter(Boolean).length
  }

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.disconnect().catch(() => {})))
    await redis?.stop()
  })

  let a: ReturnType<typeof instance>
  let b: ReturnType<typeof instance>
  beforeAll(async () => {
    redis = await startRedisServer()
    a = instance()
    b = instance()
    // Both connected before counting: the first hits would otherwise count in memory.
    await vi.waitFor(() => expect(clients.every((client) => client.isReady)).toBe(true))
  })

  it('share one login budget between two instances: 20 guesses a minute in all', async () => {
    const headers = from()
    const onA = await allowedOf(12, () => a.auth.count('login', headers))
    const onB = await allowedOf(12, () => b.auth.count('login', headers))
    expect(onA + onB).toBe(20)
    const refused = await b.auth.count('login', headers)
    expect(refused.allowed).toBe(false)
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(50)
  })

  it('give a right password its attempt back, whichever instance checked it', async () => {
    const headers = from()
    // A team behind one address: 19 guesses, then every right password is free.
    expect(await allowedOf(19, () => a.auth.count('login', headers))).toBe(19)
    for (let i = 0; i < 5; i++) {
      const onB = await b.auth.count('login', headers)
      expect(onB.allowed).toBe(true)
      await b.auth.forgive('login', headers)
    }
    expect((await a.auth.count('login', headers)).allowed).toBe(true)
    expect((await a.auth.count('login', headers)).allowed).toBe(false)
  })

  it('keep each budget apart: resets (5) and GraphQL (300) of the same caller', async () => {
    const headers = from()
    expect(await allowedOf(4, () => a.auth.count('forgotPassword', headers))).toBe(4)
    expect(await allowedOf(3, () => b.auth.count('forgotPassword', headers))).toBe(1)
    expect(await allowedOf(160, async () => a.graphql(headers))).toBe(160)
    expect(await allowedOf(160, async () => b.graphql(headers))).toBe(140)
    expect((await a.auth.count('login', headers)).allowed).toBe(true)
  })

  it('count in each process while Redis is stopped: still limited, never locked', async () => {
    const headers = from()
    await redis.stop()
    try {
      const started = performance.now()
      // Neither open (unlimited) nor closed (everyone refused): 20 on each instance.
      expect(await allowedOf(25, () => a.auth.count('login', headers))).toBe(20)
      expect(await allowedOf(25, () => b.auth.count('login', headers))).toBe(20)
      expect(performance.now() - started).toBeLessThan(1_000)
      // A right password is forgiven in memory too: an admin can still sign in on a fresh caller.
      const admin = from()
      expect((await a.auth.count('login', admin)).allowed).toBe(true)
      await a.auth.forgive('login', admin)
      expect(logged.join('\n')).toContain('counting in this process')
    } finally {
      await redis.start()
    }
    // Shared again once Redis is back (an empty one: a restart without persistence).
    await vi.waitFor(() => expect(clients.every((client) => client.isReady)).toBe(true), {
      timeout: 10_000,
    })
    await new Promise((resolve) => setTimeout(resolve, REDIS_RETRY_AFTER_MS))
    const after = from()
    const onA = await allowedOf(12, () => a.auth.count('login', after))
    const onB = await allowedOf(12, () => b.auth.count('login', after))
    expect(onA + onB).toBe(20)
  })

  it('wait for a hung Redis (SIGSTOP) at most REDIS_TIMEOUT_MS, then count in memory', async () => {
    const headers = from()
    redis.pause()
    try {
      const started = performance.now()
      expect((await a.auth.count('forgotPassword', headers)).allowed).toBe(true)
      expect(performance.now() - started).toBeLessThan(REDIS_TIMEOUT_MS + 150)
      const next = performance.now()
      expect(await allowedOf(6, () => a.auth.count('forgotPassword', headers))).toBe(4)
      expect(performance.now() - next).toBeLessThan(100)
    } finally {
      redis.resume()
    }
  })

  it('count in memory without REDIS_URL: the app’s default stays', () => {
    expect(sharedLimiterFromEnv({})).toBeUndefined()
    expect(sharedLimiterFromEnv({ REDIS_URL: redis.url })).toBeTypeOf('function')
  })
})
