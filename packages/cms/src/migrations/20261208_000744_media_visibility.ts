import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { MEDIA_IN_USE_SQL } from '../collections/media/mediaInUse'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "public" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "used_by_published" boolean DEFAULT false;
  CREATE INDEX "media_used_by_published_idx" ON "media" USING btree ("used_by_published");`)
  // Hand-written: what readers already see stays visible to them.
  await db.execute(sql`UPDATE "media" SET "used_by_published" = (${MEDIA_IN_USE_SQL});`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_used_by_published_idx";
  ALTER TABLE "media" DROP COLUMN "public";
  ALTER TABLE "media" DROP COLUMN "used_by_published";`)
}
