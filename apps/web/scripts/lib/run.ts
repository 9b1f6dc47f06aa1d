import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const nextBin = require.resolve('next/dist/bin/next')
const tsxBin = require.resolve('tsx/cli')

/** Starts a Node program with this process's terminal, so its progress shows as it happens. */
const node = (args: string[], env: NodeJS.ProcessEnv, cwd: string): ChildProcess =>
  spawn(process.execPath, args, { cwd, env, stdio: 'inherit' })

export const next = (args: string[], env: NodeJS.ProcessEnv, cwd: string) =>
  node([nextBin, ...args], env, cwd)

export const tsx = (script: string, env: NodeJS.ProcessEnv, cwd: string) =>
  node([tsxBin, script], env, cwd)

export const exited = (child: ChildProcess): Promise<number> =>
  new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))))

export const runToEnd = async (child: ChildProcess, what: string) => {
  const code = await exited(child)
  if (code !== 0) throw new Error(`${what} failed (exit code ${code}); see the output above.`)
}
