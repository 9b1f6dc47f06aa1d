/**
 * `npm run test:load` (issue #7, suite 7): 60 s of mixed reader traffic at 50 connections
 * against the production setup (the built app behind the shipped nginx profile) while an editor
 * publishes every few seconds. Passes only with 0 errors, every publish visible to readers and
 * the server's memory flat. Prints a table; exits 1 on any failure.
 */
import { parseArgs } from 'node:util'
import { runLoad } from './load/loadRun'
import { mixedReaderPaths } from './load/mixedPaths'
import { sampleEvery, serverRssMb } from './load/processMemory'
import { publishToLive } from './load/publishToLive'
import { startProductionSetup } from './production/productionSetup'
import { firstAdminApi } from './production/staffSession'
import { median, printTable } from './report/table'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    'publish-every': { type: 'string', default: '3' },
  },
})
const seconds = Number(values.seconds)
const connections = Number(values.connections)
const publishEveryMs = Number(values['publish-every']) * 1000
/** Memory at the end may exceed memory a third of the way in by this much, and no more. */
const memoryGrowthAllowed = 1.2

const main = async () => {
  const setup = await startProductionSetup('load')
  process.once('SIGINT', () => void setup.stop().then(() => process.exit(130)))
  try {
    const site = setup.nginx.profileUrl
    const api = await firstAdminApi(site)
    const paths = await mixedReaderPaths(api)
    for (const path of new Set(paths)) {
      const response = await fetch(`${site}${path}`)
      if (!response.ok) throw new Error(`Warm-up: ${path} answered ${response.status}`)
    }
    const { docs: edited } = await api(
      'GET',
      'articles?limit=3&depth=0&where[_status][equals]=published&sort=-publishedAt',
    )
    console.log(
      `Loading ${site} for ${seconds} s at ${connections} connections over ${paths.length} paths; publishing every ${publishEveryMs / 1000} s…`,
    )
    const memory = sampleEvery(1000, () => serverRssMb(setup.app.pid))
    const publishes: Array<{ title: string; ms: number | null }> = []
    let loading = true
    const editor = (async () => {
      for (let round = 1; loading; round++) {
        const article = edited[round % edited.length]
        const title = `${article.title} (update ${round})`
        const ms = await publishToLive({
          api,
          articleId: article.id,
          pageUrl: `${site}/articles/${article.slug}`,
          title,
        })
        publishes.push({ title, ms })
        await new Promise((resolve) => setTimeout(resolve, publishEveryMs))
      }
    })()
    const load = await runLoad({ label: 'mixed readers', url: site, connections, seconds, paths })
    loading = false
    await editor
    const rss = memory.stop().map((sample) => sample.value)
    const third = Math.max(1, Math.floor(rss.length / 3))
    const rssEarly = median(rss.slice(third, 2 * third))
    const rssLate = median(rss.slice(-third))
    const visible = publishes.filter((publish) => publish.ms !== null).map((p) => p.ms as number)

    const checks = [
      { check: 'requests answered', value: String(load.requests), pass: load.requests > 0 },
      {
        check: 'errors (non-2xx/3xx, resets)',
        value: String(load.errors),
        pass: load.errors === 0,
      },
      { check: 'timeouts', value: String(load.timeouts), pass: load.timeouts === 0 },
      {
        check: 'publishes visible to readers',
        value: `${visible.length} of ${publishes.length}`,
        pass: publishes.length > 0 && visible.length === publishes.length,
      },
      {
        check: 'publish to live, median / max',
        value: `${Math.round(median(visible))} / ${Math.round(Math.max(...visible))} ms`,
        pass: true,
      },
      {
        check: 'server memory, middle third → last third',
        value: `${Math.round(rssEarly)} → ${Math.round(rssLate)} MB (max ×${memoryGrowthAllowed})`,
        pass: rssLate <= rssEarly * memoryGrowthAllowed,
      },
      {
        check: 'throughput, p50, p99',
        value: `${Math.round(load.requestsPerSecond)}/s, ${load.p50Ms} ms, ${load.p99Ms} ms`,
        pass: true,
      },
    ]
    printTable(
      ['check', 'value', 'result'],
      checks.map(({ check, value, pass }) => [check, value, pass ? 'pass' : 'FAIL']),
    )
    const failed = checks.filter((c) => !c.pass).length
    console.log(failed ? `\n✖ ${failed} check(s) failed` : '\n✔ load test passed')
    process.exitCode = failed ? 1 : 0
  } finally {
    await setup.stop()
  }
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
