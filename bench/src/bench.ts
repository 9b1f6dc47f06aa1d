/**
 * `npm run bench [-- --articles 100000]` (issue #6): generates content into a database of its
 * own, starts the app as `npm start` does behind the shipped nginx profile, measures every row
 * side by side in one run, prints one table and writes it under bench/results/.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { progressBar } from '@groundwork/web/scripts'
import { generateArticles } from './content/generateArticles'
import { serverRssMb } from './load/processMemory'
import { measureBuild } from './measures/buildTime'
import { compareBundlers } from './measures/bundlers'
import { measureThroughput, saveStaticCopy } from './measures/cachedThroughput'
import { measureLighthouse } from './measures/lighthouse'
import { measurePageJavaScript } from './measures/pageJavaScript'
import { measurePublishToLive } from './measures/publishLatency'
import { buildRows, type RawResults } from './measures/rows'
import { countStatements } from './measures/sqlStatements'
import { measureFirstRenders } from './measures/uncachedRender'
import { probeEnv, serverProbe } from './probes/serverWindow'
import { startBenchDatabase } from './production/benchDatabase'
import { startProductionSetup } from './production/productionSetup'
import { firstAdminApi } from './production/staffSession'
import { resultsTable, writeResults } from './report/results'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '12' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    tries: { type: 'string', default: '10' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    bundlers: { type: 'boolean', default: false },
  },
})
const articles = Number(values.articles)
const seconds = Number(values.seconds)
const connections = Number(values.connections)
const tries = Number(values.tries)
const rounds = Number(values.rounds)
for (const [flag, value] of Object.entries({ articles, seconds, connections, tries, rounds })) {
  if (!Number.isInteger(value) || value < 1) {
    console.error(`✖ --${flag} must be a positive whole number`)
    process.exit(2)
  }
}

const step = (what: string) => console.log(`\n▸ ${what}`)

/** `--bundlers`: only the Turbopack/webpack comparison (two builds, a few minutes). */
const bundlersOnly = async () => {
  const { rows, raw } = await compareBundlers()
  console.log(`\n${resultsTable(rows)}`)
  const written = writeResults(`${new Date().toISOString().slice(0, 10)}-bundlers`, {
    options: { bundlers: true },
    rows,
    raw,
  })
  console.log(`\nWritten: ${written.markdown}`)
}

const main = async () => {
  if (values.bundlers) return bundlersOnly()
  console.log(
    `Benchmark at ${articles.toLocaleString('en')} articles: a build, content generation and about ${Math.round((4 * (2 + seconds) + 280) / 60)} minutes of measurements${articles >= 50_000 ? ' (generating this many takes a few minutes more)' : ''}.`,
  )
  const database = await startBenchDatabase()
  const probeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-bench-probe-'))
  const setup = await startProductionSetup('bench', {
    GROUNDWORK_BENCH_PAGES: '1',
    DATABASE_URL: database.url,
    ...probeEnv(probeDir),
  }).catch(async (error: unknown) => {
    await database.stop()
    throw error
  })
  const stopAll = async () => {
    await setup.stop()
    await database.stop()
    fs.rmSync(probeDir, { recursive: true, force: true })
  }
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)))
  const origin = setup.app.baseUrl.replace('localhost', '127.0.0.1')
  const profile = setup.nginx.profileUrl
  try {
    step(`Generating ${articles.toLocaleString('en')} published articles`)
    await generateArticles(database.url, articles, progressBar(process.stdout))
    const api = await firstAdminApi(origin)
    const published = 'where[_status][equals]=published'
    const newest = await api('GET', `articles?limit=1&depth=0&${published}&sort=-publishedAt`)
    const article = newest.docs[0] as { id: number; slug: string; title: string }
    const older = await api('GET', `articles?limit=50&depth=0&${published}&sort=publishedAt`)
    const neverRendered = (older.docs as Array<{ slug: string }>).map(
      (doc) => `/articles/${doc.slug}`,
    )
    const emptyPage = `${origin}/bench/empty`
    if (!(await fetch(emptyPage)).ok)
      throw new Error(`${emptyPage} is missing from the bench build`)

    step('SQL statements of one article render')
    // A running site: earlier pages have cached what articles share (site settings, authors,
    // topics, disclaimers, each topic's newest). Ten first renders cover every seeded template.
    for (const path of neverRendered.splice(-10)) await fetch(`${origin}${path}`)
    const sql = await countStatements(database, async () => {
      await fetch(`${origin}${neverRendered.pop()}`)
    })

    step('Uncached renders: articles, search, deep list pages')
    const firstRenders = await measureFirstRenders(origin, neverRendered.slice(0, 30))
    const pages = Math.max(1, Math.floor(articles / 12))
    const search = await measureFirstRenders(
      origin,
      [
        'recovery',
        'cravings',
        'family',
        'naloxone',
        'sleep',
        'treatment',
        'relapse',
        'support',
      ].map((word) => `/search?q=${word}`),
    )
    const lists = await measureFirstRenders(
      origin,
      [2, 3, 5, 8, 13].map((n) => `/articles/page/${Math.min(pages, Math.ceil((pages * n) / 13))}`),
    )

    step(
      `Cached article page at ${connections} connections, ${seconds} s each over ${rounds} rounds`,
    )
    const articlePath = `/articles/${article.slug}`
    const probe = serverProbe(setup.app.pid, probeDir)
    await fetch(`${origin}${articlePath}`)
    const copy = await saveStaticCopy(
      `${origin}${articlePath}`,
      setup.nginx.staticDir,
      'article.html',
    )
    const load = await measureThroughput(
      {
        originLoad: { label: 'next start', url: `${origin}${articlePath}`, probe },
        staticLoad: { label: 'nginx static', url: `${setup.nginx.staticUrl}${copy.path}` },
        profileLoad: { label: 'production profile', url: `${profile}${articlePath}` },
        emptyLoad: { label: 'empty page (next start)', url: emptyPage, probe },
      },
      { seconds, connections, rounds },
    )
    const rssAfterLoadMb = serverRssMb(setup.app.pid)

    step(`Publish to live, ${tries} tries each`)
    const publishOrigin = await measurePublishToLive({
      api,
      article,
      siteUrl: origin,
      tries,
      label: 'origin',
    })
    const publishProfile = await measurePublishToLive({
      api,
      article,
      siteUrl: profile,
      tries,
      label: 'profile',
    })

    step('Page JavaScript')
    const articleJs = await measurePageJavaScript(`${origin}${articlePath}`)
    const emptyJs = await measurePageJavaScript(emptyPage)

    let lighthouse: RawResults['lighthouse']
    if (!values['skip-lighthouse']) {
      step('Lighthouse, mobile (3 runs each, median)')
      lighthouse = {
        article: await measureLighthouse(`${origin}${articlePath}`, { runs: 3 }),
        empty: await measureLighthouse(emptyPage, { runs: 3 }),
      }
    }
    let build: RawResults['build']
    if (!values['skip-build']) {
      step('next build')
      build = await measureBuild()
    }

    const raw = {
      sql,
      firstRenders,
      search,
      lists,
      htmlBytes: copy.bytes,
      load,
      rssAfterLoadMb,
      publish: { origin: publishOrigin, profile: publishProfile },
      javascript: { article: articleJs, empty: emptyJs },
      lighthouse,
      build,
    }
    const rows = buildRows(raw)
    console.log(`\n${resultsTable(rows)}`)
    const name = `${new Date().toISOString().slice(0, 10)}-${articles >= 1000 ? `${articles / 1000}k` : articles}-articles`
    const written = writeResults(name, {
      options: { articles, seconds, connections, tries, rounds },
      rows,
      raw: { ...raw, sql: { count: sql.count, statements: sql.statements } },
    })
    console.log(`\nWritten: ${written.markdown}\n         ${written.json}`)
  } finally {
    await stopAll()
  }
}

main().catch((error: unknown) => {
  console.error(`\n✖ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exit(1)
})
