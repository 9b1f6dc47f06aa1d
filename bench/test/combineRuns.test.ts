import { describe, expect, it } from 'vitest'
import { combineRuns } from '../src/load/combineRuns'
import { parseWrk } from '../src/load/wrkRun'

const wrkReport = ({
  rps,
  requests,
  p50,
  p99,
}: Record<string, string>) => `Running 4s test @ http://127.0.0.1:3000/a
  1 threads and 50 connections
  Latency Distribution
     50%   ${p50}
     75%   2.00ms
     90%   3.00ms
     99%   ${p99}
  ${requests} requests in 4.00s, 1.00MB read
  Socket errors: connect 0, read 1, write 0, timeout 2
  Non-2xx or 3xx responses: 3
Requests/sec:   ${rps}
`

describe('a wrk run', () => {
  it('is read from wrk’s report, durations in any unit', () => {
    const run = parseWrk(
      'a',
      wrkReport({ rps: '1200.50', requests: '4802', p50: '850.00us', p99: '1.20s' }),
    )
    expect(run).toEqual({
      label: 'a',
      requestsPerSecond: 1200.5,
      p50Ms: 0.85,
      p99Ms: 1200,
      requests: 4802,
      errors: 4,
      timeouts: 2,
      non2xx: 3,
    })
  })
})

describe('rounds of one target, combined', () => {
  const run = (requestsPerSecond: number, seconds: number, p50Ms: number, p99Ms: number) => ({
    label: 'next start',
    requestsPerSecond,
    p50Ms,
    p99Ms,
    requests: requestsPerSecond * seconds,
    errors: 1,
    timeouts: 0,
    non2xx: 1,
  })

  it('weighs each round by the time it ran, not by its count', () => {
    const combined = combineRuns([run(1000, 4, 30, 60), run(2000, 2, 20, 400)])
    // 8,000 requests in 6 s, where averaging the two rates would say 1,500.
    expect(combined.requestsPerSecond).toBeCloseTo(8000 / 6)
    expect(combined.requests).toBe(8000)
  })

  it('keeps the worst tail and the middle median, and adds up the failures', () => {
    const combined = combineRuns([
      run(1000, 4, 30, 60),
      run(1000, 4, 20, 400),
      run(1000, 4, 40, 50),
    ])
    expect(combined.p99Ms).toBe(400)
    expect(combined.p50Ms).toBe(30)
    expect(combined.errors).toBe(3)
    expect(combined.non2xx).toBe(3)
  })

  it('refuses to make a result out of nothing', () => {
    expect(() => combineRuns([])).toThrow(/No runs/)
  })
})
