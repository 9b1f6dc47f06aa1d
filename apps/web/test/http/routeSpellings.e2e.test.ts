import http from 'node:http'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { type Account, createAccount } from '../support/e2e/staff'

/**
 * Every sensitive route, spelled as an attacker would spell it (case, percent-encoding, doubled
 * slashes, a trailing slash, dot segments), must answer as its canonical spelling does, or not be
 * reached at all (404, or a redirect to the canonical address). A rule that matches one spelling
 * of a path and lets another through is how the login limit was once bypassed. Sent over a raw
 * socket: fetch would tidy the address before it leaves.
 */

type Answer = { status: number; location?: string }

const raw = (
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
) =>
  new Promise<Answer>((resolve, reject) => {
    const url = new URL(baseUrl)
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: {
          ...headers,
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
      },
      (response) => {
        response.resume()
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, location: response.headers.location }),
        )
      },
    )
    request.on('error', reject)
    request.end(payload)
  })

/** Other spellings of `/a/b/c` that a lenient router could take for it. */
const spellingsOf = (path: string): string[] => {
  const segments = path.split('/').filter(Boolean)
  const variants = new Set<string>()
  const join = (parts: string[]) => `/${parts.join('/')}`
  segments.forEach((segment, i) => {
    const swap = (replacement: string) => join(segments.map((s, j) => (j === i ? replacement : s)))
    if (segment.toUpperCase() !== segment) variants.add(swap(segment.toUpperCase()))
    const code = segment.charCodeAt(0).toString(16).toUpperCase()
    variants.add(swap(`%${code}${segment.slice(1)}`))
    variants.add(join([...segments.slice(0, i + 1), '', ...segments.slice(i + 1)]))
  })
  variants.add(`${path}/`)
  variants.add(`${join(segments.slice(0, -1))}/./${segments.at(-1)}`)
  variants.add(`${join(segments.slice(0, -1))}/x/../${segments.at(-1)}`)
  variants.delete(path)
  return [...variants]
}

type Route = {
  name: string
  method: string
  path: string
  body?: unknown
  as: 'anonymous' | 'contributor'
}

describe('sensitive routes under other spellings', () => {
  const baseUrl = inject('baseUrl')
  let contributor: Account
  let liveImage: number

  beforeAll(async () => {
    contributor = await createAccount(baseUrl, 'contributor')
    const articles = (await (
      await fetch(`${baseUrl}/api/articles?limit=1&depth=0&where[heroImage][exists]=true`)
    ).json()) as { docs: { heroImage: number }[] }
    liveImage = articles.docs[0]?.heroImage as number
  })

  const routes = (): Route[] => [
    {
      name: 'unlock an account',
      method: 'POST',
      path: '/api/users/unlock',
      body: { email: 'editor@groundwork.test' },
      as: 'contributor',
    },
    { name: 'run the jobs queue', method: 'GET', path: '/api/payload-jobs/run', as: 'contributor' },
    {
      name: 'write preferences',
      method: 'POST',
      path: '/api/payload-preferences/probe',
      body: { value: 1 },
      as: 'anonymous',
    },
    { name: 'list accounts', method: 'GET', path: '/api/users', as: 'anonymous' },
    {
      name: 'replace a live image',
      method: 'PATCH',
      path: `/api/media/${liveImage}`,
      body: { alt: 'Swapped' },
      as: 'contributor',
    },
    {
      name: 'revalidate pages',
      method: 'POST',
      path: '/revalidate',
      body: { tags: ['x'] },
      as: 'anonymous',
    },
    { name: 'enter preview', method: 'GET', path: '/preview?slug=x&secret=wrong', as: 'anonymous' },
  ]

  it.each(routes().map((route) => [route.name, route] as const))('%s', async (_name, route) => {
    // The table is built before `liveImage` is known: take the address again now.
    const current = routes().find((candidate) => candidate.name === route.name) as Route
    const headers: Record<string, string> =
      current.as === 'contributor' ? { authorization: `JWT ${contributor.token}` } : {}
    const [pathname, query] = current.path.split('?')
    const suffix = query ? `?${query}` : ''
    const canonical = await raw(baseUrl, current.method, current.path, headers, current.body)
    expect(canonical.status, 'the canonical spelling is refused').toBeGreaterThanOrEqual(400)
    const differing: string[] = []
    for (const spelling of spellingsOf(pathname as string)) {
      const answer = await raw(baseUrl, current.method, spelling + suffix, headers, current.body)
      const same = answer.status === canonical.status
      const notReached =
        answer.status === 404 ||
        ((answer.status === 307 || answer.status === 308) &&
          new URL(answer.location ?? '', baseUrl).pathname === pathname)
      if (!same && !notReached)
        differing.push(`${spelling}: ${answer.status} (canonical ${canonical.status})`)
    }
    expect(differing).toEqual([])
  })
})
