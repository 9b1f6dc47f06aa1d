import { describe, expect, it } from 'vitest'
import { callerKey, ruleFor } from '../../src/rateLimit/rules'
import { windowLimiter } from '../../src/rateLimit/windowLimiter'

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

describe('rate rules', () => {
  it('limit logins, password resets and GraphQL posts, nothing else', () => {
    expect(ruleFor('POST', '/api/users/login')?.name).toBe('login')
    expect(ruleFor('POST', '/api/users/login/')?.name).toBe('login')
    expect(ruleFor('POST', '/api/users/forgot-password')?.name).toBe('password reset')
    expect(ruleFor('POST', '/api/graphql')?.name).toBe('GraphQL')
    expect(ruleFor('GET', '/api/users/login')).toBeUndefined()
    expect(ruleFor('GET', '/articles/x')).toBeUndefined()
  })

  it('trust forwarded addresses only behind the shipped proxy', () => {
    const headers = new Headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.7' })
    expect(callerKey(headers, false)).toBe('direct')
    expect(callerKey(headers, true)).toBe('198.51.100.7')
    expect(callerKey(new Headers({ 'x-real-ip': '192.0.2.1' }), true)).toBe('192.0.2.1')
  })
})

describe('the proxy', () => {
  it('runs on exactly the limited paths (Next needs its matcher written out as literals)', async () => {
    const { config } = await import('../../src/proxy')
    const { rateRules } = await import('../../src/rateLimit/rules')
    expect([...config.matcher].sort()).toEqual(rateRules.map((rule) => rule.path).sort())
  })
})
