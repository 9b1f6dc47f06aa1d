import fs from 'node:fs'
import path from 'node:path'
import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * Everything a refused request could have changed: every table of the database (collections,
 * their versions and relation rows, globals, sessions, jobs) as a row count and a checksum of
 * its rows, and every file in the media folder with its size. Two snapshots are equal exactly
 * when nothing stored changed.
 */
export type StoredState = {
  tables: Record<string, { rows: number; checksum: string }>
  files: Record<string, number>
}

const tableNames = async (db: PostgresAdapter): Promise<string[]> => {
  const result = await db.drizzle.execute(
    sql`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  )
  return (result.rows as { tablename: string }[]).map((row) => row.tablename)
}

const listFiles = (dir: string, base = dir): Record<string, number> => {
  if (!fs.existsSync(dir)) return {}
  const files: Record<string, number> = {}
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) Object.assign(files, listFiles(full, base))
    else files[path.relative(base, full)] = fs.statSync(full).size
  }
  return files
}

/** Reads the whole stored state in one query (plus a walk of the media folder). */
export const storedState = async (payload: Payload, mediaDir: string): Promise<StoredState> => {
  const db = payload.db as unknown as PostgresAdapter
  const names = await tableNames(db)
  const parts = names.map(
    (name) =>
      `SELECT '${name}' AS name, count(*)::int AS rows, ` +
      `md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS checksum FROM "${name}" t`,
  )
  const result = await db.drizzle.execute(sql.raw(parts.join(' UNION ALL ')))
  const tables: StoredState['tables'] = {}
  for (const row of result.rows as { name: string; rows: number; checksum: string }[]) {
    tables[row.name] = { rows: row.rows, checksum: row.checksum }
  }
  return { tables, files: listFiles(mediaDir) }
}

/** What changed between two snapshots, one line per table or file; empty when nothing did. */
export const stateChanges = (before: StoredState, after: StoredState): string[] => {
  const changes: string[] = []
  const names = new Set([...Object.keys(before.tables), ...Object.keys(after.tables)])
  for (const name of names) {
    const [was, now] = [before.tables[name], after.tables[name]]
    if (was?.checksum === now?.checksum && was?.rows === now?.rows) continue
    changes.push(`table ${name}: ${was?.rows ?? 'absent'} -> ${now?.rows ?? 'absent'} rows`)
  }
  const files = new Set([...Object.keys(before.files), ...Object.keys(after.files)])
  for (const file of files) {
    if (before.files[file] === after.files[file]) continue
    changes.push(
      `file ${file}: ${before.files[file] ?? 'absent'} -> ${after.files[file] ?? 'absent'}`,
    )
  }
  return changes
}
