import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'
import { freePort } from '@groundwork/web/scripts'

/**
 * The benchmark's own Debian `redis-server` on a free port (never the machine's 6379), nothing
 * saved; `keyspaceEvents` as the handler under test wants them. The app's tests have the same
 * helper in apps/web/test/support/redisServer.ts.
 */
export type RedisProcess = {
  url: string
  stop: () => Promise<void>
  start: () => Promise<void>
  pause: () => void
  resume: () => void
}

const pong = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    const done = (answer: boolean) => {
      socket.destroy()
      resolve(answer)
    }
    socket.setTimeout(500, () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')))
    socket.once('error', () => done(false))
  })

export const startRedisProcess = async (keyspaceEvents = 'Exe'): Promise<RedisProcess> => {
  const port = await freePort()
  let child: ChildProcess | undefined
  process.once('exit', () => child?.kill('SIGKILL'))
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'].concat([
        '--notify-keyspace-events',
        keyspaceEvents,
      ]),
      { stdio: 'ignore' },
    )
    for (let i = 0; i < 100 && !(await pong(port)); i++) await new Promise((r) => setTimeout(r, 50))
  }
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop: async () => {
      const running = child
      child = undefined
      if (!running || running.exitCode !== null) return
      running.kill('SIGCONT')
      running.kill('SIGTERM')
      await new Promise((resolve) => running.once('exit', resolve))
    },
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
  }
}
