import { paragraphs } from '@groundwork/cms/seed'
import pg from 'pg'
import { inject } from 'vitest'
import type { StaffApi } from '../../support/e2e/staff'

/** The cluster clusterSetup.ts started: instance A, B, nginx over both, and the engines. */
export const cluster = () => inject('cluster')

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Asks the harness to act on what it owns: `replica/delay?ms=`, `redis/stop`, `instance/kill?name=a`… */
export const control = async (action: string, params: Record<string, string> = {}) => {
  const response = await fetch(`${cluster().control}/${action}?${new URLSearchParams(params)}`, {
    method: 'POST',
  })
  if (!response.ok)
    throw new Error(`control ${action}: ${response.status} ${await response.text()}`)
  return response.json()
}

/** The value below which `p` percent of the values lie (nearest rank). */
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((x, y) => x - y)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

export const figures = (values: number[]) =>
  `p50 ${percentile(values, 50).toFixed(0)} ms, p95 ${percentile(values, 95).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms (n=${values.length})`

export type Answer = { status: number; cache: string | null; body: string; ms: number }

/** One reader request; a network error is an answer with status 0. */
export const get = async (base: string, address: string, timeoutMs = 10_000): Promise<Answer> => {
  const started = performance.now()
  try {
    const response = await fetch(`${base}${address}`, { signal: AbortSignal.timeout(timeoutMs) })
    const body = await response.text()
    return {
      status: response.status,
      cache: response.headers.get('x-nextjs-cache'),
      body,
      ms: performance.now() - started,
    }
  } catch (error) {
    return { status: 0, cache: null, body: String(error), ms: performance.now() - started }
  }
}

/** Runs `sql` on a database of the cluster (the primary unless told). */
export const query = async <Row extends pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
  url = cluster().primaryUrl,
) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<Row>(sql, params)).rows
  } finally {
    await client.end()
  }
}

let made = 0
const authors = new Map<StaffApi, Promise<number>>()

/** A new article through `api` (staff on some instance), by an author of the run's own. */
export const createArticle = async (
  api: StaffApi,
  { status = 'published', title }: { status?: 'published' | 'draft'; title?: string } = {},
) => {
  const authorId =
    authors.get(api) ??
    api('POST', 'authors', { name: `Cluster Author ${process.pid} ${++made}` }).then(
      ({ doc }) => doc.id as number,
    )
  authors.set(api, authorId)
  const stamp = `${process.pid}-${Date.now().toString(36)}-${++made}`
  const { doc } = await api('POST', 'articles', {
    title: title ?? `Cluster check ${stamp}`,
    slug: `cluster-check-${stamp}`,
    body: paragraphs([`Checking the cluster ${stamp}.`]),
    authors: [await authorId],
    _status: status,
  })
  return doc as { id: number; slug: string; title: string }
}
