/**
 * One "instance" for `handlerComparison.ts`: a process that loads one cache handler the way
 * Next's server would (a new handler object per request, one process-wide store behind it) and
 * runs the get/set/revalidateTag calls its parent sends over IPC, timing each one. Each call is
 * given up after CALL_CAP_MS, so a hung Redis shows as a number instead of a hung benchmark.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { CandidateName } from './candidates'
import { type EntryKind, getContext, sampleEntry, setContext } from './sampleEntries'

export type WorkerRequest =
  | {
      id: number
      op: 'set'
      key: string
      kind: EntryKind
      tags: string[]
      bytes: number
      status?: number
    }
  | { id: number; op: 'get'; key: string; kind: EntryKind; tags: string[] }
  | { id: number; op: 'revalidate'; tags: string[] }
  | { id: number; op: 'logLines' }

export type WorkerReply = {
  id: number
  ms: number
  /** Whether the call settled before the cap. */
  settled: boolean
  error?: string
  hit?: boolean
  /** The entry's `cacheControl` came back with it (Next then keeps it fresh). */
  keptCacheControl?: boolean
  status?: number
  logLines?: number
}

type Handler = {
  get: (key: string, ctx: unknown) => Promise<unknown>
  set: (key: string, data: unknown, ctx: unknown) => Promise<unknown>
  revalidateTag: (tags: string[], durations?: unknown) => Promise<unknown>
}
type HandlerClass = new (ctx: Record<string, unknown>) => Handler

const CALL_CAP_MS = 5_000
const candidate = process.env.CANDIDATE as CandidateName
const dir = process.env.CANDIDATE_DIR as string
const keyPrefix = process.env.BENCH_KEY_PREFIX ?? 'bench:'
const serverDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'handler-worker-'))

// Handlers log Redis failures: counted (a flood of lines is an outage cost too), kept in a file.
let logLines = 0
const logFile = process.env.WORKER_LOG ?? path.join(serverDistDir, 'worker.log')
for (const level of ['error', 'warn', 'info', 'log'] as const) {
  console[level] = (...args: unknown[]) => {
    if (level === 'error' || level === 'warn') logLines += 1
    fs.appendFileSync(logFile, `${level} ${args.map(String).join(' ')}\n`)
  }
}
process.on('unhandledRejection', (reason) => {
  logLines += 1
  fs.appendFileSync(logFile, `unhandledRejection ${String(reason)}\n`)
})

const load = async (): Promise<HandlerClass> => {
  const require = createRequire(path.join(dir, 'package.json'))
  if (candidate === 'trieb') {
    const module = require('@trieb.work/nextjs-turbo-redis-cache') as {
      default: new (options: Record<string, unknown>) => Handler
    }
    // Its documented "Option A": the package's default export, configured by REDIS_URL.
    const CachedHandler = module.default
    return class {
      constructor() {
        // biome-ignore lint/correctness/noConstructorReturn: the package keeps one store per process itself
        return new CachedHandler({ keyPrefix, database: 0 })
      }
    } as unknown as HandlerClass
  }
  if (candidate === 'forte') {
    const { CacheHandler } = require('@fortedigital/nextjs-cache-handler') as {
      CacheHandler: HandlerClass & { onCreation: (hook: () => Promise<unknown>) => void }
    }
    const createRedisHandler = require('@fortedigital/nextjs-cache-handler/redis-strings')
      .default as (options: Record<string, unknown>) => unknown
    const createLruHandler = require('@fortedigital/nextjs-cache-handler/local-lru')
      .default as () => unknown
    const { createClient } = require('redis') as {
      createClient: (options: Record<string, unknown>) => {
        on: (event: string, listener: (error: unknown) => void) => void
        connect: () => Promise<unknown>
        isReady: boolean
      }
    }
    // The README's production set-up: one client per process, the in-memory LRU when Redis
    // cannot be reached at creation.
    CacheHandler.onCreation(async () => {
      const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 })
      client.on('error', () => {})
      try {
        await client.connect()
      } catch (error) {
        console.warn('Failed to connect Redis client:', error)
      }
      if (!client.isReady) return { handlers: [createLruHandler()] }
      return { handlers: [createRedisHandler({ client, keyPrefix })] }
    })
    return CacheHandler
  }
  // The app's own module, exactly the file next.config.ts names.
  const file = path.join(dir, 'src/freshness/missFreeCacheHandler.mjs')
  return (await import(pathToFileURL(file).href)).default as HandlerClass
}

const HandlerClass = await load()
/** As Next does: a new handler object for every request. */
const handler = () =>
  new HandlerClass({ serverDistDir, dev: false, maxMemoryCacheSize: 0, revalidatedTags: [] })

const capped = async <T>(work: () => Promise<T>) => {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  const cap = new Promise<'capped'>((resolve) => {
    timer = setTimeout(() => resolve('capped'), CALL_CAP_MS)
  })
  try {
    const result = await Promise.race([work(), cap])
    return { ms: performance.now() - started, result, error: undefined }
  } catch (error) {
    return { ms: performance.now() - started, result: undefined, error: String(error) }
  } finally {
    clearTimeout(timer)
  }
}

const run = async (request: WorkerRequest): Promise<WorkerReply> => {
  if (request.op === 'logLines') {
    const lines = logLines
    logLines = 0
    return { id: request.id, ms: 0, settled: true, logLines: lines }
  }
  if (request.op === 'set') {
    const { ms, result, error } = await capped(() =>
      handler().set(
        request.key,
        sampleEntry(request.kind, request.tags, request.bytes, request.status),
        setContext(request.kind, request.tags),
      ),
    )
    return { id: request.id, ms, settled: result !== 'capped', error }
  }
  if (request.op === 'revalidate') {
    const { ms, result, error } = await capped(() =>
      handler().revalidateTag(request.tags, { expire: 0 }),
    )
    return { id: request.id, ms, settled: result !== 'capped', error }
  }
  const { ms, result, error } = await capped(() =>
    handler().get(request.key, getContext(request.kind, request.tags)),
  )
  const entry = result === 'capped' ? null : (result as Record<string, unknown> | null)
  const value = entry?.value as { status?: number } | undefined
  const cacheControl = entry?.cacheControl as { revalidate?: unknown } | undefined
  return {
    id: request.id,
    ms,
    settled: result !== 'capped',
    error,
    hit: Boolean(value),
    keptCacheControl: cacheControl?.revalidate !== undefined,
    status: value?.status,
  }
}

process.on('message', (request: WorkerRequest) => {
  run(request).then((reply) => process.send?.(reply))
})
process.send?.({ id: 0, ms: 0, settled: true } satisfies WorkerReply)
