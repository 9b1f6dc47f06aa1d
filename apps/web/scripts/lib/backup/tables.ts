import type pg from 'pg'

/** Every table of the app's schema, in name order (Payload keeps them all in `public`). */
export const listTables = async (client: pg.ClientBase): Promise<string[]> => {
  const { rows } = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )
  return rows.map((row) => row.name)
}

/** Columns a restore writes: generated ones (the search vector) are computed again. */
export const writableColumns = async (client: pg.ClientBase, table: string): Promise<string[]> => {
  const { rows } = await client.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'
     ORDER BY ordinal_position`,
    [table],
  )
  return rows.map((row) => row.name)
}

/** Serial columns, whose sequences must continue after the restored rows. */
export const serialColumns = async (client: pg.ClientBase) => {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(
    `SELECT c.table_name AS table, c.column_name AS column,
            pg_get_serial_sequence(format('%I.%I', c.table_schema, c.table_name), c.column_name) AS sequence
     FROM information_schema.columns c
     WHERE c.table_schema = 'public'
       AND pg_get_serial_sequence(format('%I.%I', c.table_schema, c.table_name), c.column_name) IS NOT NULL`,
  )
  return rows
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`
