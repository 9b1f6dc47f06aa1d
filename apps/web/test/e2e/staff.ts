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
