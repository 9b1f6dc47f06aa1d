import fs from 'node:fs'
import readline from 'node:readline'
import type pg from 'pg'
import { type Manifest, tableFile } from './manifest'
import { listTables, quoteIdent, serialColumns, writableColumns } from './tables'

const BATCH = 500

const insertBatch = (client: pg.ClientBase, table: string, columns: string[], rows: string[]) => {
  const list = columns.map(quoteIdent).join(', ')
  return client.query(
    `INSERT INTO ${quoteIdent(table)} (${list})
     SELECT ${list} FROM json_populate_recordset(NULL::${quoteIdent(table)}, $1::json)`,
    [`[${rows.join(',')}]`],
  )
}

const loadTable = async (client: pg.ClientBase, dir: string, table: string) => {
  const columns = await writableColumns(client, table)
  // Never through a link, even one put there after the backup was checked.
  const fd = fs.openSync(tableFile(dir, table), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW)
  const input = fs.createReadStream('', { fd })
  const lines = readline.createInterface({ input })
  let batch: string[] = []
  let loaded = 0
  for await (const line of lines) {
    if (!line) continue
    batch.push(line)
    if (batch.length === BATCH) {
      await insertBatch(client, table, columns, batch)
      loaded += batch.length
      batch = []
    }
  }
  if (batch.length > 0) await insertBatch(client, table, columns, batch)
  return loaded + batch.length
}

/**
 * Replaces every row of the target with the backup's, in one transaction: a failed restore
 * leaves the database as it was. Foreign keys are checked by the rows' own consistency (they
 * came from one snapshot), so triggers are off while loading; sequences continue after the
 * highest restored id.
 */
export const loadTables = async (
  client: pg.ClientBase,
  dir: string,
  manifest: Manifest,
  onTable: (table: string, index: number, total: number) => void,
) => {
  await client.query('BEGIN')
  try {
    await client.query('SET LOCAL session_replication_role = replica')
    const tables = await listTables(client)
    const missing = Object.keys(manifest.tables).filter((table) => !tables.includes(table))
    if (missing.length > 0) {
      throw new Error(`The database has no table ${missing.join(', ')}: its schema does not match`)
    }
    await client.query(`TRUNCATE ${tables.map(quoteIdent).join(', ')} RESTART IDENTITY CASCADE`)
    const names = Object.keys(manifest.tables)
    for (const [index, table] of names.entries()) {
      onTable(table, index, names.length)
      const loaded = await loadTable(client, dir, table)
      if (loaded !== manifest.tables[table]) {
        throw new Error(
          `${table}: the backup lists ${manifest.tables[table]} rows, its file ${loaded}`,
        )
      }
    }
    for (const { table, column, sequence } of await serialColumns(client)) {
      await client.query(
        `SELECT setval($1, COALESCE((SELECT max(${quoteIdent(column)}) FROM ${quoteIdent(table)}), 0) + 1, false)`,
        [sequence],
      )
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  }
}
