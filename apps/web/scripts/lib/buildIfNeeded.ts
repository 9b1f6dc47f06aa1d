import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { repoRoot } from '../../src/runtime/env'

/**
 * A build never reads the database (docs/architecture.md, "Builds never read the database"), so it
 * belongs to its sources alone: rebuild when they differ, otherwise start at once, whichever
 * database is served. What Next caches while serving does come from the database, and is dropped
 * when the build folder is next served with another one.
 */
const sourceRoots = [
  'apps/web/src',
  'apps/web/next.config.ts',
  'packages/cms/src',
  'packages/ui/src',
]

const filesUnder = (entry: string): string[] => {
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return [entry]
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)))
}

const sourceHash = () => {
  const hash = createHash('sha256')
  for (const root of sourceRoots) {
    for (const file of filesUnder(path.join(repoRoot, root))) {
      hash.update(path.relative(repoRoot, file)).update(fs.readFileSync(file))
    }
  }
  hash.update(fs.readFileSync(path.join(repoRoot, 'package-lock.json')))
  return hash.digest('hex')
}

/**
 * What a build gets as DATABASE_URL: a closed port. Builds must never read the database, and
 * this proves it on every build: a route that tried would fail the build here, not in production.
 */
export const NO_DATABASE = 'postgres://build@127.0.0.1:1/no-database-at-build-time'

/** The public origin is baked into the build (robots.txt names the sitemap): part of it. */
export const buildStamp = (serverUrl: string) =>
  JSON.stringify({
    source: sourceHash(),
    serverUrl,
    // A benchmark build has one more page (next.config.ts): never reuse it for the real site.
    benchPages: process.env.GROUNDWORK_BENCH_PAGES === '1',
    bundler: buildBundler(),
  })

/**
 * Turbopack, Next 16's default, unless NEXT_BUNDLER=webpack: `npm run bench -- --bundlers`
 * builds both to compare what each ships.
 */
export const buildBundler = (): 'turbopack' | 'webpack' => {
  const bundler = process.env.NEXT_BUNDLER || 'turbopack'
  if (bundler !== 'turbopack' && bundler !== 'webpack') {
    throw new Error(`NEXT_BUNDLER must be "turbopack" or "webpack", not "${bundler}"`)
  }
  return bundler
}

export const isBuildCurrent = (distDir: string, stamp: string) => {
  const file = path.join(distDir, 'groundwork-build.json')
  return (
    fs.existsSync(path.join(distDir, 'BUILD_ID')) &&
    fs.existsSync(file) &&
    fs.readFileSync(file, 'utf8') === stamp
  )
}

export const recordBuild = (distDir: string, stamp: string) =>
  fs.writeFileSync(path.join(distDir, 'groundwork-build.json'), stamp)

/** Stable across restarts and ports: the cluster's identifier plus the database name. */
const databaseIdentity = async (databaseUrl: string) => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ id: string }>(
      "SELECT system_identifier::text || '/' || current_database() AS id FROM pg_control_system()",
    )
    return rows[0]?.id ?? 'unknown'
  } finally {
    await client.end()
  }
}

/**
 * Where Next 16 keeps, inside the build folder, what it rendered and cached while serving: pages
 * and route responses, `unstable_cache` entries, optimised images. The build's own output is
 * elsewhere, so removing these leaves a build that renders every page afresh.
 */
const servedCaches = ['server/route-cache', 'cache/fetch-cache', 'cache/images']

/**
 * Drops what was cached while serving another database, so no page of it is served from this one.
 * True when another database had been served from this build folder.
 */
export const forgetOtherDatabasesPages = async (distDir: string, databaseUrl: string) => {
  const file = path.join(distDir, 'groundwork-cache.json')
  const database = await databaseIdentity(databaseUrl)
  const previous = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined
  if (previous === database) return false
  for (const cache of servedCaches) {
    fs.rmSync(path.join(distDir, cache), { recursive: true, force: true })
  }
  fs.writeFileSync(file, database)
  return previous !== undefined
}
