import { afterAll, beforeAll, describe, expect } from 'vitest'
import { DATABASE_UNREACHABLE as UNREACHABLE } from '@/runtime/database/databaseAnswers'
import { type RunningNginx, startNginx } from '../../scripts/lib/nginxProfile'
import { processAlive } from '../../scripts/lib/processAlive'
import { useBrowser } from '../support/browser'
import { seededTitle } from '../support/e2e/seed'
import { sessionCookie, staffApi, staffToken } from '../support/e2e/staff'
import { appConnectionCount } from './support/appConnections'
import { type AppServer, startApp } from './support/appServer'
import { faultsContext } from './support/context'
import { internalsIn, timedGet } from './support/http'
import { startPostgres, stopPostgres } from './support/postgresControl'
import { testClient } from './support/storedArticle'
import { faultCase } from './support/tally'

const check = faultCase('Postgres stopped while serving')

/** Pages a reader opened before the outage (so cached), each with a title it must still show. */
const CACHED = [
  { path: '/', shows: seededTitle('what-my-first-year-taught-me') },
  { path: '/articles/after-a-relapse', shows: seededTitle('after-a-relapse') },
  { path: '/articles/coping-with-cravings', shows: seededTitle('coping-with-cravings') },
]
/** Pages nobody opened before the outage (articles render on first request; search never caches). */
const UNCACHED = [
  { path: '/articles/sleep-in-early-recovery', shows: seededTitle('sleep-in-early-recovery') },
  { path: '/articles/buprenorphine-basics', shows: seededTitle('buprenorphine-basics') },
  { path: '/search?q=sleep', shows: seededTitle('sleep-in-early-recovery') },
]

/** A calm answer comes at once; the bound leaves room for a machine busy with other builds. */
const CALM_MS = 10_000
const FRIENDLY = 'Something went wrong on our side'

describe('PostgreSQL stops while the site serves, then starts again', () => {
  const context = faultsContext()
  const { baseUrl, databaseUrl, postgresControl } = context
  const api = staffApi(baseUrl)
  const browser = useBrowser()
  let app: AppServer
  /** The shipped production profile (deploy/nginx) in front of the same app. */
  let proxy: RunningNginx
  let signedIn: Record<string, string>
  let article: { id: number; title: string }

  const get = (path: string, headers?: Record<string, string>) =>
    timedGet(`${baseUrl}${path}`, headers)
  /**
   * What a person sees: the page after the browser ran its scripts, and what went wrong on the
   * way (script errors, console errors, failed requests), so a failure explains itself.
   */
  const seen = async (path: string) => {
    const page = await browser().newPage()
    const trouble: string[] = []
    page.on('pageerror', (error) => trouble.push(`script error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') trouble.push(`console: ${message.text()}`)
    })
    page.on('response', (response) => {
      const { pathname } = new URL(response.url())
      if (response.status() >= 400) trouble.push(`${response.status()} ${pathname}`)
    })
    try {
      const response = await page.goto(`${baseUrl}${path}`)
      await page.waitForLoadState('networkidle')
      // Rendered text only: the raw text of the page holds the data its scripts carry, too.
      // biome-ignore lint/performance/useDomNodeTextContent: what is on screen is the point
      const text = await page.locator('body').innerText()
      return { status: response?.status(), text, trouble: trouble.join('\n') }
    } finally {
      await page.close()
    }
  }

  beforeAll(async () => {
    app = await startApp(context, 'postgres-down')
    // Cookie auth needs the request to come from the site itself (Payload's CSRF check).
    signedIn = {
      cookie: sessionCookie({ token: await staffToken(baseUrl) }),
      'sec-fetch-site': 'same-origin',
    }
    const { docs } = await api('GET', 'articles?where[slug][equals]=after-a-relapse&depth=0')
    article = { id: docs[0].id, title: docs[0].title }
    for (const { path } of CACHED) {
      await get(path)
      const again = await fetch(`${baseUrl}${path}`)
      await again.arrayBuffer()
      expect(again.headers.get('x-nextjs-cache'), `${path} is cached`).toBe('HIT')
    }
    proxy = await startNginx(`127.0.0.1:${new URL(baseUrl).port}`)
    for (const { path } of CACHED) await timedGet(`${proxy.profileUrl}${path}`)
    // @payloadcms/db-postgres keeps one connection for itself; the others are idle pooled ones,
    // whose death emits the pool 'error' that ends a process nobody listens for it in.
    const client = await testClient(databaseUrl)
    expect(await appConnectionCount(client), 'idle pooled connections').toBeGreaterThan(1)
    await client.end()
    await stopPostgres(postgresControl)
  })

  afterAll(async () => {
    await startPostgres(postgresControl)
    await proxy?.stop()
    await app?.kill('SIGTERM')
  })

  describe('while PostgreSQL is down', () => {
    for (const { path, shows } of CACHED) {
      check(`cached ${path} answers 200 with its content`, async () => {
        const answer = await get(path)
        expect(answer.status).toBe(200)
        expect(answer.text).toContain(shows)
        expect(answer.ms).toBeLessThan(CALM_MS)
      })
    }

    for (const { path } of UNCACHED) {
      check(`uncached ${path} answers an error page at once, with nothing internal`, async () => {
        const answer = await get(path)
        // The App Router has no way to answer 503 from a render: a failed render is a 500.
        expect(answer.status).toBe(500)
        expect(answer.contentType).toContain('text/html')
        expect(answer.text).toContain('<meta name="robots" content="noindex"/>')
        expect(internalsIn(answer.text, databaseUrl)).toEqual([])
        expect(answer.ms).toBeLessThan(CALM_MS)
        return { outcome: `uncached page ${answer.status}` }
      })
    }

    check('through the production profile: stored pages 200, others a calm 503', async () => {
      for (const { path, shows } of CACHED) {
        const answer = await timedGet(`${proxy.profileUrl}${path}`)
        expect(answer.status, path).toBe(200)
        expect(answer.text, path).toContain(shows)
      }
      const response = await fetch(`${proxy.profileUrl}${UNCACHED[0]?.path}`)
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('30')
      const text = await response.text()
      expect(text).toContain('Back in a moment')
      expect(internalsIn(text, databaseUrl)).toEqual([])
      return { outcome: 'uncached page through the proxy 503' }
    })

    check('a reader sees the friendly error page, in the site’s frame', async () => {
      const { status, text } = await seen(UNCACHED[0]?.path ?? '')
      expect(status).toBe(500)
      expect(text).toContain(FRIENDLY)
      expect(text).toContain('Please try again in a moment.')
      expect(text).toContain('Articles') // the site's navigation, from the cached site chrome
    })

    check('REST answers 503 with Retry-After and the cause, without internals', async () => {
      const response = await fetch(`${baseUrl}/api/articles`, {
        signal: AbortSignal.timeout(CALM_MS),
      })
      expect(response.status).toBe(503)
      expect(response.headers.get('retry-after')).toBe('30')
      expect(response.headers.get('content-type')).toContain('application/json')
      const text = await response.text()
      expect(JSON.parse(text)).toEqual({ errors: [{ message: UNREACHABLE }] })
      expect(internalsIn(text, databaseUrl)).toEqual([])
      return { outcome: `REST read ${response.status}` }
    })

    check('an editor’s save is refused with 503 and the cause', async () => {
      const answer = await fetch(`${baseUrl}/api/articles/${article.id}`, {
        method: 'PATCH',
        headers: { ...signedIn, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Saved during the outage', _status: 'published' }),
        signal: AbortSignal.timeout(CALM_MS),
      })
      expect(answer.status).toBe(503)
      expect(answer.headers.get('retry-after')).toBe('30')
      expect(await answer.json()).toEqual({ errors: [{ message: UNREACHABLE }] })
      return { outcome: `save refused with ${answer.status}` }
    })

    for (const [who, headers] of [
      ['signed out', {}],
      ['signed in', undefined],
    ] as const) {
      check(`the admin (${who}) says the database is unreachable`, async () => {
        const answer = await get('/admin', headers ?? signedIn)
        expect(answer.text).toContain(UNREACHABLE)
        expect(internalsIn(answer.text, databaseUrl)).toEqual([])
        expect(answer.ms).toBeLessThan(CALM_MS)
        return { outcome: `admin page ${answer.status}` }
      })
    }

    check('an editor’s browser shows the message, not a generic error', async () => {
      const { text, trouble } = await seen('/admin')
      expect(text, trouble).toContain(UNREACHABLE)
      expect(text, trouble).not.toMatch(/couldn.t load|server error/i)
      expect(trouble).toBe('')
    })

    check('the app process stays up: lost connections are logged, nothing uncaught', async () => {
      // Give the jobs queue (every second) and the pool time to meet the dead connections.
      await new Promise((resolve) => setTimeout(resolve, 3000))
      expect(processAlive(app.pid)).toBe(true)
      expect(app.output()).not.toMatch(/uncaughtException|unhandledRejection/)
      expect((await get(CACHED[0]?.path ?? '/')).status).toBe(200)
    })
  })

  describe('after PostgreSQL starts again on the same port, with the same app process', () => {
    beforeAll(() => startPostgres(postgresControl))

    check('pages that failed during the outage render', async () => {
      for (const { path, shows } of UNCACHED) {
        const answer = await get(path)
        expect(answer.status, path).toBe(200)
        expect(answer.text, path).toContain(shows)
      }
    })

    check('the save refused during the outage changed nothing', async () => {
      const { title } = await api('GET', `articles/${article.id}?depth=0`)
      expect(title).toBe(article.title)
    })

    check('the admin works again, signed in and signed out', async () => {
      const dashboard = await get('/admin', signedIn)
      expect(dashboard.status).toBe(200)
      expect(dashboard.text).toContain('Medical reviews due') // the signed-in dashboard
      const login = await get('/admin/login')
      expect(login.text).toContain('LoginForm')
      for (const answer of [dashboard, login]) expect(answer.text).not.toContain(UNREACHABLE)
    })

    check('a publish works and readers see it at once', async () => {
      const title = `${article.title} (after the outage)`
      await api('PATCH', `articles/${article.id}`, { title, _status: 'published' })
      const page = await get('/articles/after-a-relapse')
      expect(page.status).toBe(200)
      expect(page.text).toContain(title)
    })

    check('the process that served through the outage is the one serving now', async () => {
      expect(processAlive(app.pid)).toBe(true)
      expect(app.output()).not.toMatch(/uncaughtException|unhandledRejection/)
    })
  })
})
