import net from 'node:net'
import tls from 'node:tls'
import type { ReadinessCheck } from './check'

/** One command in Redis's wire format (RESP): an array of bulk strings. */
const command = (...parts: string[]) =>
  `*${parts.length}\r\n${parts.map((part) => `$${Buffer.byteLength(part)}\r\n${part}\r\n`).join('')}`

/** A Redis error reply (`-NOAUTH Authentication required.`) as an error whose code is its word. */
const replyError = (reply: string) =>
  Object.assign(new Error(reply), { code: reply.split(' ')[0] || 'ERR' })

/**
 * Redis answers `PING` with `+PONG`, over TLS for `rediss://`, after `AUTH` when the URL carries
 * credentials. No client library: one exchange is all a readiness check needs.
 */
export const pingRedis = (redisUrl: string, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const url = new URL(redisUrl)
    const host = url.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1'
    const port = Number(url.port || 6379)
    const secure = url.protocol === 'rediss:'
    const socket = secure
      ? tls.connect({ host, port, servername: net.isIP(host) ? undefined : host })
      : net.connect({ host, port })
    let settled = false
    const finish = (error?: Error) => {
      if (settled) return
      settled = true
      signal.removeEventListener('abort', abandon)
      socket.destroy()
      if (error) reject(error)
      else resolve()
    }
    const abandon = () => finish(new Error('aborted'))
    signal.addEventListener('abort', abandon, { once: true })

    const requests: string[] = []
    if (url.password) {
      const password = decodeURIComponent(url.password)
      const user = decodeURIComponent(url.username)
      requests.push(user ? command('AUTH', user, password) : command('AUTH', password))
    }
    requests.push(command('PING'))
    let awaited = requests.length
    let received = ''
    socket.once(secure ? 'secureConnect' : 'connect', () => socket.write(requests.join('')))
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1')
      for (let end = received.indexOf('\r\n'); end >= 0; end = received.indexOf('\r\n')) {
        const reply = received.slice(0, end)
        received = received.slice(end + 2)
        // `-WORD message`: NOAUTH, WRONGPASS, LOADING (still reading its data), MISCONF…
        if (reply.startsWith('-')) return finish(replyError(reply.slice(1)))
        awaited -= 1
        if (awaited === 0) {
          return finish(reply === '+PONG' ? undefined : new Error('no PONG in reply to PING'))
        }
      }
    })
    socket.once('error', (error) => finish(error))
    socket.once('close', () => finish(new Error('connection closed before PONG')))
  })

export const redisCheck: ReadinessCheck = {
  name: 'redis',
  appliesTo: (env) => env.REDIS_URL !== undefined,
  problem: async (env, signal) => {
    await pingRedis(env.REDIS_URL ?? '', signal)
    return null
  },
}
