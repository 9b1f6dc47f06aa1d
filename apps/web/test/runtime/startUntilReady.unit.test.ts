import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startUntilReady, stopProgram } from '../../scripts/lib/startUntilReady'

const appDir = path.resolve(import.meta.dirname, '../..')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-start-until-'))
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

/** A TypeScript program of the test's own: the type annotation proves tsx runs it. */
const program = (name: string, body: string) => {
  const file = path.join(work, `${name}.ts`)
  fs.writeFileSync(file, body)
  return file
}

const exitOf = (child: { once: (event: 'exit', listener: () => void) => void }) =>
  new Promise<void>((resolve) => child.once('exit', resolve))

describe('startUntilReady', () => {
  it('resolves with what the program printed once it says it is ready, and logs the rest', async () => {
    const script = program(
      'ready',
      `const word: string = 'ready'
console.error('warming up')
setTimeout(() => console.log('now ' + word + ' on ' + process.argv[2]), 50)
setTimeout(() => { console.log('later'); process.exit(0) }, 200)`,
    )
    const log = path.join(work, 'ready.log')
    const { child, ready } = startUntilReady({
      script,
      args: ['port 1234'],
      cwd: appDir,
      env: process.env,
      log,
      isReady: (output) => output.includes('now ready'),
      timeoutMs: 30_000,
    })
    const output = await ready
    expect(output).toContain('warming up')
    expect(output).toContain('now ready on port 1234')
    await exitOf(child)
    expect(fs.readFileSync(log, 'utf8')).toContain('later')
  })

  it('rejects, naming the log, when the program exits before it is ready', async () => {
    const script = program('fails', `console.log('no database'); process.exit(3)`)
    const { ready } = startUntilReady({
      script,
      cwd: appDir,
      env: process.env,
      log: path.join(work, 'fails.log'),
      isReady: (output) => output.includes('ready'),
      timeoutMs: 30_000,
    })
    await expect(ready).rejects.toThrow(/exited \(3\) before it was ready; see .*fails\.log/)
  })

  it('stops a program that is not ready in time', async () => {
    const script = program('slow', `setInterval(() => console.log('still starting'), 20)`)
    const { child, ready } = startUntilReady({
      script,
      cwd: appDir,
      env: process.env,
      log: path.join(work, 'slow.log'),
      isReady: () => false,
      timeoutMs: 1_000,
    })
    const exited = exitOf(child)
    await expect(ready).rejects.toThrow(/not ready in 1 s/)
    await exited
    expect(child.signalCode).toBe('SIGTERM')
  })

  it('stopProgram ends a running program, and returns at once for one that has ended', async () => {
    const script = program('serving', `console.log('serving'); setInterval(() => {}, 1000)`)
    const { child, ready } = startUntilReady({
      script,
      cwd: appDir,
      env: process.env,
      log: path.join(work, 'serving.log'),
      isReady: (output) => output.includes('serving'),
      timeoutMs: 30_000,
    })
    await ready
    await stopProgram(child)
    expect(child.signalCode).toBe('SIGTERM')
    await stopProgram(child)
  })
})
