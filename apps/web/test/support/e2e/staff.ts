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

export type Account = {
  id: number
  email: string
  password: string
  /** Staff roles, or `api` (a read-only API client, not staff). */
  role: 'api' | 'contributor' | 'editor' | 'admin'
  /** A JWT for REST calls as this account. */
  token: string
}

let accounts = 0

/**
 * Creates an account as the admin does (`POST /api/users`), optionally writing as an author
 * profile, and signs it in over REST. The address is unique per run, so an app reused between
 * runs (E2E_BASE_URL) never collides.
 */
export const createAccount = async (
  baseUrl: string,
  role: Account['role'],
  { author }: { author?: number } = {},
): Promise<Account> => {
  const email = `${role}-${process.pid}-${Date.now().toString(36)}-${++accounts}@groundwork.test`
  const password = `${role}-e2e-only-passphrase-${Date.now()}`
  const { doc } = await staffApi(baseUrl)('POST', 'users', { email, password, role, author })
  if (doc.role !== role) throw new Error(`Created ${email} as ${doc.role}, not ${role}`)
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!login.ok) throw new Error(`Cannot sign in as ${email}: ${login.status}`)
  const { token } = (await login.json()) as { token: string }
  return { id: doc.id, email, password, role, token }
}

/** The session cookie the admin's sign-in sets, for plain requests made as that account. */
export const sessionCookie = (account: Pick<Account, 'token'>) => `payload-token=${account.token}`

/** Calls `/api/<path>` with an account's JWT and hands back the raw answer (any status). */
export const callAs = (
  account: Pick<Account, 'token'>,
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
) =>
  fetch(`${baseUrl}/api/${path}`, {
    method,
    headers: { authorization: `JWT ${account.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
