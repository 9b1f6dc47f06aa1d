import { randomBytes } from 'node:crypto'

/**
 * The first account of a fresh site (it becomes the admin), created with a throwaway password
 * for this run only, and a REST caller that signs its requests with that account's JWT.
 */
export const firstAdminApi = async (baseUrl: string) => {
  const credentials = {
    email: 'bench-admin@groundwork.test',
    password: randomBytes(18).toString('base64url'),
  }
  const response = await fetch(`${baseUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  if (!response.ok) throw new Error(`Cannot create the first account: ${response.status}`)
  const { token } = (await response.json()) as { token: string }
  // biome-ignore lint/suspicious/noExplicitAny: callers read whatever JSON the API answers with
  return async (method: string, path: string, body?: unknown): Promise<any> => {
    const answer = await fetch(`${baseUrl}/api/${path}`, {
      method,
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`)
    return answer.json()
  }
}

export type AdminApi = Awaited<ReturnType<typeof firstAdminApi>>
