import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  combineWindows,
  probeEnv,
  type ServerWindow,
  serverProbe,
} from '../src/probes/serverWindow'

// A stand-in for `next start`: named like it, answering every request after 5 ms.
const server = `
process.title = 'next-server (probe test)'
require('node:http')
  .createServer((request, response) => setTimeout(() => response.end('ok'), 5))
  .listen(0, '127.0.0.1', function () { console.log(this.address().port) })
`

const started: ChildProcess[] = []
afterEach(() => {
  for (const child of started.splice(0)) child.kill()
})

const startServer = async (dir: string) => {
  const child = spawn(process.execPath, ['-e', server], {
    env: { ...process.env, ...probeEnv(dir) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  started.push(child)
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve(Number(String(chunk).trim())))
    child.once('exit', (code) => reject(new Error(`the test server exited with ${code}`)))
  })
  return { pid: child.pid ?? 0, url: `http://127.0.0.1:${port}/` }
}

const requests = async (url: string, count: number) => {
  for (let n = 0; n < count; n++) await (await fetch(url)).text()
  return count
}

describe('the server probe', () => {
  it('reports what the server handled in each window, and how long each request took in it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-probe-test-'))
    const { pid, url } = await startServer(dir)
    const measure = serverProbe(pid, dir)

    const first = await measure(() => requests(url, 20))
    expect(first.result).toBe(20)
    expect(first.server.requests).toBe(20)
    expect(first.server.inServerP50Ms).toBeGreaterThanOrEqual(4)
    expect(first.server.inServerMaxMs).toBeGreaterThanOrEqual(first.server.inServerP99Ms)
    expect(first.server.cpuSeconds).toBeGreaterThanOrEqual(0)

    await requests(url, 5) // outside any window: not counted
    const second = await measure(() => requests(url, 3))
    expect(second.server.requests).toBe(3)
    fs.rmSync(dir, { recursive: true, force: true })
  })
})

describe('windows of several rounds, combined', () => {
  const window = (requests: number, p99: number, loopMax: number): ServerWindow => ({
    requests,
    inServerP50Ms: 1,
    inServerP99Ms: p99,
    inServerMaxMs: p99 * 2,
    loopDelayP99Ms: loopMax / 2,
    loopDelayMaxMs: loopMax,
    gcPauseMaxMs: 3,
    gcPauseTotalMs: 10,
    cpuSeconds: requests / 1000,
  })

  it('adds up requests, CPU and GC time and keeps the worst tail and stall', () => {
    const combined = combineWindows([window(100, 5, 40), window(300, 9, 120)])
    expect(combined.requests).toBe(400)
    expect(combined.cpuSeconds).toBeCloseTo(0.4)
    expect(combined.gcPauseTotalMs).toBe(20)
    expect(combined.inServerP99Ms).toBe(9)
    expect(combined.loopDelayMaxMs).toBe(120)
  })
})
