import { median } from '../report/table'
import type { LoadResult } from './loadRun'

/**
 * Several runs of one target as one result. The rate is every request over the time they took;
 * p50 is the middle run's and p99 the worst run's, since wrk reports percentiles per run and a
 * tail that showed up once is still a tail.
 */
export const combineRuns = (runs: LoadResult[]): LoadResult => {
  const [first] = runs
  if (!first) throw new Error('No runs to combine')
  const sum = (pick: (run: LoadResult) => number) =>
    runs.reduce((total, run) => total + pick(run), 0)
  const seconds = sum((run) =>
    run.requestsPerSecond > 0 ? run.requests / run.requestsPerSecond : 0,
  )
  return {
    label: first.label,
    requestsPerSecond: seconds > 0 ? sum((run) => run.requests) / seconds : 0,
    p50Ms: median(runs.map((run) => run.p50Ms)),
    p99Ms: Math.max(...runs.map((run) => run.p99Ms)),
    requests: sum((run) => run.requests),
    errors: sum((run) => run.errors),
    timeouts: sum((run) => run.timeouts),
    non2xx: sum((run) => run.non2xx),
  }
}
