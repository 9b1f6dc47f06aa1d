import net from 'node:net'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { parseEnv } from '@/runtime/env'
import {
  checkReadiness,
  type ReadinessCheck,
  readinessChecks,
  sharedReadiness,
} from '@/runtime/readiness'
import { pingRedis } from '@/runtime/readiness/redis'
import { freePort } from '../../scripts/lib/freePort'
import { type RedisServer, startRedisServer } from '../support/redisServer'

/**
 * What `/readyz` answers (runtime/readiness), against a real PostgreSQL and a real Redis: each
 * check's failure is named, a hung service costs the time limit and no more, and what the answer
 * says never names an address.
 */
const LIMIT_MS = 300

const envWith = (vars: Record<string, string>) =>
  parseEnv({ DATABASE_URL: inject('databaseUrl'), PAYLOAD_SECRET: 'p'.repeat(32), ...vars })

/**
 * Accepts connections, reads what it is sent and never answers, as a hung server does; counts
 * the connections still open.
 */
const silentServer = async () => {
  const open = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    open.add(socket)
    socket.resume()
    socket.on('close', () => open.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    port,
    open: () => open.size,
    close: () => {
      for (const socket of open) socket.destroy()
      return new Promise((resolve) => server.close(resolve))
    },
  }
}

/** Inline commands to Redis over one raw socket, answered with their (one-line) replies. */
const redisCommands = (port: number, ...lines: string[]) =>
  new Promise<string[]>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write(lines.map((line) => `${line}\r\n`).join('')),
    )
    let received = ''
    socket.on('data', (data) => {
      received += data.toString()
      const replies = received.split('\r\n').slice(0, -1)
      if (replies.length < lines.length) return
      socket.destroy()
      resolve(replies)
    })
    socket.once('error', reject)
  })

const until = async (done: () => boolean) => {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 20))
}

describe('readiness checks against real services', () => {
  let redis: RedisServer
  beforeAll(async () => {
    redis = await startRedisServer()
  })
  afterAll(() => redis?.stop())

  it('is ready with PostgreSQL alone when REDIS_URL is not set, and leaves Redis out', async () => {
    expect(await checkReadiness(envWith({}), readinessChecks, LIMIT_MS)).toEqual({
      ready: true,
      checks: { postgres: 'ok' },
    })
  })

  it('checks Redis when REDIS_URL is set', async () => {
    expect(
      await checkReadiness(envWith({ REDIS_URL: redis.url }), readinessChecks, LIMIT_MS),
    ).toEqual({ ready: true, checks: { postgres: 'ok', redis: 'ok' } })
  })

  it('names a hung Redis after the time limit, not later, and lets go of its connection', async () => {
    redis.pause()
    try {
      const started = Date.now()
      const answer = await checkReadiness(
        envWith({ REDIS_URL: redis.url }),
        readinessChecks,
        LIMIT_MS,
      )
      const took = Date.now() - started
      expect(answer).toEqual({
        ready: false,
        checks: { postgres: 'ok', redis: `timeout after ${LIMIT_MS} ms` },
      })
      expect(took).toBeGreaterThanOrEqual(LIMIT_MS - 5)
      expect(took).toBeLessThan(LIMIT_MS + 700)
    } finally {
      redis.resume()
    }
    expect(
      await checkReadiness(envWith({ REDIS_URL: redis.url }), readinessChecks, LIMIT_MS),
    ).toMatchObject({ ready: true })
  })

  it('names a Redis that refuses connections by its error code, never its address', async () => {
    const closed = await freePort()
    const answer = await checkReadiness(
      envWith({ REDIS_URL: `redis://127.0.0.1:${closed}` }),
      readinessChecks,
      LIMIT_MS,
    )
    expect(answer).toEqual({
      ready: false,
      checks: { postgres: 'ok', redis: 'failed: ECONNREFUSED' },
    })
    expect(JSON.stringify(answer)).not.toContain(String(closed))
  })

  it('signs in with the password in REDIS_URL, and says so when it is missing or wrong', async () => {
    const password = 'readiness-test-password'
    expect(await redisCommands(redis.port, `CONFIG SET requirepass ${password}`)).toEqual(['+OK'])
    try {
      const withPassword = `redis://:${password}@127.0.0.1:${redis.port}`
      const check = (url: string) =>
        checkReadiness(envWith({ REDIS_URL: url }), readinessChecks, LIMIT_MS)
      expect((await check(withPassword)).checks.redis).toBe('ok')
      expect(
        (await check(`redis://default:${password}@127.0.0.1:${redis.port}`)).checks.redis,
      ).toBe('ok')
      expect((await check(redis.url)).checks.redis).toMatch(/^failed: NOAUTH /)
      expect((await check(`redis://:wrong@127.0.0.1:${redis.port}`)).checks.redis).toMatch(
        /^failed: WRONGPASS /,
      )
    } finally {
      await redisCommands(redis.port, `AUTH ${password}`, 'CONFIG SET requirepass ""')
    }
    await expect(pingRedis(redis.url, new AbortController().signal)).resolves.toBeUndefined()
  })

  it('names a PostgreSQL that refuses connections, and one that hangs', async () => {
    const closed = await freePort()
    const refused = await checkReadiness(
      envWith({ DATABASE_URL: `postgres://app:secret@127.0.0.1:${closed}/groundwork` }),
      readinessChecks,
      LIMIT_MS,
    )
    expect(refused).toEqual({ ready: false, checks: { postgres: 'failed: ECONNREFUSED' } })
    expect(JSON.stringify(refused)).not.toMatch(/secret|app:/)

    const hung = await silentServer()
    try {
      const started = Date.now()
      const answer = await checkReadiness(
        envWith({ DATABASE_URL: `postgres://app:secret@127.0.0.1:${hung.port}/groundwork` }),
        readinessChecks,
        LIMIT_MS,
      )
      expect(answer).toEqual({
        ready: false,
        checks: { postgres: `timeout after ${LIMIT_MS} ms` },
      })
      expect(Date.now() - started).toBeLessThan(LIMIT_MS + 700)
      // The abandoned connection is closed, not left to pile up with every probe.
      await until(() => hung.open() === 0)
      expect(hung.open()).toBe(0)
    } finally {
      await hung.close()
    }
  })

  it('takes one more service with one more entry, and leaves it out where it is not set up', async () => {
    let configured = true
    const search: ReadinessCheck = {
      name: 'search',
      appliesTo: () => configured,
      problem: async () => 'the index is being rebuilt',
    }
    const checks = [...readinessChecks, search]
    expect(await checkReadiness(envWith({}), checks, LIMIT_MS)).toEqual({
      ready: false,
      checks: { postgres: 'ok', search: 'the index is being rebuilt' },
    })
    configured = false
    expect(await checkReadiness(envWith({}), checks, LIMIT_MS)).toEqual({
      ready: true,
      checks: { postgres: 'ok' },
    })
  })

  it('gives a check with its own time limit that long, and names a thrown error', async () => {
    const slow: ReadinessCheck = {
      name: 'slow',
      appliesTo: () => true,
      timeoutMs: LIMIT_MS * 2,
      problem: () => new Promise((resolve) => setTimeout(() => resolve(null), LIMIT_MS * 1.5)),
    }
    const broken: ReadinessCheck = {
      name: 'broken',
      appliesTo: () => true,
      problem: async () => {
        throw new Error('refused by http://user:pw@internal.example:9000/x')
      },
    }
    expect(await checkReadiness(envWith({}), [slow, broken], LIMIT_MS)).toEqual({
      ready: false,
      checks: { slow: 'ok', broken: 'failed: refused by <url>' },
    })
  })

  it('gives requests that arrive together one round of checks, and the next request a new one', async () => {
    let rounds = 0
    const shared = sharedReadiness(async () => {
      rounds += 1
      return checkReadiness(envWith({ REDIS_URL: redis.url }), readinessChecks, LIMIT_MS)
    })
    const answers = await Promise.all(Array.from({ length: 20 }, () => shared()))
    expect(rounds).toBe(1)
    expect(answers.every((answer) => answer.ready)).toBe(true)
    await shared()
    expect(rounds).toBe(2)
  })
})
