import pg from 'pg'

/** What an editor saves and a reader sees of an article: the parts a torn write would split. */
export type ArticleContent = { title: string; text: string }

export type StoredVersion = ArticleContent & { id: number; latest: boolean; status: string }

/** The article as Postgres holds it: the live row (null when absent) and its version rows. */
export type StoredArticle = { live: ArticleContent | null; versions: StoredVersion[] }

type LexicalNode = { text?: unknown; children?: LexicalNode[] }

/** The text of a Lexical rich-text value, one line per block: what the body says, whatever its JSON. */
export const bodyText = (body: unknown): string => {
  const blocks = (body as { root?: LexicalNode } | null)?.root?.children ?? []
  const textOf = (node: LexicalNode): string =>
    (typeof node.text === 'string' ? node.text : '') + (node.children ?? []).map(textOf).join('')
  return blocks.map(textOf).join('\n')
}

/** The name the tests' own connections carry, so they are never mistaken for the app's. */
export const TEST_CLIENT_NAME = 'faults-test'

export const testClient = async (databaseUrl: string) => {
  const client = new pg.Client({
    connectionString: databaseUrl,
    application_name: TEST_CLIENT_NAME,
  })
  await client.connect()
  return client
}

/**
 * The live row and every version row of article `id`, read in one snapshot (REPEATABLE READ),
 * so a save committing meanwhile is seen in full or not at all.
 */
export const readArticle = async (client: pg.Client, id: number): Promise<StoredArticle> => {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
  try {
    const live = await client.query<{ title: string; body: unknown }>(
      'SELECT title, body FROM articles WHERE id = $1',
      [id],
    )
    const versions = await client.query<{
      id: number
      title: string
      body: unknown
      latest: boolean
      status: string
    }>(
      `SELECT id, version_title AS title, version_body AS body, latest, version__status AS status
         FROM _articles_v WHERE parent_id = $1 ORDER BY id`,
      [id],
    )
    const row = live.rows[0]
    return {
      live: row ? { title: row.title, text: bodyText(row.body) } : null,
      versions: versions.rows.map(({ body, ...version }) => ({ ...version, text: bodyText(body) })),
    }
  } finally {
    await client.query('COMMIT')
  }
}

/**
 * What a create that may never have landed left: the article with `slug` (null when absent) and,
 * when absent, how many version rows still carry that slug without it.
 */
export const readCreated = async (client: pg.Client, slug: string) => {
  const { rows } = await client.query<{ id: number }>('SELECT id FROM articles WHERE slug = $1', [
    slug,
  ])
  const id = rows[0]?.id
  if (id !== undefined) return { stored: await readArticle(client, id), orphans: 0 }
  const orphans = await client.query<{ count: string }>(
    'SELECT count(*) FROM _articles_v WHERE version_slug = $1',
    [slug],
  )
  return { stored: null, orphans: Number(orphans.rows[0]?.count ?? 0) }
}

/** Same title and same body text. */
export const sameContent = (a: ArticleContent | null | undefined, b: ArticleContent) =>
  a?.title === b.title && a.text === b.text
