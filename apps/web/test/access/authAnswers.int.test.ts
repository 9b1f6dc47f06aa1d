import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newCaller, postJson } from '../support/authRequests'
import { quiet } from '../support/content'
import type { Caller } from '../support/roleMatrix'
import { createIdentities, graphqlAs, type Identities } from '../support/rolesSurfaces'
import { startTestCms, type TestCms } from '../support/testPayload'

/**
 * Unlocking is for admins, and what unlock, forgot-password and login answer never tells a
 * known email from an unknown one: no account can be found by asking.
 */
describe('account answers', () => {
  let cms: TestCms
  let ids: Identities
  const password = 'a-proper-long-passphrase-42'
  const unknown = 'nobody-here@example.test'

  const account = async (payload: Payload, name: string) => {
    const email = `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`
    const doc = await payload.create({
      collection: 'users',
      data: { email, password, role: 'editor' },
      context: quiet,
    })
    return { email, id: doc.id }
  }
  /** As five wrong passwords leave it (`attempts`: how many it has had so far). */
  const lock = (id: number, attempts = 5) =>
    cms.payload.db.updateOne({
      collection: 'users',
      id,
      data: {
        loginAttempts: attempts,
        lockUntil: attempts >= 5 ? new Date(Date.now() + 600_000).toISOString() : null,
      },
    })
  const lockedUntil = async (id: number) =>
    (
      await cms.payload.db.findOne<{ id: number; lockUntil?: string | null }>({
        collection: 'users',
        where: { id: { equals: id } },
      })
    )?.lockUntil ?? null

  beforeAll(async () => {
    cms = await startTestCms()
    ids = await createIdentities(cms.payload)
  })
  afterAll(() => cms.payload.destroy())

  const nonAdmins: Caller[] = ['anonymous', 'api', 'contributor', 'editor']

  it.for(nonAdmins)(
    'refuses an unlock by %s on REST, GraphQL and the Local API',
    async (caller) => {
      const who = ids[caller]
      const { email, id } = await account(cms.payload, 'locked')
      await lock(id)
      const rest = await postJson(cms.config, 'users/unlock', { email }, who.headers)
      expect(rest.status).toBe(403)
      const graphql = await graphqlAs(cms, `mutation { unlockUser(email: "${email}") }`, {
        headers: who.headers,
      })
      expect(graphql.errors?.[0]?.extensions?.statusCode).toBe(403)
      if (who.user) {
        await expect(
          cms.payload.unlock({
            collection: 'users',
            // The generated type asks for a password, which unlock never reads.
            data: { email } as never,
            overrideAccess: false,
            req: { user: who.user as never },
          }),
        ).rejects.toMatchObject({ status: 403 })
      }
      expect(await lockedUntil(id)).not.toBeNull()
    },
  )

  it('lets an admin unlock an account on REST and GraphQL', async () => {
    const first = await account(cms.payload, 'locked')
    const second = await account(cms.payload, 'locked')
    await lock(first.id)
    await lock(second.id)
    const rest = await postJson(cms.config, 'users/unlock', first, ids.admin.headers)
    expect(rest.status).toBe(200)
    expect(await lockedUntil(first.id)).toBeNull()
    const graphql = await graphqlAs(cms, `mutation { unlockUser(email: "${second.email}") }`, {
      headers: ids.admin.headers,
    })
    expect(graphql).toEqual({ data: { unlockUser: true } })
    expect(await lockedUntil(second.id)).toBeNull()
  })

  it.for(nonAdmins)(
    'answers an unlock by %s alike for known and unknown emails',
    async (caller) => {
      const { email } = await account(cms.payload, 'known')
      const headers = ids[caller].headers
      const known = await postJson(cms.config, 'users/unlock', { email }, headers)
      const missing = await postJson(cms.config, 'users/unlock', { email: unknown }, headers)
      expect(missing).toEqual(known)
      const ask = (address: string) =>
        graphqlAs(cms, `mutation { unlockUser(email: "${address}") }`, { headers })
      expect(await ask(unknown)).toEqual(await ask(email))
    },
  )

  it('answers a password reset alike for known and unknown emails', async () => {
    const { email } = await account(cms.payload, 'known')
    const caller = newCaller()
    const known = await postJson(cms.config, 'users/forgot-password', { email }, caller)
    const missing = await postJson(cms.config, 'users/forgot-password', { email: unknown }, caller)
    expect(known.status).toBe(200)
    expect(missing).toEqual(known)
    const ask = (address: string) =>
      graphqlAs(cms, `mutation { forgotPasswordUser(email: "${address}") }`, { headers: caller })
    expect(await ask(unknown)).toEqual(await ask(email))
  })

  it('answers a login alike for an unknown email and a known one, locked or not', async () => {
    const caller = newCaller()
    const wrong = await account(cms.payload, 'known')
    const locked = await account(cms.payload, 'locked')
    const locking = await account(cms.payload, 'locking')
    await lock(locked.id)
    // One more wrong password locks this one: the attempt that does so answers like the others.
    await lock(locking.id, 4)
    const login = (email: string, pass: string) =>
      postJson(cms.config, 'users/login', { email, password: pass }, caller)
    const missing = await login(unknown, 'wrong-password')
    expect(missing.status).toBe(401)
    expect(await login(wrong.email, 'wrong-password')).toEqual(missing)
    expect(await login(locking.email, 'wrong-password')).toEqual(missing)
    expect(await login(locked.email, 'wrong-password')).toEqual(missing)
    expect(await login(locked.email, password)).toEqual(missing)

    const ask = (email: string, pass: string) =>
      graphqlAs(cms, `mutation { loginUser(email: "${email}", password: "${pass}") { exp } }`, {
        headers: caller,
      })
    const graphqlMissing = await ask(unknown, 'wrong-password')
    expect(graphqlMissing.errors?.[0]?.extensions?.statusCode).toBe(401)
    expect(await ask(locked.email, password)).toEqual(graphqlMissing)
    expect(await ask(wrong.email, 'wrong-password')).toEqual(graphqlMissing)
  })
})
