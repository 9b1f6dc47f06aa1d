/**
 * The e2e app starts with no accounts. Whichever test needs one first creates it; the others sign
 * in with the same credentials, so no test depends on another running first. Test-only: the
 * database is thrown away after the run.
 */
export const STAFF = { email: 'editor@groundwork.test', password: 'e2e-only-long-passphrase-4815' }

/** A JWT for the staff account over REST, creating the account on a fresh site. */
export const staffToken = async (baseUrl: string): Promise<string> => {
  const post = (path: string) =>
    fetch(`${baseUrl}/api/users/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(STAFF),
    })
  const first = await post('first-register')
  const response = first.ok ? first : await post('login')
  if (!response.ok) throw new Error(`Cannot sign in: ${response.status} ${await response.text()}`)
  const { token } = (await response.json()) as { token: string }
  return token
}

// biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON the API answers with
export type StaffApi = (method: string, path: string, body?: unknown) => Promise<any>

/**
 * Calls `/api/<path>` as the staff account and fails the test on any non-2xx answer, naming the
 * call. The token is fetched on first use, so files can create this at describe time.
 */
export const staffApi = (baseUrl: string): StaffApi => {
  let token: Promise<string> | undefined
  return async (method, path, body) => {
    token ??= staffToken(baseUrl)
    const response = await fetch(`${baseUrl}/api/${path}`, {
      method,
      headers: { authorization: `JWT ${await token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
    return response.json()
  }
}
