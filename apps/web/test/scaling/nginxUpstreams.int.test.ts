import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { type RunningNginx, startNginx } from '@groundwork/web/scripts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

type Instance = { upstream: string; received: string[]; close: () => void }

/** A stand-in app instance that says who it is, or one that drops every request it gets. */
const instance = async (name: string, { dies = false } = {}): Promise<Instance> => {
  const received: string[] = []
  const server = http.createServer((request, response) => {
    received.push(`${request.method} ${request.url}`)
    if (dies) request.socket.destroy()
    else response.end(name)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { upstream: `127.0.0.1:${port}`, received, close: () => server.close() }
}

/** The shipped nginx profile in front of several instances, one of which dies on every request. */
describe('the production profile over several instances', () => {
  let alive: Instance
  let dying: Instance
  let nginx: RunningNginx
  beforeAll(async () => {
    alive = await instance('alive')
    dying = await instance('dying', { dies: true })
    nginx = await startNginx([dying.upstream, alive.upstream])
  })
  afterAll(async () => {
    await nginx?.stop()
    alive?.close()
    dying?.close()
  })

  it('answers every read from a live instance when another dies mid-request', async () => {
    const answers = []
    for (let i = 0; i < 10; i++) {
      const response = await fetch(`${nginx.profileUrl}/api/articles?read=${i}`)
      answers.push(`${response.status} ${await response.text()}`)
    }
    expect(answers).toEqual(Array(10).fill('200 alive'))
    expect(dying.received.length).toBeGreaterThan(0)
  })

  it('never sends a write twice: one that reached the dying instance fails, not repeated', async () => {
    const before = { alive: alive.received.length, dying: dying.received.length }
    const statuses = []
    for (let i = 0; i < 10; i++) {
      const response = await fetch(`${nginx.profileUrl}/api/articles?write=${i}`, {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      })
      await response.arrayBuffer()
      statuses.push(response.status)
    }
    const writes = (list: string[], from: number) =>
      list.slice(from).filter((line) => line.startsWith('POST'))
    const reachedAlive = writes(alive.received, before.alive)
    const reachedDying = writes(dying.received, before.dying)
    // Each write reached exactly one instance: none was tried on a second after the first saw it.
    expect(reachedAlive.length + reachedDying.length).toBe(10)
    expect(new Set(reachedAlive).size).toBe(reachedAlive.length)
    expect(reachedAlive.filter((line) => reachedDying.includes(line))).toEqual([])
    expect(statuses.filter((status) => status === 200)).toHaveLength(reachedAlive.length)
  })
})
