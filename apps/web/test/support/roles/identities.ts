import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { quiet } from '../content'
import type { Caller } from '../roleMatrix'
import type { Id, Identity } from './call'

/**
 * The callers of the role matrix: one signed-in account for each staff role, an API key and an
 * anonymous caller, each as the Local API and as request headers want it.
 */

export const PASSWORD = 'role-matrix-long-password-1'

export type Identities = Record<Caller, Identity> & {
  /** A second contributor, whose drafts the first one must not touch. */
  otherContributor: Identity
}

const asLocalUser = async (payload: Payload, id: Id) =>
  ({
    ...(await payload.findByID({ collection: 'users', id, depth: 0 })),
    collection: 'users',
  }) as unknown as NonNullable<Identity['user']>

/** A staff account signed in the way the admin signs in: a JWT from `login`. */
export const staffIdentity = async (
  payload: Payload,
  caller: Caller,
  role: 'contributor' | 'editor' | 'admin',
): Promise<Identity> => {
  const email = `${caller}-${randomUUID()}@example.test`
  const created = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, role },
    context: quiet,
  })
  const { token } = await payload.login({
    collection: 'users',
    data: { email, password: PASSWORD },
  })
  return {
    caller,
    user: await asLocalUser(payload, created.id),
    headers: { authorization: `JWT ${token}` },
  }
}

export const createIdentities = async (payload: Payload): Promise<Identities> => {
  // The first account of a site always becomes its admin: make that the admin.
  const admin = await staffIdentity(payload, 'admin', 'admin')
  const editor = await staffIdentity(payload, 'editor', 'editor')
  const contributor = await staffIdentity(payload, 'contributor', 'contributor')
  const otherContributor = await staffIdentity(payload, 'contributor', 'contributor')
  const apiKey = randomUUID()
  const client = await payload.create({
    collection: 'users',
    data: {
      email: `api-${randomUUID()}@example.test`,
      password: PASSWORD,
      role: 'api',
      enableAPIKey: true,
      apiKey,
    },
    context: quiet,
  })
  const api: Identity = {
    caller: 'api',
    user: await asLocalUser(payload, client.id),
    headers: { authorization: `users API-Key ${apiKey}` },
  }
  const anonymous: Identity = { caller: 'anonymous', headers: {} }
  for (const who of [admin, editor, contributor, otherContributor, api]) {
    if (who.user?.role !== who.caller)
      throw new Error(`${who.caller} was created as ${who.user?.role}`)
  }
  return { anonymous, api, contributor, editor, admin, otherContributor }
}
