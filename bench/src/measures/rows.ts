import type { LoadResult } from '../load/loadRun'
import type { ServerWindow } from '../probes/serverWindow'
import type { Row } from '../report/results'
import { kilobytes } from '../report/table'
import type { Throughput } from './cachedThroughput'
import type { LighthouseScores } from './lighthouse'
import type { PageJavaScript } from './pageJavaScript'
import type { measureFirstRenders } from './uncachedRender'

type Renders = Awaited<ReturnType<typeof measureFirstRenders>>
export type RawResults = {
  sql: { count: number }
  firstRenders: Renders
  search: Renders
  lists: Renders
  htmlBytes: number
  load: {
    originLoad: Throughput
    staticLoad: Throughput
    profileLoad: Throughput
    emptyLoad: Throughput
  }
  rssAfterLoadMb: number
  publish: { origin: { p50Ms: number; maxMs: number }; profile: { p50Ms: number; maxMs: number } }
  javascript: { article: PageJavaScript; empty: PageJavaScript }
  lighthouse?: { article: LighthouseScores; empty: LighthouseScores }
  build?: { seconds: number; peakMb: number }
}

const ms = (value: number) => `${Math.round(value)} ms`
const ratio = (value: number) => value.toFixed(3)
const loadValue = (load: LoadResult) =>
  `${Math.round(load.requestsPerSecond)}/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ${load.errors} errors, ${load.timeouts} timeouts`

const insideServer = (server: ServerWindow) =>
  `p50 ${server.inServerP50Ms} ms, p99 ${server.inServerP99Ms} ms, max ${server.inServerMaxMs} ms; event loop late by up to ${server.loopDelayMaxMs} ms; GC pauses up to ${server.gcPauseMaxMs} ms`

const cpuPerRequestUs = (server: ServerWindow) =>
  server.requests ? (server.cpuSeconds * 1e6) / server.requests : Number.NaN

/** What the server itself saw under load: why `next start` reaches the rate and tail it does. */
const serverRows = (origin?: ServerWindow, empty?: ServerWindow): Row[] =>
  origin && empty
    ? [
        {
          measure: 'cached article, time inside next start',
          value: insideServer(origin),
          target: '',
          met: null,
        },
        {
          measure: 'empty page, time inside next start',
          value: insideServer(empty),
          target: '',
          met: null,
        },
        {
          measure: 'server CPU per cached request, article / empty page',
          value: `${Math.round(cpuPerRequestUs(origin))} µs / ${Math.round(cpuPerRequestUs(empty))} µs (${(cpuPerRequestUs(origin) / cpuPerRequestUs(empty)).toFixed(2)} ×)`,
          target: '',
          met: null,
        },
      ]
    : []

/** Every measurement next to the target for it, marked met or not. */
export const buildRows = (raw: RawResults): Row[] => {
  const { originLoad, staticLoad, profileLoad, emptyLoad } = raw.load
  const rows: Row[] = [
    { measure: 'nginx static (the limit)', value: loadValue(staticLoad), target: '', met: null },
    { measure: 'empty page, next start', value: loadValue(emptyLoad), target: '', met: null },
    {
      measure: 'cached article, next start',
      value: loadValue(originLoad),
      target: '0 timeouts, p99 ≤ 10 × p50',
      met: originLoad.timeouts === 0 && originLoad.p99Ms <= 10 * Math.max(1, originLoad.p50Ms),
    },
    {
      measure: 'next start ÷ empty page',
      value: ratio(originLoad.requestsPerSecond / emptyLoad.requestsPerSecond),
      target: '≥ 0.9',
      met: originLoad.requestsPerSecond >= 0.9 * emptyLoad.requestsPerSecond,
    },
    ...serverRows(originLoad.server, emptyLoad.server),
    {
      measure: 'next start ÷ nginx static',
      value: ratio(originLoad.requestsPerSecond / staticLoad.requestsPerSecond),
      target: '> 0.030 (peer 0.024–0.030)',
      met: originLoad.requestsPerSecond / staticLoad.requestsPerSecond > 0.03,
    },
    {
      measure: 'cached article, production profile',
      value: loadValue(profileLoad),
      target: '0 errors, p99 ≤ 3 × nginx p99',
      met:
        profileLoad.errors === 0 &&
        profileLoad.timeouts === 0 &&
        profileLoad.p99Ms <= 3 * Math.max(1, staticLoad.p99Ms),
    },
    {
      measure: 'production profile ÷ nginx static',
      value: ratio(profileLoad.requestsPerSecond / staticLoad.requestsPerSecond),
      target: '≥ 0.5',
      met: profileLoad.requestsPerSecond >= 0.5 * staticLoad.requestsPerSecond,
    },
    {
      measure: `uncached article render (${raw.firstRenders.count} pages)`,
      value: `p50 ${ms(raw.firstRenders.p50Ms)}, p95 ${ms(raw.firstRenders.p95Ms)}`,
      target: 'p50 ≤ 50 ms',
      met: raw.firstRenders.p50Ms <= 50,
    },
    {
      measure: 'SQL statements per article render',
      value: String(raw.sql.count),
      target: '≤ 3 (peer 10)',
      met: raw.sql.count <= 3,
    },
    {
      measure: `search, uncached (${raw.search.count} queries)`,
      value: `p50 ${ms(raw.search.p50Ms)}, p95 ${ms(raw.search.p95Ms)}`,
      target: '',
      met: null,
    },
    {
      measure: `article list page, uncached (${raw.lists.count} deep pages)`,
      value: `p50 ${ms(raw.lists.p50Ms)}, p95 ${ms(raw.lists.p95Ms)}`,
      target: '',
      met: null,
    },
    {
      measure: 'publish to live, origin',
      value: `p50 ${ms(raw.publish.origin.p50Ms)}, max ${ms(raw.publish.origin.maxMs)}`,
      target: '≤ 1 s',
      met: raw.publish.origin.maxMs <= 1000,
    },
    {
      measure: 'publish to live, production profile',
      value: `p50 ${ms(raw.publish.profile.p50Ms)}, max ${ms(raw.publish.profile.maxMs)}`,
      target: '≤ 2 s',
      met: raw.publish.profile.maxMs <= 2000,
    },
    {
      measure: 'server memory after the load runs',
      value: `${Math.round(raw.rssAfterLoadMb)} MB`,
      target: '',
      met: null,
    },
    {
      measure: 'article page JavaScript (gzip / raw)',
      value: `${kilobytes(raw.javascript.article.gzipBytes)} / ${kilobytes(raw.javascript.article.rawBytes)} in ${raw.javascript.article.files} files`,
      target: `≤ empty page + 10 kB gzip`,
      met: raw.javascript.article.gzipBytes <= raw.javascript.empty.gzipBytes + 10 * 1024,
    },
    {
      measure: 'empty page JavaScript (gzip / raw)',
      value: `${kilobytes(raw.javascript.empty.gzipBytes)} / ${kilobytes(raw.javascript.empty.rawBytes)} in ${raw.javascript.empty.files} files`,
      target: '',
      met: null,
    },
    { measure: 'article page HTML', value: kilobytes(raw.htmlBytes), target: '', met: null },
  ]
  if (raw.lighthouse) {
    const { article, empty } = raw.lighthouse
    rows.push(
      {
        measure: 'Lighthouse mobile, article: perf / a11y / best practices / SEO',
        value: `${article.performance} / ${article.accessibility} / ${article.bestPractices} / ${article.seo}`,
        target: `perf ≥ empty page's (${empty.performance}); others 100`,
        met:
          article.performance >= empty.performance &&
          article.accessibility === 100 &&
          article.bestPractices === 100 &&
          article.seo === 100,
      },
      {
        measure: 'Lighthouse mobile, article: LCP / TBT / CLS',
        value: `${ms(article.lcpMs)} / ${ms(article.tbtMs)} / ${article.cls.toFixed(3)}`,
        target: '',
        met: null,
      },
      {
        measure: 'Lighthouse mobile, empty page: LCP / TBT / CLS',
        value: `${ms(empty.lcpMs)} / ${ms(empty.tbtMs)} / ${empty.cls.toFixed(3)}`,
        target: '',
        met: null,
      },
    )
  }
  if (raw.build) {
    rows.push({
      measure: 'next build (never reads the database)',
      value: `${raw.build.seconds.toFixed(0)} s, peak ${Math.round(raw.build.peakMb)} MB`,
      target: 'at 100k ≤ 1.1 × at 1k (compare the two result files)',
      met: null,
    })
  }
  return rows
}
