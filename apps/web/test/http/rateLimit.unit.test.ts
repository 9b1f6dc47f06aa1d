import { describe, expect, it } from 'vitest'
import { authAttemptLimiter } from '@/http/rateLimit/authAttempts'
import { callerKey } from '@/http/rateLimit/callerKey'
import { graphqlRequestLimiter } from '@/http/rateLimit/graphqlRequests'
import { windowLimiter } from '@/http/rateLimit/windowLimiter'

describe('the window limiter', () => {
  it('allows the limit, refuses the next with the seconds until the window ends', () => {
    const limiter = windowLimiter({ limit: 3, windowMs: 60_000 })
    const start = 1_000_000
    expect([0, 1, 2].map((i) => limiter.hit('a', start + i).allowed)).toEqual([true, true, true])
    expect(limiter.hit('a', start + 10_000)).toEqual({ allowed: false, retryAfterSeconds: 50 })
    expect(limiter.hit('b', start + 10_000).allowed).toBe(true)
  })

  it('starts a fresh window once the old one is over', () => {
    const limiter = windowLimiter({ limit: 1, windowMs: 1_000 })
    expect(limiter.hit('a', 0).allowed).toBe(true)
    expect(limiter.hit('a', 999).allowed).toBe(false)
    expect(limiter.hit('a', 1_000).allowed).toBe(true)
  })
})

describe('callers', () => {
  it('trust forwarded addresses only behind the shipped proxy', () => {
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7' })
    expect(callerKey(headers, false)).toBe('direct')
    expect(callerKey(headers, true)).toBe('198.51.100.7')
    expect(callerKey(new Headers({ 'x-real-ip': '192.0.2.1' }), true)).toBe('192.0.2.1')
  })
})

describe('the login and password-reset budgets', () => {
  const from = (ip: string) => new Headers({ 'x-real-ip': ip })
  const tries = async (count: number, attempt: () => unknown) => {
    const verdicts = []
    for (let i = 0; i < count; i++) verdicts.push(await attempt())
    return verdicts.map((verdict) => (verdict as { allowed: boolean }).allowed)
  }

  it('allow 20 logins and 5 resets a minute per caller, each kind its own budget', async () => {
    const budgets = authAttemptLimiter({ trustProxy: true })
    const logins = await tries(21, () => budgets.count('login', from('192.0.2.1')))
    expect(logins.filter(Boolean)).toHaveLength(20)
    expect(logins.at(-1)).toBe(false)
    expect(await budgets.count('login', from('192.0.2.1'))).toEqual({
      allowed: false,
      retryAfterSeconds: expect.any(Number),
    })
    const resets = await tries(6, () => budgets.count('forgotPassword', from('192.0.2.1')))
    expect(resets).toEqual([true, true, true, true, true, false])
    expect((await budgets.count('login', from('192.0.2.2'))).allowed).toBe(true)
  })

  it('share one budget between all callers when no proxy vouches for their address', async () => {
    const budgets = authAttemptLimiter({ trustProxy: false })
    await tries(5, () => budgets.count('forgotPassword', from('192.0.2.1')))
    expect((await budgets.count('forgotPassword', from('192.0.2.2'))).allowed).toBe(false)
  })

  it('count with whatever counter it is given (a shared store later)', async () => {
    const keys: string[] = []
    const budgets = authAttemptLimiter({
      trustProxy: true,
      limiter: ({ limit }) => ({
        hit: async (key) => {
          keys.push(`${limit}:${key}`)
          return { allowed: true }
        },
        forgive: async (key) => {
          keys.push(`forgive ${limit}:${key}`)
        },
      }),
    })
    await budgets.count('login', from('192.0.2.1'))
    await budgets.count('forgotPassword', from('192.0.2.1'))
    await budgets.forgive('login', from('192.0.2.1'))
    expect(keys).toEqual(['20:192.0.2.1', '5:192.0.2.1', 'forgive 20:192.0.2.1'])
  })

  it('give a right login back, so only guesses use up the budget', async () => {
    const budgets = authAttemptLimiter({ trustProxy: true })
    const signIns = await tries(30, async () => {
      const verdict = await budgets.count('login', from('192.0.2.1'))
      await budgets.forgive('login', from('192.0.2.1'))
      return verdict
    })
    expect(signIns.every(Boolean)).toBe(true)
    const guesses = await tries(21, () => budgets.count('login', from('192.0.2.1')))
    expect(guesses.filter(Boolean)).toHaveLength(20)
  })
})

describe('the GraphQL request budget', () => {
  it('allows 300 requests a minute per caller, whatever each asks', async () => {
    const count = graphqlRequestLimiter({ trustProxy: true })
    const from = (ip: string) => new Headers({ 'x-real-ip': ip })
    const verdicts = []
    for (let i = 0; i < 301; i++) verdicts.push((await count(from('192.0.2.1'))).allowed)
    expect(verdicts.filter(Boolean)).toHaveLength(300)
    expect(verdicts.at(-1)).toBe(false)
    expect((await count(from('192.0.2.2'))).allowed).toBe(true)
  })
})
