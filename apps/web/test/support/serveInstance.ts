import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { freePort } from '../../scripts/lib/freePort'

/**
 * One `node serve.mjs` of a finished build (`npm run build`, or `finishStandalone` into a copy),
 * as the image runs it: its output kept for the test to read, nothing inherited but PATH.
 * Used by `runtime/serve.e2e` and the cluster suite (`test/cluster/`).
 */
export type ServeInstance = {
  port: number
  baseUrl: string
  child: ChildProcess
  output: () => string
  /** The exit code, once the process has ended. */
  exit: Promise<number | null>
}

export const until = async (done: () => boolean | Promise<boolean>, ms: number, what: string) => {
  const deadline = Date.now() + ms
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * Starts `<root>/apps/web/serve.mjs` with `env` (DATABASE_URL, PAYLOAD_SECRET and the rest are
 * the caller's), on `port` or a free one.
 */
export const startServe = async ({
  root,
  env,
  port: chosenPort,
}: {
  /** The standalone folder's root: `apps/web/serve.mjs` is in it. */
  root: string
  env: Record<string, string>
  port?: number
}): Promise<ServeInstance> => {
  const port = chosenPort ?? (await freePort())
  const child = spawn(process.execPath, [path.join(root, 'apps/web/serve.mjs')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(port),
      SERVER_URL: `http://localhost:${port}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output += chunk.toString()
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exit = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return { port, baseUrl: `http://127.0.0.1:${port}`, child, output: () => output, exit }
}

/** Until the instance says it serves (it has booted and migrated); fails if it exits first. */
export const serving = (instance: ServeInstance, ms = 180_000) =>
  until(
    () => {
      if (instance.child.exitCode !== null)
        throw new Error(`serve exited (${instance.child.exitCode}):\n${instance.output()}`)
      return instance.output().includes('Serving ')
    },
    ms,
    `serve on port ${instance.port}`,
  )
