import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'

export type StartedProgram = {
  child: ChildProcess
  /**
   * Everything the program printed (stdout and stderr) once `isReady` accepts it. Rejects when
   * the program exits first, or when it is not ready in time (the program is then stopped).
   */
  ready: Promise<string>
}

/**
 * Runs a TypeScript program in `cwd` as one Node process (tsx loaded with `--import`, no wrapper
 * process between, so a signal sent to `child` reaches the program itself), writing all it prints
 * to `log`, and watches its output until it says it is ready: for the start script, "Groundwork is
 * running".
 */
export const startUntilReady = ({
  script,
  args = [],
  cwd,
  env,
  log,
  isReady,
  timeoutMs,
}: {
  script: string
  args?: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  log: string
  isReady: (output: string) => boolean
  timeoutMs: number
}): StartedProgram => {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`${script} was not ready in ${timeoutMs / 1000} s; see ${log}`))
      child.kill('SIGTERM')
    }, timeoutMs)
    let output = ''
    let isUp = false
    const keep = (chunk: Buffer) => {
      fs.appendFileSync(log, chunk)
      // Once ready, the program's output only goes to the log.
      if (isUp) return
      output += chunk.toString()
      if (isReady(output)) {
        isUp = true
        clearTimeout(timer)
        resolve(output)
      }
    }
    child.stdout?.on('data', keep)
    child.stderr?.on('data', keep)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${script} exited (${code}) before it was ready; see ${log}`))
    })
  })
  return { child, ready }
}

/** Sends SIGTERM to a program started here unless it has already ended, and waits for its end. */
export const stopProgram = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return
  const ended = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await ended
}
