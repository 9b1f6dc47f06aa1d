import type pg from 'pg'
import { TEST_CLIENT_NAME } from './storedArticle'

/** Connections the app opened: every client backend a test did not (see `testClient`). */
const APP_BACKENDS = `a.datname = current_database() AND a.backend_type = 'client backend'
  AND a.application_name <> '${TEST_CLIENT_NAME}'`

/** How many connections the app holds open now (its pool's idle and busy clients). */
export const appConnectionCount = async (client: pg.Client): Promise<number> => {
  const { rows } = await client.query<{ open: number }>(
    `SELECT count(*)::int AS open FROM pg_stat_activity a WHERE ${APP_BACKENDS}`,
  )
  return rows[0]?.open ?? 0
}

/** Polls `done` until it holds; gives up quietly once `cancel` aborts, loudly at the timeout. */
const poll = async (
  what: string,
  timeoutMs: number,
  done: () => Promise<boolean>,
  cancel?: AbortSignal,
) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (cancel?.aborted || (await done())) return
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`)
}

/** Tables of a save, as patterns of their names: all of an article's, or only its versions'. */
export const ARTICLE_TABLES = '^_?articles'
export const VERSION_TABLES = '^_articles_v'

/**
 * Whether a transaction of the app holds a write lock on one of `tables` right now. Postgres keeps
 * such a lock until the transaction ends, so this is "a save is writing and has not committed".
 */
const appWrites = async (client: pg.Client, tables: string) => {
  const { rows } = await client.query<{ writing: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
       JOIN pg_stat_activity a ON a.pid = l.pid
       WHERE l.mode = 'RowExclusiveLock' AND c.relname ~ $1 AND ${APP_BACKENDS}
     ) AS writing`,
    [tables],
  )
  return rows[0]?.writing === true
}

/** Until a save writes to `tables`, or `cancel` says it was answered before that was seen. */
export const waitForWrite = (client: pg.Client, tables: string, cancel?: AbortSignal) =>
  poll(`the app writes ${tables}`, 30_000, () => appWrites(client, tables), cancel)

/** Until no save holds article tables: the one seen writing has ended (committed, not yet answered). */
export const waitForWritesToEnd = (client: pg.Client, cancel?: AbortSignal) =>
  poll(
    'the app’s article writes end',
    30_000,
    async () => !(await appWrites(client, ARTICLE_TABLES)),
    cancel,
  )

/**
 * Until Postgres has let go of every connection of a killed app: by then each transaction it
 * left open is rolled back, so what is stored is final.
 */
export const waitForAppDisconnect = (client: pg.Client, timeoutMs = 60_000) =>
  poll(
    'the killed app’s connections close',
    timeoutMs,
    async () => (await appConnectionCount(client)) === 0,
  )
