import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written, data only: API keys are for `api` accounts. Keys staff accounts gave themselves
 * before that rule held are revoked here, not at each account's next save.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   UPDATE "users" SET "enable_a_p_i_key" = false, "api_key" = NULL, "api_key_index" = NULL
   WHERE "role" <> 'api' AND ("enable_a_p_i_key" OR "api_key" IS NOT NULL);`)
}

/** A revoked key cannot come back: nothing to undo. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
