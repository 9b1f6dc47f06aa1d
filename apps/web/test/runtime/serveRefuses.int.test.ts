import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort, portInUse } from '../../scripts/lib/freePort'
import { SERVE_MANIFEST, standaloneLayout } from '../../scripts/lib/standalone'

/**
 * `npm run serve` refuses to start, with one line each, rather than half starting: without
 * DATABASE_URL or PAYLOAD_SECRET (it starts no database and generates no secret), without a
 * finished build (it never builds), or on a taken port.
 */
const webDir = path.resolve(import.meta.dirname, '../..')
const folders: string[] = []

const serve = (env: Record<string, string | undefined>) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
      cwd: webDir,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.once('exit', (code) => resolve({ code, stdout, stderr }))
  })

const lines = (text: string) => text.split('\n').filter(Boolean)

/** A build folder whose standalone part has what serve looks for, and nothing it could run. */
const fakeBuild = () => {
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-fake-build-'))
  folders.push(distDir)
  const { app, serverJs } = standaloneLayout(distDir)
  fs.mkdirSync(app, { recursive: true })
  fs.writeFileSync(serverJs, 'throw new Error("serve must not get this far")\n')
  fs.writeFileSync(
    path.join(app, SERVE_MANIFEST),
    JSON.stringify({ serverUrl: 'http://localhost:3000', migrations: [], distDir: '.next' }),
  )
  return distDir
}

const valid = {
  DATABASE_URL: 'postgres://nobody@127.0.0.1:1/never-reached',
  PAYLOAD_SECRET: 'x'.repeat(40),
}

afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true })
})

describe('npm run serve refuses to start', () => {
  it('without DATABASE_URL and PAYLOAD_SECRET: one line for each, nothing else, exit 1', async () => {
    const port = await freePort()
    const { code, stdout, stderr } = await serve({ PORT: String(port) })
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(lines(stderr)).toEqual([
      expect.stringMatching(/^✖ Invalid environment: DATABASE_URL is required/),
      expect.stringMatching(/^✖ Invalid environment: PAYLOAD_SECRET is required/),
    ])
    expect(await portInUse(port)).toBe(false)
  })

  it('without PAYLOAD_SECRET alone: the one line names it', async () => {
    const { code, stderr } = await serve({ DATABASE_URL: valid.DATABASE_URL })
    expect(code).toBe(1)
    expect(lines(stderr)).toEqual([
      expect.stringMatching(/^✖ Invalid environment: PAYLOAD_SECRET is required/),
    ])
  })

  it('without a finished build, saying to run npm run build', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-no-build-'))
    folders.push(empty)
    const { code, stderr } = await serve({ ...valid, NEXT_DIST_DIR: empty })
    expect(code).toBe(1)
    expect(lines(stderr)).toEqual([
      `✖ No finished build in ${standaloneLayout(empty).app}: run \`npm run build\` first (serve never builds).`,
    ])
  })

  it('on a port something else listens on', async () => {
    const taken = net.createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    const { port } = taken.address() as net.AddressInfo
    try {
      const { code, stderr } = await serve({
        ...valid,
        NEXT_DIST_DIR: fakeBuild(),
        PORT: String(port),
      })
      expect(code).toBe(1)
      expect(lines(stderr)).toEqual([
        `✖ Port ${port} is in use. Stop what runs there or serve with PORT=<free port>.`,
      ])
    } finally {
      taken.close()
    }
  })
})
