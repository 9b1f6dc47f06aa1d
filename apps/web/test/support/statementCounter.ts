import pg from 'pg'

const textOf = (query: unknown) =>
  typeof query === 'string' ? query : String((query as { text?: unknown })?.text ?? query)

/**
 * Every SQL statement sent to PostgreSQL while `work` runs, as the driver sends it: Payload's
 * adapter (drizzle on node-postgres) and anything else in the process go through
 * `pg.Client#query`. Run nothing else concurrently.
 */
export const recordStatements = async <T>(work: () => Promise<T>) => {
  const statements: string[] = []
  const original = pg.Client.prototype.query
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    statements.push(textOf(args[0]))
    return (original as (...a: unknown[]) => unknown).apply(this, args)
  } as typeof original
  try {
    return { result: await work(), statements }
  } finally {
    pg.Client.prototype.query = original
  }
}
