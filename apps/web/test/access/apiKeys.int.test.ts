import { randomUUID } from 'node:crypto'
import { migrations } from '@groundwork/cms/migrations'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REST_PATCH } from '@/http/routes'
import { postJson } from '../support/authRequests'
import { quiet } from '../support/content'
import {
  createIdentities,
  type Identities,
  type Identity,
  perform,
  surfaces,
} from '../support/rolesSurfaces'
import { type Json, restCall } from '../support/routes'
import { startTestCms, type TestCms } from '../support/testPayload'

/**
 * API keys are issued by admins, to `api` accounts only, and a key or a session dies when the
 * account's password or role changes.
 */
describe('API keys and sessions', () => {
  let cms: TestCms
  let ids: Identities
  const password = 'a-proper-long-passphrase-42'

  beforeAll(async () => {
    cms = await startTestCms()
    ids = await createIdentities(cms.payload)
  })
  afterAll(() => cms.payload.destroy())

  const keyHeaders = (key: string) => ({ authorization: `users API-Key ${key}` })
  /** The status of reading the account itself with `headers`: 200 while they sign it in. */
  const readOwnAccount = async (id: number, headers: Record<string, string>) =>
    (await restCall(cms.config, `users/${id}?depth=0`, { headers })).status
  const patchUser = (id: number, data: Json, headers: Record<string, string>) =>
    restCall(cms.config, `users/${id}?depth=0`, {
      method: 'PATCH',
      handler: REST_PATCH,
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(data),
    })

  /** An `api` account with a working key and a session from a real login. */
  const apiClient = async () => {
    const key = randomUUID()
    const email = `client-${randomUUID()}@example.test`
    const { id } = await cms.payload.create({
      collection: 'users',
      data: { email, password, role: 'api', enableAPIKey: true, apiKey: key },
      context: quiet,
    })
    const login = await postJson(cms.config, 'users/login', { email, password })
    expect(login.status).toBe(200)
    const jwt = { authorization: `JWT ${login.body.token as string}` }
    expect(await readOwnAccount(id, keyHeaders(key))).toBe(200)
    expect(await readOwnAccount(id, jwt)).toBe(200)
    return { id, email, key, jwt }
  }

  const staffCallers = ['contributor', 'editor'] as const
  const cases = surfaces.flatMap((surface) => staffCallers.map((caller) => ({ surface, caller })))

  it.for(cases)(
    'a $caller cannot give itself an API key over $surface',
    async ({ surface, caller }) => {
      const who = ids[caller] as Identity & { user: { id: number } }
      const key = randomUUID()
      await perform(cms, surface, who, {
        op: 'update',
        collection: 'users',
        id: who.user.id,
        data: { enableAPIKey: true, apiKey: key },
      })
      expect(await readOwnAccount(who.user.id, keyHeaders(key))).toBe(403)
      const stored = await cms.payload.findByID({ collection: 'users', id: who.user.id })
      expect(stored.enableAPIKey ?? false).toBe(false)
    },
  )

  it('shows the API key controls to admins only', async () => {
    // As the admin's account view decides whether to show them: update permission on `apiKey`.
    const controls = async (who: Identity, id: number) => {
      const answer = await postJson(cms.config, `users/access/${id}`, {}, who.headers)
      const fields = answer.body.fields as true | Record<string, true | { update?: boolean }>
      const apiKey = fields === true ? true : fields.apiKey
      return apiKey === true || Boolean(apiKey?.update)
    }
    const contributor = ids.contributor.user?.id as number
    expect(await controls(ids.contributor, contributor)).toBe(false)
    expect(await controls(ids.editor, ids.editor.user?.id as number)).toBe(false)
    expect(await controls(ids.admin, ids.api.user?.id as number)).toBe(true)
  })

  it('lets an admin issue a key to an api account', async () => {
    const { id } = await cms.payload.create({
      collection: 'users',
      data: { email: `client-${randomUUID()}@example.test`, password, role: 'api' },
      context: quiet,
    })
    const key = randomUUID()
    const answer = await patchUser(id, { enableAPIKey: true, apiKey: key }, ids.admin.headers)
    expect(answer.status).toBe(200)
    expect(await readOwnAccount(id, keyHeaders(key))).toBe(200)
  })

  it('refuses an admin a key on a staff account, with a field error', async () => {
    const target = ids.otherContributor.user?.id as number
    const key = randomUUID()
    const answer = await patchUser(target, { enableAPIKey: true, apiKey: key }, ids.admin.headers)
    expect(answer.status).toBe(400)
    const [error] = answer.body.errors as { data?: { errors?: Json[] } }[]
    expect(error?.data?.errors).toEqual([
      { path: 'enableAPIKey', message: expect.stringMatching(/API client/) },
    ])
    expect(await readOwnAccount(target, keyHeaders(key))).toBe(403)
    await expect(
      cms.payload.update({
        collection: 'users',
        id: target,
        data: { enableAPIKey: true, apiKey: key },
        overrideAccess: false,
        user: ids.admin.user,
      }),
    ).rejects.toMatchObject({ status: 400 })
  })

  /** A contributor with a key it issued itself before the rule looked (written past the hooks). */
  const staffKeptKey = async () => {
    const client = await apiClient()
    await cms.payload.db.updateOne({
      collection: 'users',
      id: client.id,
      data: { role: 'contributor' },
    })
    return client
  }

  it('switches off a key a staff account kept from before the rule, at its next save', async () => {
    const client = await staffKeptKey()
    expect(await readOwnAccount(client.id, keyHeaders(client.key))).toBe(200)
    const save = await patchUser(client.id, { author: null }, client.jwt)
    expect(save.status).toBe(200)
    expect(await readOwnAccount(client.id, keyHeaders(client.key))).toBe(403)
  })

  it('the migration revokes, at once, the keys staff accounts issued themselves before the rule', async () => {
    const staff = await staffKeptKey()
    const client = await apiClient()
    expect(await readOwnAccount(staff.id, keyHeaders(staff.key))).toBe(200)
    const revoke = migrations.find((migration) => migration.name.endsWith('revoke_staff_api_keys'))
    await revoke?.up({ db: cms.payload.db.drizzle, payload: cms.payload, req: {} } as never)
    expect(await readOwnAccount(staff.id, keyHeaders(staff.key))).toBe(403)
    // An API client's key is what keys are for: it keeps working.
    expect(await readOwnAccount(client.id, keyHeaders(client.key))).toBe(200)
  })

  it('revokes the key and the sessions when an admin changes the password', async () => {
    const client = await apiClient()
    const answer = await patchUser(client.id, { password: `${password}-new` }, ids.admin.headers)
    expect(answer.status).toBe(200)
    expect(await readOwnAccount(client.id, keyHeaders(client.key))).toBe(403)
    expect(await readOwnAccount(client.id, client.jwt)).toBe(403)
  })

  it('revokes the key and the sessions when an admin changes the role', async () => {
    const client = await apiClient()
    const answer = await patchUser(client.id, { role: 'contributor' }, ids.admin.headers)
    expect(answer.status).toBe(200)
    expect(await readOwnAccount(client.id, keyHeaders(client.key))).toBe(403)
    expect(await readOwnAccount(client.id, client.jwt)).toBe(403)
  })

  it('revokes the key when the password is reset by email', async () => {
    const client = await apiClient()
    const token = await cms.payload.forgotPassword({
      collection: 'users',
      data: { email: client.email },
      disableEmail: true,
    })
    const reset = await postJson(cms.config, 'users/reset-password', {
      token,
      password: `${password}-reset`,
    })
    expect(reset.status).toBe(200)
    expect(await readOwnAccount(client.id, keyHeaders(client.key))).toBe(403)
    expect(await readOwnAccount(client.id, client.jwt)).toBe(403)
  })
})
