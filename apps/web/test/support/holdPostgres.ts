/** Test helper: starts an embedded Postgres in argv[2], writes a row, then waits to be killed. */
import pg from 'pg'
import { startEmbeddedPostgres } from '../../scripts/lib/embeddedPostgres'

const main = async () => {
  const running = await startEmbeddedPostgres({
    dir: process.argv[2] ?? '',
    password: 'crash-test-password',
    persistent: true,
  })
  const client = new pg.Client({ connectionString: running.url })
  await client.connect()
  await client.query("CREATE TABLE survivor (note text); INSERT INTO survivor VALUES ('kept')")
  await client.end()
  console.log(`ready ${process.pid}`)
  setInterval(() => {}, 1000)
}

void main()
