import pg from 'pg'

/** Postgres's "undefined table": a database no app has started on has no migrations table. */
const UNDEFINED_TABLE = '42P01'

/** One advisory lock for "migrating this database"; any 64-bit number the app uses for nothing else. */
const MIGRATION_LOCK = '7306073290442871'

const POLL_MS = 250

/** The migrations of `expected` the database has not recorded as applied. */
export const unappliedMigrations = async (client: pg.Client, expected: string[]) => {
  const applied = await client.query<{ name: string }>('SELECT name FROM payload_migrations').then(
    ({ rows }) => new Set(rows.map((row) => row.name)),
    (error: { code?: string }) => {
      if (error.code === UNDEFINED_TABLE) return new Set<string>()
      throw error
    },
  )
  return expected.filter((name) => !applied.has(name))
}

/**
 * Starts the server so that instances started together never migrate the same database at
 * once. Payload applies pending migrations as it boots in production (`prodMigrations`), with no
 * lock of its own: two instances booting on a database with pending migrations both run them,
 * and the second fails and exits (seen here with two standalone servers on a fresh database).
 *
 * So, when migrations are pending, this instance takes a PostgreSQL advisory lock first, starts
 * its server, and holds the lock until its boot has recorded them all; another instance waits on
 * the lock, then finds nothing pending and starts at once. With nothing pending, nobody waits.
 * The lock belongs to this connection: if the process dies, PostgreSQL releases it.
 */
export const startInTurn = async ({
  databaseUrl,
  expected,
  start,
  log,
}: {
  databaseUrl: string
  expected: string[]
  start: () => Promise<void>
  log: (line: string) => void
}): Promise<void> => {
  const client = new pg.Client({ connectionString: databaseUrl })
  client.on('error', () => {})
  await client.connect()
  try {
    if ((await unappliedMigrations(client, expected)).length === 0) {
      await client.end()
      return start()
    }
    const { rows } = await client.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1) AS locked',
      [MIGRATION_LOCK],
    )
    if (!rows[0]?.locked) {
      log('Another instance is applying migrations; waiting for it…')
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    }
    const pending = await unappliedMigrations(client, expected)
    if (pending.length === 0) {
      await client.end()
      return start()
    }
    log(`Applying ${pending.length} pending migration(s) as the server starts…`)
    await start()
    try {
      while ((await unappliedMigrations(client, expected)).length > 0) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      }
      log('Migrations applied.')
    } catch (error) {
      // The server runs and retries its own boot; the lock goes with this connection.
      log(`Stopped waiting for migrations: ${error instanceof Error ? error.message : error}`)
    }
  } finally {
    // Ending the session releases the lock.
    await client.end().catch(() => {})
  }
}
