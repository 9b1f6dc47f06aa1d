import { describe, expect, it } from 'vitest'
import { coalescePerKey } from '@/freshness/coalescePerKey'

/** A run that waits until the test lets it end, recording when it started. */
const controlledRuns = () => {
  const started: { key: string; at: number; finish: () => void; fail: () => void }[] = []
  let clock = 0
  const run = (key: string) =>
    new Promise<void>((resolve, reject) => {
      started.push({ key, at: clock++, finish: resolve, fail: () => reject(new Error(key)) })
    })
  const tick = () => clock++
  const now = () => clock
  return { started, run, tick, now }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('coalescePerKey', () => {
  it('answers a burst made during a run with one further run, started after the burst', async () => {
    const { started, run, tick, now } = controlledRuns()
    const refresh = coalescePerKey((key: string) => key, run)
    const first = refresh('home')
    const burst = Array.from({ length: 10 }, () => {
      tick()
      return refresh('home')
    })
    const afterBurst = now()
    expect(started).toHaveLength(1)
    started[0]?.finish()
    await first
    await settle()
    expect(started).toHaveLength(2)
    expect(started[1]?.at).toBeGreaterThanOrEqual(afterBurst)
    started[1]?.finish()
    await Promise.all(burst)
    expect(started).toHaveLength(2)
  })

  it('runs different keys side by side', () => {
    const { started, run } = controlledRuns()
    const refresh = coalescePerKey((key: string) => key, run)
    refresh('home')
    refresh('list')
    refresh('home')
    expect(started.map(({ key }) => key)).toEqual(['home', 'list'])
  })

  it('starts afresh once a key is idle, and a failed run does not stop the next', async () => {
    const { started, run } = controlledRuns()
    const refresh = coalescePerKey((key: string) => key, run)
    const failing = refresh('home')
    const waiting = refresh('home')
    started[0]?.fail()
    await expect(failing).rejects.toThrow('home')
    await settle()
    started[1]?.finish()
    await waiting
    const later = refresh('home')
    expect(started).toHaveLength(3)
    started[2]?.finish()
    await later
  })
})
