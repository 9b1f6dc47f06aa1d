import { spawn } from 'node:child_process'
import path from 'node:path'

const appDir = path.resolve(import.meta.dirname, '../..')

export type ScriptRun = { code: number | null; stdout: string; stderr: string }

/** One of the app's command-line scripts, run as npm runs it, with the given environment. */
export const runScript = (script: string, args: string[], env: Record<string, string>) =>
  new Promise<ScriptRun>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: appDir,
      env: { ...process.env, ...env },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk
    })
    child.once('exit', (code) => resolve({ code, stdout, stderr }))
  })
