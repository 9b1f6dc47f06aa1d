import fs from 'node:fs'
import type pg from 'pg'
import { tableFile } from './manifest'
import { PRIVATE_FILE, PRIVATE_FOLDER } from './privateFiles'
import { listTables, quoteIdent } from './tables'

const BATCH = 1000

/**
 * Writes every table as one JSON object per line, all read in one repeatable-read snapshot: the
 * backup is consistent even while editors keep saving.
 */
export const dumpTables = async (
  client: pg.ClientBase,
  dir: string,
  onTable: (table: string, index: number, total: number) => void,
): Promise<Record<string, number>> => {
  const counts: Record<string, number> = {}
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
  try {
    const tables = await listTables(client)
    fs.mkdirSync(`${dir}/tables`, { recursive: true, mode: PRIVATE_FOLDER })
    for (const [index, table] of tables.entries()) {
      onTable(table, index, tables.length)
      const out = fs.openSync(tableFile(dir, table), 'w', PRIVATE_FILE)
      let rows = 0
      try {
        await client.query(
          `DECLARE dump NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${quoteIdent(table)} t`,
        )
        for (;;) {
          const batch = await client.query<{ row: string }>(`FETCH ${BATCH} FROM dump`)
          if (batch.rows.length === 0) break
          fs.writeSync(out, `${batch.rows.map((r) => r.row).join('\n')}\n`)
          rows += batch.rows.length
        }
        await client.query('CLOSE dump')
      } finally {
        fs.closeSync(out)
      }
      counts[table] = rows
    }
    await client.query('COMMIT')
    return counts
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  }
}
