import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Full-text search over published articles, kept in sync by Postgres itself: a generated
 * tsvector (title weighted A, excerpt B, body text C) with a GIN index. Written by hand: Payload's
 * schema has no place for generated columns, and its snapshots never see this one.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE OR REPLACE FUNCTION "groundwork_lexical_text"("doc" jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT coalesce(string_agg("t" #>> '{}', ' '), '') FROM jsonb_path_query("doc", 'strict $.**.text') AS "t" $$;
  ALTER TABLE "articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
    setweight(to_tsvector('english', coalesce("excerpt", '')), 'B') ||
    setweight(to_tsvector('english', "groundwork_lexical_text"("body")), 'C')
  ) STORED;
  CREATE INDEX "articles_search_vector_idx" ON "articles" USING gin ("search_vector");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "articles_search_vector_idx";
  ALTER TABLE "articles" DROP COLUMN IF EXISTS "search_vector";
  DROP FUNCTION IF EXISTS "groundwork_lexical_text"(jsonb);`)
}
