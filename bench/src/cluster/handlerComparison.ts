/**
 * `npx tsx bench/src/cluster/handlerComparison.ts [--candidates trieb,forte,groundwork]
 *   [--node /path/to/node]`
 *
 * Redis cache handlers for Next.js side by side, on this machine's own `redis-server`: two worker
 * processes per handler play two app instances sharing one Redis (`handlerWorker.ts`). Measured:
 * set and get latency of a 100 kB page, how soon a `revalidateTag` on A reaches B for a page, a
 * route handler's response and an `unstable_cache` entry, whether B gets the entry's
 * `cacheControl` (without it Next 16.4 re-renders another instance's page after 1 s), and what
 * each call costs while Redis refuses connections, while it hangs (SIGSTOP), and how soon the
 * handler works again, also for an instance started while Redis was down. Writes
 * results/<date>-cache-handlers.{json,md}.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { type RedisServer, startRedisServer } from '@groundwork/web/scripts'
import { formatTable } from '../report/table'
import { type Candidate, type CandidateName, candidates, installCandidate } from './candidates'
import { writeHandlerReport } from './handlerReport'
import type { WorkerReply } from './handlerWorker'
import type { EntryKind } from './sampleEntries'
import { ms, percentile, sleep, spread, startWorker, timeUntil, type Worker } from './worker'

const args = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : undefined
}
const chosen = (option('candidates') ?? 'trieb,forte,groundwork').split(',') as CandidateName[]
const nodeBinary = option('node') ?? process.execPath
const PAGE_BYTES = 100_000
const SAMPLES = 100

const logDir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'cache-handlers-'))

let unique = 0
const fresh = (label: string) => `${label}-${Date.now()}-${unique++}`

/** A writes an entry, B reads it: the round trip every instance relies on. */
const roundTrip = async (a: Worker, b: Worker, kind: EntryKind = 'page') => {
  const key = fresh('probe')
  const tags = [fresh('tag')]
  const set = await a.call({ op: 'set', key, kind, tags, bytes: 1_000 })
  if (!set.settled || set.error) return false
  const got = await b.call({ op: 'get', key, kind, tags })
  return Boolean(got.hit)
}

/** How long after A's revalidateTag B stops serving the entry; null when it never does. */
const revalidationDelay = async (a: Worker, b: Worker, kind: EntryKind) => {
  const key = fresh(kind)
  const tags = [fresh('article')]
  await a.call({ op: 'set', key, kind, tags, bytes: 5_000 })
  const before = await b.call({ op: 'get', key, kind, tags })
  if (!before.hit) return { delay: null, note: 'B never saw the entry' }
  const started = performance.now()
  await a.call({ op: 'revalidate', tags })
  for (let i = 0; i < 200; i++) {
    const after = await b.call({ op: 'get', key, kind, tags })
    if (!after.hit) return { delay: performance.now() - started, note: '' }
    await sleep(5)
  }
  return { delay: null, note: 'still served 1 s after the revalidation' }
}

const measure = async (candidate: Candidate): Promise<Record<string, string>> => {
  const dir = installCandidate(candidate)
  const redis = await startRedisServer()
  const row: Record<string, string> = {}
  const workers: Worker[] = []
  const worker = async (name: string, url = redis.url) => {
    const started = await startWorker(candidate, {
      dir,
      redisUrl: url,
      nodeBinary,
      logFile: path.join(logDir, `${candidate.name}-${name}.log`),
    })
    workers.push(started)
    return started
  }
  try {
    const a = await worker('A')
    const b = await worker('B')
    const ready = await timeUntil(() => roundTrip(a, b))
    row['ready after start (ms)'] = ready === null ? 'never (30 s)' : ms(ready)

    // Latency: distinct keys, one at a time, as renders of different pages would.
    const keys = Array.from({ length: SAMPLES }, () => fresh('page'))
    const tags = ['articles:list']
    const sets: number[] = []
    for (const key of keys)
      sets.push((await a.call({ op: 'set', key, kind: 'page', tags, bytes: PAGE_BYTES })).ms)
    const coldGets: WorkerReply[] = []
    for (const key of keys) coldGets.push(await b.call({ op: 'get', key, kind: 'page', tags }))
    const warmGets: number[] = []
    for (const key of keys) warmGets.push((await b.call({ op: 'get', key, kind: 'page', tags })).ms)
    row['set 100 kB page on A, p50 / p95 / max (ms)'] = spread(sets)
    row['get it on B, first read, p50 / p95 / max (ms)'] = spread(coldGets.map((g) => g.ms))
    row['get it on B again, p50 / p95 / max (ms)'] = spread(warmGets)
    row['B finds what A wrote'] = `${coldGets.filter((g) => g.hit).length} / ${SAMPLES}`
    row['B gets the entry’s cacheControl (fresh beyond 1 s)'] = coldGets.every(
      (g) => g.keptCacheControl,
    )
      ? 'yes'
      : 'no: re-rendered once per instance'

    for (const [kind, label] of [
      ['page', 'a page'],
      ['route', 'a route handler (feed, sitemap)'],
      ['data', 'an unstable_cache entry'],
    ] as const) {
      const delays: number[] = []
      let note = ''
      for (let i = 0; i < 10; i++) {
        const result = await revalidationDelay(a, b, kind)
        if (result.delay === null) {
          note = result.note
          break
        }
        delays.push(result.delay)
      }
      row[`revalidateTag on A → B misses: ${label}, median / max (ms)`] = note
        ? `never: ${note}`
        : `${ms(percentile(delays, 50))} / ${ms(Math.max(...delays))}`
    }

    // A 404 must not be stored (one entry per made-up address): the app's wrapper drops it.
    const missKey = fresh('miss')
    await a.call({ op: 'set', key: missKey, kind: 'page', tags: [], bytes: 1_000, status: 404 })
    const miss = await b.call({ op: 'get', key: missKey, kind: 'page', tags: [] })
    row['a 404 page is stored'] = miss.hit ? 'yes' : 'no'

    await outage(row, redis, a, b, 'refused', async () => redis.stop(), redis.start)
    await outage(
      row,
      redis,
      a,
      b,
      'hung (SIGSTOP)',
      async () => redis.pause(),
      async () => redis.resume(),
    )

    // An instance that starts while Redis is down, then Redis comes up.
    await redis.stop()
    const late = await worker('C')
    const whileDown: number[] = []
    for (let i = 0; i < 5; i++) {
      const key = fresh('late')
      whileDown.push((await late.call({ op: 'get', key, kind: 'page', tags: [] })).ms)
    }
    row['started with Redis down: get, max (ms)'] = ms(Math.max(...whileDown))
    await redis.start()
    const lateRecovery = await timeUntil(() => roundTrip(late, late), 20_000)
    row['started with Redis down: works once Redis is up after (ms)'] =
      lateRecovery === null ? 'not within 20 s' : ms(lateRecovery)

    // A Redis without keyspace events (a managed Redis that forbids CONFIG, or one restarted
    // without them).
    const plain = await startRedisServer({ keyspaceEvents: '' })
    try {
      const d = await worker('D', plain.url)
      const e = await worker('E', plain.url)
      const works = await timeUntil(() => roundTrip(d, e), 5_000)
      row['Redis without notify-keyspace-events'] = works === null ? 'does not work' : 'works'
    } finally {
      await plain.stop()
    }
    row['runs on'] = `Node ${spawnSync(nodeBinary, ['-v'], { encoding: 'utf8' }).stdout.trim()}`
  } finally {
    for (const each of workers) each.stop()
    await redis.stop()
  }
  return row
}

/** Takes Redis away, times calls on both instances, then brings it back and times recovery. */
const outage = async (
  row: Record<string, string>,
  _redis: RedisServer,
  a: Worker,
  b: Worker,
  label: string,
  breakIt: () => Promise<void>,
  mendIt: () => Promise<void>,
) => {
  const key = fresh('outage')
  const tags = [fresh('tag')]
  await a.call({ op: 'set', key, kind: 'page', tags, bytes: 5_000 })
  await a.call({ op: 'logLines' })
  await b.call({ op: 'logLines' })
  await breakIt()
  await sleep(500)
  const gets: number[] = []
  const sets: number[] = []
  const started = performance.now()
  // About ten seconds of traffic: one read and one write every half second.
  while (performance.now() - started < 10_000) {
    gets.push((await b.call({ op: 'get', key: fresh('r'), kind: 'page', tags })).ms)
    sets.push(
      (await a.call({ op: 'set', key: fresh('w'), kind: 'page', tags, bytes: PAGE_BYTES })).ms,
    )
    await sleep(500)
  }
  const revalidate = await a.call({ op: 'revalidate', tags })
  const lines =
    ((await a.call({ op: 'logLines' })).logLines ?? 0) +
    ((await b.call({ op: 'logLines' })).logLines ?? 0)
  row[`Redis ${label}: get, p50 / max (ms)`] =
    `${ms(percentile(gets, 50))} / ${ms(Math.max(...gets))}`
  row[`Redis ${label}: set, p50 / max (ms)`] =
    `${ms(percentile(sets, 50))} / ${ms(Math.max(...sets))}`
  row[`Redis ${label}: revalidateTag`] = !revalidate.settled
    ? 'hangs (≥ 5000 ms, capped)'
    : `${ms(revalidate.ms)} ms, ${
        revalidate.error ? `throws (${revalidate.error.slice(0, 50)})` : 'resolves'
      }`
  row[`Redis ${label}: log lines in 10 s (2 instances)`] = String(lines)
  await mendIt()
  const recovery = await timeUntil(() => roundTrip(a, b))
  row[`Redis ${label}: works again after it is back (ms)`] =
    recovery === null ? 'not within 30 s' : ms(recovery)
}

const results: Record<string, Record<string, string>> = {}
for (const name of chosen) {
  const candidate = candidates[name]
  console.log(`Measuring ${candidate.label}…`)
  results[name] = await measure(candidate)
}

const measures = [...new Set(Object.values(results).flatMap((row) => Object.keys(row)))]
const header = ['measure', ...chosen.map((name) => name)]
const rows = measures.map((measureName) => [
  measureName,
  ...chosen.map((name) => results[name]?.[measureName] ?? ''),
])
const table = formatTable(header, rows)
console.log(`\n${table}\n`)
for (const name of chosen) console.log(`${name}: ${candidates[name].label}`)
console.log(`Worker logs: ${logDir}`)

writeHandlerReport({
  table,
  results,
  labels: chosen.map((name) => `- ${name}: ${candidates[name].label}`),
  nodeBinary,
})
process.exit(0)
