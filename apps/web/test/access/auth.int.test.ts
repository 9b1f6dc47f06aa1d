import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REST_POST } from '@/http/routes'
import { quiet } from '../support/content'
import { restCall } from '../support/routes'
import { startTestCms, type TestCms } from '../support/testPayload'

/** Staff sign-in over REST: lock-out, cookie flags, and logout that really ends the session. */
describe('staff authentication', () => {
  let cms: TestCms
  const password = 'a-proper-long-passphrase-42'
  const account = async (email: string) =>
    cms.payload.create({
      collection: 'users',
      data: { email, password, role: 'editor' },
      context: quiet,
    })
  const login = (email: string, pass: string) =>
    REST_POST(cms.config)(
      new Request('http://localhost:3000/api/users/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: pass }),
      }),
      { params: Promise.resolve({ slug: ['users', 'login'] }) },
    )

  beforeAll(async () => {
    cms = await startTestCms()
  })
  afterAll(() => cms.payload.destroy())

  it('locks an account after five failed logins, even against the right password', async () => {
    const email = `locked-${Date.now()}@example.test`
    await account(email)
    for (let i = 0; i < 5; i++) expect((await login(email, 'wrong-password')).status).toBe(401)
    const locked = await login(email, password)
    expect(locked.status).toBe(401)
    // Worded as a wrong password: a guesser cannot tell a locked account from a missing one.
    expect(await locked.json()).toEqual({
      errors: [{ message: 'The email or password provided is incorrect.' }],
    })
  })

  it('sets an HttpOnly, SameSite session cookie and ends the session on logout', async () => {
    const email = `session-${Date.now()}@example.test`
    await account(email)
    const response = await login(email, password)
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    const { token } = (await response.json()) as { token: string }
    const me = () =>
      restCall(cms.config, 'users/me', { headers: { authorization: `JWT ${token}` } })
    expect(((await me()).body.user as { email: string } | null)?.email).toBe(email)

    const logout = await REST_POST(cms.config)(
      new Request('http://localhost:3000/api/users/logout', {
        method: 'POST',
        headers: { authorization: `JWT ${token}` },
      }),
      { params: Promise.resolve({ slug: ['users', 'logout'] }) },
    )
    expect(logout.status).toBe(200)
    expect((await me()).body.user ?? null).toBeNull()
  })
})
