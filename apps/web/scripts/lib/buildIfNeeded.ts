import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { repoRoot } from '../../src/config/env'

/**
 * A build prerenders pages from the database it ran against, so it belongs to that database and
 * to the sources it was made from. Rebuild when either differs; otherwise start at once.
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

/** The public origin is baked into prerendered pages, feeds and sitemaps, so it is part of it. */
export const buildStamp = async (databaseUrl: string, serverUrl: string) =>
  JSON.stringify({
    source: sourceHash(),
    database: await databaseIdentity(databaseUrl),
    serverUrl,
  })

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
