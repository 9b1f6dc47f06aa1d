import { describe, expect, inject, it } from 'vitest'

/**
 * The app itself answers floods with 429 (the limits are in src/http/rateLimit/). Only the
 * password-reset limit is exercised here: tripping the login limit would lock the other test
 * files' sign-ins out for a minute.
 */
describe('rate limits', () => {
  const baseUrl = inject('baseUrl')

  it('answer a flood of password-reset requests with 429 and Retry-After, then recover', async () => {
    const ask = (path = '/api/users/forgot-password') =>
      fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@groundwork.test' }),
      })
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) statuses.push((await ask()).status)
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(3)
    expect(statuses.filter((status) => status >= 500)).toEqual([])

    const refused = await ask()
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(await refused.json()).toEqual({
      errors: [{ message: expect.stringMatching(/^Too many password reset requests/) }],
    })
    // Other spellings of the route reach the same operation, and the same budget.
    for (const spelling of ['/api/users/FORGOT-PASSWORD', '/api/users/%66orgot-password'])
      expect((await ask(spelling)).status, spelling).toBe(429)
    // Reader pages are never limited.
    expect((await fetch(`${baseUrl}/`)).status).toBe(200)
  })
})
