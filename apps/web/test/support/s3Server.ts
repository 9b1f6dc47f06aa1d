import { type ChildProcess, execFile, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { type S3Env, s3ClientConfig } from '@/runtime/mediaStorage'
import { freePort, portInUse } from '../../scripts/lib/freePort'

/**
 * A real S3 server for tests: OpenStack Swift with its `s3api` middleware, from Debian's `swift`
 * packages (`.ci/run` installs them), as `/work/shared/tools/swift-s3.sh` runs it. Each harness
 * takes five free ports and a state folder of its own, and `stop()` ends exactly the processes
 * it started and removes the folder; so does the test process's exit, should a test file never
 * reach its `afterAll`. S3 key `test:tester`, secret `testing`, region us-east-1, path-style.
 */
export type S3Server = {
  endpoint: string
  /** The environment the app reads, for `bucket` on this server. */
  env: (bucket: string) => S3Env
  /** The same as process environment variables, for scripts. */
  processEnv: (bucket: string) => Record<string, string>
  /** A client with the app's own settings. */
  client: S3Client
  createBucket: (bucket: string) => Promise<void>
  /** Stops the S3 front end (SIGSTOP) without closing its port: a hung server. Returns resume. */
  freeze: () => () => void
  /** Stops every process it started and deletes its state. Safe to call twice. */
  stop: () => Promise<void>
}

export const S3_TEST_KEY = { accessKeyId: 'test:tester', secretAccessKey: 'testing' }

/** Debian's Python: the one the swift packages are installed for (not a pyenv shim on PATH). */
const PYTHON = '/usr/bin/python3'
const SWIFT_BIN = '/usr/bin'

/** Whether this machine can run the server at all (the swift packages and memcached). */
export const s3ServerInstalled = () =>
  ['swift-proxy-server', 'swift-object-server', 'memcached'].every((bin) =>
    fs.existsSync(path.join(SWIFT_BIN, bin)),
  )

const serverConf = (dir: string, name: string, port: number, user: string) => `[DEFAULT]
swift_dir = ${dir}/etc
devices = ${dir}/srv/node
mount_check = false
disable_fallocate = true
bind_ip = 127.0.0.1
bind_port = ${port}
workers = 0
user = ${user}
recon_cache_path = ${dir}/cache
[pipeline:main]
pipeline = ${name}-server
[app:${name}-server]
use = egg:swift#${name}
`

const PROXY_FILTERS = [
  'catch_errors',
  'gatekeeper',
  'healthcheck',
  'proxy-logging',
  'listing_formats',
  'bulk',
  'tempurl',
  'copy',
  'slo',
  'dlo',
  'versioned_writes',
]

const proxyConf = (dir: string, port: number, memcachedPort: number, user: string) =>
  `[DEFAULT]
swift_dir = ${dir}/etc
bind_ip = 127.0.0.1
bind_port = ${port}
workers = 0
user = ${user}
[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging cache listing_formats bulk tempurl s3api tempauth copy slo dlo versioned_writes proxy-logging proxy-server
[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true
allow_account_management = true
[filter:s3api]
use = egg:swift#s3api
location = us-east-1
dns_compliant_bucket_names = false
[filter:tempauth]
use = egg:swift#tempauth
user_test_tester = testing .admin
[filter:cache]
use = egg:swift#memcache
memcache_servers = 127.0.0.1:${memcachedPort}
${PROXY_FILTERS.map((f) => `[filter:${f}]\nuse = egg:swift#${f.replace('-', '_')}\n`).join('')}`

/** One replica, one device, 2^4 partitions: the three rings in one Python run. */
const RINGS = `
import sys, os
from swift.common.ring import RingBuilder
etc = sys.argv[1]
for name, port in zip(('object', 'container', 'account'), sys.argv[2:5]):
    b = RingBuilder(4, 1, 1)
    b.add_dev({'id': 0, 'region': 1, 'zone': 1, 'ip': '127.0.0.1', 'port': int(port), 'device': 'd1', 'weight': 1.0, 'meta': ''})
    b.rebalance(); b.get_ring().save(os.path.join(etc, name + '.ring.gz'))
`

const healthy = async (port: number) => {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthcheck`)).ok
  } catch {
    return false
  }
}

const exited = (child: ChildProcess, ms: number) =>
  new Promise<boolean>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true)
    const timer = setTimeout(() => resolve(false), ms)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve(true)
    })
  })

export const startS3Server = async (): Promise<S3Server> => {
  if (!s3ServerInstalled()) {
    throw new Error(
      'The S3 test server needs Debian’s swift packages and memcached: apt-get install -y --no-install-recommends swift swift-proxy swift-object swift-container swift-account memcached',
    )
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-s3-'))
  const ports = await Promise.all(Array.from({ length: 5 }, () => freePort()))
  const [proxy, object, container, account, memcached] = ports as [
    number,
    number,
    number,
    number,
    number,
  ]
  if (new Set([proxy, object, container, account, memcached]).size < 5) {
    fs.rmSync(dir, { recursive: true, force: true })
    return startS3Server()
  }
  const user = os.userInfo().username
  for (const sub of ['etc', 'srv/node/d1', 'log', 'cache']) {
    fs.mkdirSync(path.join(dir, sub), { recursive: true })
  }
  const etc = path.join(dir, 'etc')
  fs.writeFileSync(
    path.join(etc, 'swift.conf'),
    '[swift-hash]\nswift_hash_path_prefix = t\nswift_hash_path_suffix = t\n[storage-policy:0]\nname = Policy-0\ndefault = yes\n',
  )
  for (const [name, port] of [
    ['object', object],
    ['container', container],
    ['account', account],
  ] as const) {
    fs.writeFileSync(path.join(etc, `${name}-server.conf`), serverConf(dir, name, port, user))
  }
  fs.writeFileSync(path.join(etc, 'proxy-server.conf'), proxyConf(dir, proxy, memcached, user))
  await promisify(execFile)(PYTHON, ['-c', RINGS, etc, `${object}`, `${container}`, `${account}`])

  const children: ChildProcess[] = []
  const run = (name: string, command: string, args: string[]) => {
    const log = fs.openSync(path.join(dir, 'log', `${name}.log`), 'a')
    const child = spawn(command, args, { stdio: ['ignore', log, log] })
    fs.closeSync(log)
    children.push(child)
    return child
  }
  // Should the test process end without stop(), nothing it started outlives it.
  const killAll = () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  }
  process.once('exit', killAll)

  const endpoint = `http://127.0.0.1:${proxy}`
  const env = (bucket: string): S3Env => ({
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: S3_TEST_KEY.accessKeyId,
    S3_SECRET_ACCESS_KEY: S3_TEST_KEY.secretAccessKey,
    S3_FORCE_PATH_STYLE: true,
  })
  const client = new S3Client(s3ClientConfig(env('none')))

  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    for (const child of children) {
      child.kill('SIGCONT')
      child.kill('SIGTERM')
    }
    for (const child of children) if (!(await exited(child, 5_000))) child.kill('SIGKILL')
    await Promise.all(children.map((child) => exited(child, 5_000)))
    process.removeListener('exit', killAll)
    client.destroy()
    fs.rmSync(dir, { recursive: true, force: true })
  }

  const asRoot = process.getuid?.() === 0
  run('memcached', '/usr/bin/memcached', [
    ...(asRoot ? ['-u', 'memcache'] : []),
    '-l',
    '127.0.0.1',
    '-p',
    `${memcached}`,
    '-U',
    '0',
    '-m',
    '32',
    '-t',
    '1',
  ])
  const [proxyProcess] = ['proxy', 'account', 'container', 'object'].map((name) =>
    run(name, PYTHON, [
      path.join(SWIFT_BIN, `swift-${name}-server`),
      path.join(etc, `${name}-server.conf`),
      '-v',
    ]),
  )

  const deadline = Date.now() + 60_000
  for (;;) {
    const up = await Promise.all([account, container, object].map((port) => portInUse(port)))
    if (up.every(Boolean) && (await healthy(proxy))) break
    const dead = children.find((child) => child.exitCode !== null)
    if (dead || Date.now() > deadline) {
      const logs = fs
        .readdirSync(path.join(dir, 'log'))
        .map((file) => {
          const text = fs.readFileSync(path.join(dir, 'log', file), 'utf8')
          return `--- ${file}\n${text.split('\n').slice(-15).join('\n')}`
        })
        .join('\n')
      await stop()
      throw new Error(
        `The S3 test server did not start (${dead ? 'a process exited' : 'timeout'}):\n${logs}`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }

  return {
    endpoint,
    env,
    processEnv: (bucket) => ({
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: S3_TEST_KEY.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3_TEST_KEY.secretAccessKey,
      S3_FORCE_PATH_STYLE: '1',
    }),
    client,
    createBucket: async (bucket) => {
      await client.send(new CreateBucketCommand({ Bucket: bucket }))
    },
    freeze: () => {
      proxyProcess?.kill('SIGSTOP')
      return () => proxyProcess?.kill('SIGCONT')
    },
    stop,
  }
}
