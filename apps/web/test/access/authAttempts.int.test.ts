import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AuthAnswer, newCaller, postJson } from '../support/authRequests'
import { quiet } from '../support/content'
import { graphqlAs } from '../support/rolesSurfaces'
import { startTestCms, type TestCms } from '../support/testPayload'

/**
 * Password guessing and reset-mail floods are counted inside Payload's auth operations, one
 * budget per caller: every spelling of the REST route and every GraphQL alias is one attempt.
 */
describe('login and password-reset attempts', () => {
  let cms: TestCms
  const email = `guessed-${Date.now()}@example.test`
  const password = 'a-proper-long-passphrase-42'
  /** Guesses at no account, so no account's own lock-out gets in the way. */
  const unknownEmail = 'nobody@example.test'

  beforeAll(async () => {
    cms = await startTestCms()
    await cms.payload.create({
      collection: 'users',
      data: { email, password, role: 'editor' },
      context: quiet,
    })
  })
  afterAll(() => cms.payload.destroy())

  /** Spellings Payload routes to the same endpoint as the canonical one. */
  const spellings = (route: string) => [
    `users/${route}`,
    `users/${route.toUpperCase()}`,
    `users/${route}/`,
    `users//${route}`,
    `users/%${route.charCodeAt(0).toString(16)}${route.slice(1)}`,
  ]

  const expectRefused = (answer: AuthAnswer, what: string) => {
    expect(answer.status).toBe(429)
    expect(Number(answer.retryAfter)).toBeGreaterThan(0)
    expect(Number(answer.retryAfter)).toBeLessThanOrEqual(60)
    expect(answer.body).toEqual({
      errors: [{ message: expect.stringMatching(new RegExp(`^Too many ${what} requests`)) }],
    })
  }

  it('counts every spelling of the login route against one budget of 20 a minute', async () => {
    const caller = newCaller()
    const miss = (path: string) =>
      postJson(cms.config, path, { email: unknownEmail, password: 'x' }, caller)
    const paths = spellings('login')
    for (let i = 0; i < 20; i++) {
      const path = paths[i % paths.length] as string
      // Each spelling reaches Payload's login: a wrong guess, not a missing route.
      expect((await miss(path)).status, path).toBe(401)
    }
    for (const path of paths) expectRefused(await miss(path), 'login')
    // The right password too: the budget counts attempts, not failures.
    expectRefused(await postJson(cms.config, 'users/login', { email, password }, caller), 'login')
    // Another caller still signs in.
    const other = await postJson(cms.config, 'users/login', { email, password }, newCaller())
    expect(other.status).toBe(200)
  })

  it('gives right logins back: a team behind one address signs in freely, guesses still count', async () => {
    const caller = newCaller()
    const signIn = () => postJson(cms.config, 'users/login', { email, password }, caller)
    for (let i = 0; i < 25; i++) expect((await signIn()).status).toBe(200)
    const guess = () =>
      postJson(cms.config, 'users/login', { email: unknownEmail, password: 'x' }, caller)
    for (let i = 0; i < 20; i++) expect((await guess()).status).toBe(401)
    expectRefused(await guess(), 'login')
    expectRefused(await signIn(), 'login')
  })

  it('counts every spelling of the forgot-password route against one budget of 5 a minute', async () => {
    const caller = newCaller()
    const paths = spellings('forgot-password')
    for (const path of paths)
      expect((await postJson(cms.config, path, { email }, caller)).status, path).toBe(200)
    for (const path of paths)
      expectRefused(await postJson(cms.config, path, { email }, caller), 'password reset')
  })

  const aliases = (count: number, field: string) =>
    `mutation { ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`

  it('counts each GraphQL alias of loginUser as one attempt, in the same budget as REST', async () => {
    const caller = newCaller()
    for (let i = 0; i < 15; i++)
      expect(
        (await postJson(cms.config, 'users/login', { email: unknownEmail, password: 'x' }, caller))
          .status,
      ).toBe(401)
    const result = await graphqlAs(
      cms,
      aliases(7, `loginUser(email: "${unknownEmail}", password: "x") { exp }`),
      { headers: caller },
    )
    const statuses = (result.errors ?? []).map((error) => error.extensions?.statusCode)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429])
    expect(result.errors?.[5]?.message).toMatch(/^Too many login requests/)
  })

  it('counts each GraphQL alias of forgotPasswordUser as one attempt', async () => {
    const caller = newCaller()
    const result = await graphqlAs(cms, aliases(8, `forgotPasswordUser(email: "${email}")`), {
      headers: caller,
    })
    // The sixth alias is refused; its non-null result ends the mutation there.
    expect(result.data ?? null).toBeNull()
    expect(result.errors?.map((error) => error.extensions?.statusCode)).toEqual([429])
    expectRefused(
      await postJson(cms.config, 'users/forgot-password', { email }, caller),
      'password reset',
    )
  })

  it('does not count logins our own code makes through the Local API', async () => {
    for (let i = 0; i <= 20; i++) {
      const { token } = await cms.payload.login({ collection: 'users', data: { email, password } })
      expect(token).toBeTruthy()
    }
  })
})
