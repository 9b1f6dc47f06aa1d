import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { finishStandalone } from '../../scripts/lib/finishStandalone'
import { staffApi } from '../support/e2e/staff'
import { type RedisServer, startRedisServer } from '../support/redisServer'
import { type ServeInstance, serving, startServe, until } from '../support/serveInstance'
import { createTestDatabase, type TestDatabase } from '../support/testDatabase'

/** Whether a new TCP connection to the port is accepted right now. */
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })

/**
 * A login whose body arrives in two parts, the second when the test says: a request in flight
 * for as long as it likes. Answers the raw response, when it came and when the server closed the
 * connection (kept alive after the answer, as HTTP/1.1 clients ask).
 */
const slowLogin = (port: number, email: string) => {
  const body = JSON.stringify({ email, password: 'not-the-password-at-all' })
  const socket = net.connect(port, '127.0.0.1')
  let response = ''
  let answeredAt = 0
  socket.on('data', (chunk) => {
    answeredAt ||= Date.now()
    response += chunk.toString()
  })
  const answered = new Promise<{ response: string; answeredAt: number; closedAt: number }>(
    (resolve, reject) => {
      socket.once('close', () => resolve({ response, answeredAt, closedAt: Date.now() }))
      socket.once('error', reject)
    },
  )
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()))
  return {
    /** Sends the headers and half the body. */
    start: async () => {
      await connected
      socket.write(
        `POST /api/users/login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
      )
    },
    finish: () => socket.write(body.slice(10)),
    answered,
  }
}

/**
 * `npm run serve` as the image runs it: the e2e app's build (the same `next build` as
 * `npm run build`) finished as `npm run build` finishes it, copied out of the repository so
 * nothing but that folder and Node can be used, and started twice against an empty database.
 */
describe('npm run serve: the built app, two instances, one database', () => {
  const e2eDistDir = inject('appDistDir')
  const secret = randomBytes(32).toString('hex')
  let root: string
  let database: TestDatabase
  let redis: RedisServer
  let migrationNames: string[]
  const instances: ServeInstance[] = []

  const serve = async (env: Record<string, string>): Promise<ServeInstance> => {
    const instance = await startServe({
      root,
      env: {
        DATABASE_URL: database.url,
        PAYLOAD_SECRET: secret,
        MEDIA_DIR: path.join(root, 'media'),
        // The webhook receiver below listens on 127.0.0.1.
        WEBHOOKS_ALLOW_PRIVATE_TARGETS: '1',
        ...env,
      },
    })
    instances.push(instance)
    return instance
  }

  const ready = (instance: ServeInstance) => serving(instance)

  beforeAll(async () => {
    if (!e2eDistDir) {
      throw new Error(
        'Needs the build of the app the e2e suite starts (E2E_DIST_DIR with E2E_BASE_URL)',
      )
    }
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-serve-'))
    const finished = await finishStandalone({
      distDir: e2eDistDir,
      serverUrl: 'http://localhost:3000',
      into: root,
    })
    migrationNames = finished.manifest.migrations
    database = await createTestDatabase('serve')
    redis = await startRedisServer()
  })

  afterAll(async () => {
    for (const instance of instances) {
      if (instance.child.exitCode === null && instance.child.signalCode === null) {
        instance.child.kill('SIGKILL')
        await instance.exit
      }
    }
    await redis?.stop()
    await database?.drop()
    if (root) fs.rmSync(root, { recursive: true, force: true })
  })

  it('starts two instances together on an empty database: both serve, and each migration ran once', async () => {
    const [a, b] = await Promise.all([
      serve({ REDIS_URL: redis.url }),
      serve({ REDIS_URL: redis.url }),
    ])
    if (!a || !b) throw new Error('no instances')
    await Promise.all([ready(a), ready(b)])

    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      const { rows } = await client.query<{ name: string; times: number }>(
        'SELECT name, count(*)::int AS times FROM payload_migrations GROUP BY name ORDER BY name',
      )
      expect(rows).toEqual(migrationNames.map((name) => ({ name, times: 1 })))
    } finally {
      await client.end()
    }
    const applied = [a, b].filter((instance) => instance.output().includes('Applying '))
    expect(applied).toHaveLength(1)
    expect(`${a.output()}${b.output()}`).not.toMatch(/Error running migration/)
  })

  it('serves pages, built assets, the admin and the API from the copied folder alone', async () => {
    const [a] = instances
    if (!a) throw new Error('no instance')
    const home = await fetch(`${a.baseUrl}/`)
    expect(home.status).toBe(200)
    const html = await home.text()
    const asset = html.match(/\/_next\/static\/[^"]+\.(?:js|css)/)?.[0]
    expect(asset).toBeDefined()
    expect((await fetch(`${a.baseUrl}${asset}`)).status).toBe(200)
    expect((await fetch(`${a.baseUrl}/admin`)).status).toBe(200)
    const api = await fetch(`${a.baseUrl}/api/articles`)
    expect(api.status).toBe(200)
    expect(await api.json()).toMatchObject({ docs: [] })
  })

  it('answers /healthz while it lives, and /readyz only while PostgreSQL and Redis answer', async () => {
    const [a] = instances
    if (!a) throw new Error('no instance')
    const get = async (address: string) => {
      const response = await fetch(`${a.baseUrl}${address}`)
      return {
        status: response.status,
        cache: response.headers.get('cache-control'),
        body: await response.json(),
      }
    }
    expect(await get('/healthz')).toEqual({
      status: 200,
      cache: 'no-store',
      body: { alive: true },
    })
    expect(await get('/readyz')).toEqual({
      status: 200,
      cache: 'no-store',
      body: { ready: true, checks: { postgres: 'ok', redis: 'ok' } },
    })

    redis.pause()
    try {
      const started = Date.now()
      expect(await get('/readyz')).toEqual({
        status: 503,
        cache: 'no-store',
        body: { ready: false, checks: { postgres: 'ok', redis: 'timeout after 1000 ms' } },
      })
      expect(Date.now() - started).toBeLessThan(2500)
      expect((await get('/healthz')).status).toBe(200)
    } finally {
      redis.resume()
    }
    await redis.stop()
    expect((await get('/readyz')).body).toEqual({
      ready: false,
      checks: { postgres: 'ok', redis: 'failed: ECONNREFUSED' },
    })
    await redis.start()
    expect((await get('/readyz')).status).toBe(200)
  })

  it('stops at once and exits 0 on SIGTERM with nothing in flight', async () => {
    const [, b] = instances
    if (!b) throw new Error('no instance')
    const started = Date.now()
    b.child.kill('SIGTERM')
    expect(await b.exit).toBe(0)
    console.log(`An idle instance stopped ${Date.now() - started} ms after SIGTERM.`)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(b.output()).toMatch(/Stopped cleanly in \d+ ms/)
  })

  it('on SIGTERM lets the job it is running finish, closes its pool, then exits 0', async () => {
    const [a] = instances
    if (!a) throw new Error('no instance')
    const HOLD_MS = 3000
    const received: number[] = []
    const receiver = http.createServer((request, response) => {
      request.resume()
      received.push(Date.now())
      setTimeout(() => response.end('ok'), HOLD_MS)
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    try {
      const api = staffApi(a.baseUrl)
      const { port: receiverPort } = receiver.address() as net.AddressInfo
      await api('POST', 'webhooks', {
        url: `http://127.0.0.1:${receiverPort}/hook`,
        events: ['update'],
        secret: 'serve-e2e-webhook-secret',
      })
      const { doc: author } = await api('POST', 'authors', { name: 'Shutdown Tester' })
      await api('PATCH', `authors/${author.id}`, { jobTitle: 'Waits for jobs' })
      // The only instance left runs the delivery, within its queue's 2 s schedule.
      await until(() => received.length > 0, 15_000, 'the webhook delivery to start')
      const signalled = Date.now()
      a.child.kill('SIGTERM')
      expect(await a.exit).toBe(0)
      const exitedAfter = Date.now() - signalled
      const deliveryEndedAfter = (received[0] ?? 0) + HOLD_MS - signalled
      console.log(
        `SIGTERM during a job: the delivery ended ${deliveryEndedAfter} ms after it, the process exited 0 after ${exitedAfter} ms.`,
      )
      expect(exitedAfter).toBeGreaterThanOrEqual(deliveryEndedAfter)
      expect(a.output()).toMatch(/SIGTERM: .* and the running job/)
      expect(a.output()).toMatch(/Stopped cleanly in \d+ ms/)

      const client = new pg.Client({ connectionString: database.url })
      await client.connect()
      try {
        const { rows } = await client.query(
          'SELECT event, status::int AS status, ok FROM webhook_deliveries ORDER BY id',
        )
        expect(rows).toEqual([{ event: 'authors.update', status: 200, ok: true }])
      } finally {
        await client.end()
      }
    } finally {
      receiver.closeAllConnections()
      receiver.close()
    }
  })

  it('on SIGTERM refuses new connections at once, answers the request in flight, then exits 0', async () => {
    // A third instance on the now migrated database: it starts without waiting for anyone.
    const c = await serve({ REDIS_URL: redis.url })
    await ready(c)
    expect(c.output()).not.toMatch(/Applying|waiting for it/)
    const login = slowLogin(c.port, 'nobody@groundwork.test')
    await login.start()
    const signalled = Date.now()
    c.child.kill('SIGTERM')

    await until(async () => !(await accepts(c.port)), 2000, 'new connections to be refused')
    const refusedAfter = Date.now() - signalled
    await new Promise((resolve) => setTimeout(resolve, 1000))
    login.finish()
    const { response, answeredAt, closedAt } = await login.answered
    expect(response).toMatch(/^HTTP\/1\.1 401 /)
    expect(response).toContain('"errors"')
    expect(await c.exit).toBe(0)
    const exitedAfter = Date.now() - signalled
    console.log(
      `SIGTERM with a request in flight: new connections refused after ${refusedAfter} ms, the request answered after ${answeredAt - signalled} ms, its kept-alive connection closed after ${closedAt - signalled} ms, exit 0 after ${exitedAfter} ms.`,
    )
    expect(refusedAfter).toBeLessThan(answeredAt - signalled)
    // Kept alive by the client, the connection still closes once answered (not 5 s later).
    expect(closedAt - answeredAt).toBeLessThan(1000)
    expect(exitedAfter - (answeredAt - signalled)).toBeLessThan(2000)
    expect(c.output()).toMatch(/Stopped cleanly in \d+ ms/)
  })
})
