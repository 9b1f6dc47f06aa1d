import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'
import { freePort } from './freePort'

/**
 * A throwaway Debian `redis-server` on a free port, for tests and the benchmark: nothing saved to disk, and the
 * keyspace events the shared cache handler listens to (`Exe`: expired and evicted keys) set at
 * start, so a restart keeps them. Never the machine's own Redis on 6379.
 */
export type RedisServer = {
  port: number
  url: string
  /** Stops the server (SIGTERM, then SIGKILL); its port stays reserved for `start`. */
  stop: () => Promise<void>
  /** Starts it again on the same port, empty (a restarted Redis without persistence). */
  start: () => Promise<void>
  /** SIGSTOP: the server keeps its connections open and answers nothing, as a hung Redis does. */
  pause: () => void
  /** SIGCONT after `pause`. */
  resume: () => void
}

export const REDIS_SERVER = process.env.REDIS_SERVER_BIN || '/usr/bin/redis-server'

const answersPing = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
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

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })

export const startRedisServer = async ({
  keyspaceEvents = 'Exe',
}: {
  /** `notify-keyspace-events`; '' for a Redis configured without them. */
  keyspaceEvents?: string
} = {}): Promise<RedisServer> => {
  const port = await freePort()
  let child: ChildProcess | undefined
  const killOnExit = () => child?.kill('SIGKILL')
  process.once('exit', killOnExit)

  const start = async () => {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']
    args.push('--notify-keyspace-events', keyspaceEvents, '--daemonize', 'no')
    const started = spawn(REDIS_SERVER, args, { stdio: 'ignore' })
    child = started
    for (let i = 0; i < 100; i++) {
      if (await answersPing(port)) return
      if (started.exitCode !== null) break
      await new Promise((r) => setTimeout(r, 50))
    }
    started.kill('SIGKILL')
    throw new Error(`redis-server did not start on port ${port} (${REDIS_SERVER})`)
  }

  const stop = async () => {
    const running = child
    if (!running) return
    child = undefined
    running.kill('SIGCONT')
    running.kill('SIGTERM')
    const timer = setTimeout(() => running.kill('SIGKILL'), 3_000)
    await exited(running)
    clearTimeout(timer)
  }

  await start()
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    start,
    stop,
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
  }
}
