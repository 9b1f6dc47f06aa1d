import type { Progress } from '@groundwork/web/scripts'
import pg from 'pg'

const batchSize = 5_000

/**
 * Grows the site to `total` published articles by copying the seeded ones in SQL: the same
 * bodies, authors, topics, disclaimers and also-browsed picks, each copy with its own title,
 * slug and publish date an hour apart (newest first). Payload's API would take hours for
 * 100k; the copies are what an import of real articles leaves (no version history).
 */
export const generateArticles = async (databaseUrl: string, total: number, progress: Progress) => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows: templates } = await client.query<{ id: number }>(
      `SELECT id FROM articles WHERE _status = 'published' ORDER BY id`,
    )
    const missing = total - templates.length
    if (missing <= 0) return
    // Every column but the id and generated ones (the search vector computes itself).
    const { rows: columns } = await client.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
       WHERE table_name = 'articles' AND table_schema = 'public'
         AND column_name <> 'id' AND is_generated = 'NEVER'`,
    )
    const replaced: Record<string, string> = {
      title: `t.title || ' (' || c.g || ')'`,
      slug: `t.slug || '-' || c.g`,
      published_at: `now() - interval '1 hour' * c.g`,
      created_at: `now() - interval '1 hour' * c.g`,
      updated_at: `now() - interval '1 hour' * c.g`,
    }
    const names = columns.map(({ column_name }) => `"${column_name}"`).join(', ')
    const values = columns
      .map(({ column_name }) => replaced[column_name] ?? `t."${column_name}"`)
      .join(', ')
    const templateIds = templates.map(({ id }) => id)
    for (let done = 0; done < missing; done += batchSize) {
      const count = Math.min(batchSize, missing - done)
      progress.update(done, missing, 'generating articles')
      await client.query('BEGIN')
      // Which template each new article copies, and the id it gets, decided up front so the
      // relations can follow their article.
      await client.query(
        `CREATE TEMP TABLE bench_copies ON COMMIT DROP AS
         SELECT g, ($1::int[])[1 + (g % cardinality($1::int[]))] AS template_id,
                nextval('articles_id_seq')::int AS id
         FROM generate_series($2::int + 1, $2::int + $3::int) AS g`,
        [templateIds, done, count],
      )
      await client.query(
        `INSERT INTO articles (id, ${names})
         SELECT c.id, ${values}
         FROM bench_copies c JOIN articles t ON t.id = c.template_id`,
      )
      await client.query(
        `INSERT INTO articles_rels ("order", parent_id, path, authors_id, topics_id, articles_id)
         SELECT r."order", c.id, r.path, r.authors_id, r.topics_id, r.articles_id
         FROM bench_copies c JOIN articles_rels r ON r.parent_id = c.template_id`,
      )
      await client.query('COMMIT')
    }
    progress.update(missing, missing, 'generating articles')
    await client.query('ANALYZE articles; ANALYZE articles_rels')
  } finally {
    progress.end()
    await client.end()
  }
}
