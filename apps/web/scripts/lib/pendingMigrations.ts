import { migrations } from '@groundwork/cms/migrations'
import type { Payload } from 'payload'

/** Postgres's "undefined table": a database no app has started on has no migrations table. */
const UNDEFINED_TABLE = '42P01'

/**
 * Migrations the database has not run. A script that writes content needs the schema the code
 * expects, and applying migrations is `npm start`'s job: Payload's `migrate()` may prompt, and
 * ends the process when a migration fails.
 */
export const pendingMigrations = async (payload: Payload): Promise<string[]> => {
  const ran = await payload.db.pool
    .query<{ name: string }>('SELECT name FROM payload_migrations')
    .then(
      ({ rows }) => new Set(rows.map((row) => row.name)),
      (error: { code?: string }) => {
        if (error.code === UNDEFINED_TABLE) return new Set<string>()
        throw error
      },
    )
  return migrations.map((migration) => migration.name).filter((name) => !ran.has(name))
}
