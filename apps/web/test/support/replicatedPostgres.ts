import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { freePort } from '../../scripts/lib/freePort'

/** Debian's PostgreSQL 15 (`.ci/run` installs it): the embedded package has no pg_basebackup. */
const BIN = process.env.PG_BIN_DIR || '/usr/lib/postgresql/15/bin'

export type ReplicatedPostgres = {
  primaryUrl: string
  replicaUrl: string
  /** Makes the replica replay WAL `ms` late (`recovery_min_apply_delay`), as a lagging one does. */
  delayReplica: (ms: number) => Promise<void>
  stop: () => Promise<void>
}

/** PostgreSQL refuses to run as root: as root, its tools run as the `postgres` user. */
const asPostgres = (): { uid: number; gid: number } | Record<string, never> => {
  if (process.getuid?.() !== 0) return {}
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString())
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString())
  return { uid, gid }
}

/**
 * Runs one of PostgreSQL's tools to its end. Its output goes to a file, not a pipe: a server that
 * `pg_ctl start` leaves running would hold a pipe open, and the wait would never end.
 */
const run = (tool: string, args: string[], log: string) => {
  const out = fs.openSync(log, 'a')
  const result = spawnSync(path.join(BIN, tool), args, {
    ...asPostgres(),
    stdio: ['ignore', out, out],
    timeout: 60_000,
  })
  fs.closeSync(out)
  if (result.status !== 0)
    throw new Error(
      `${tool} ${args.join(' ')} failed: ${fs.readFileSync(log, 'utf8').slice(-2000)}`,
    )
}

const query = async (url: string, sql: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await client.query(sql)
  } finally {
    await client.end()
  }
}

/**
 * A PostgreSQL primary and one streaming replica of it (`pg_basebackup -R -X stream`), each on a
 * free port in a throwaway folder, trust auth on 127.0.0.1 only. `stop` stops both and removes
 * the folder.
 */
export const startReplicatedPostgres = async (): Promise<ReplicatedPostgres> => {
  if (!fs.existsSync(path.join(BIN, 'pg_basebackup')))
    throw new Error(`PostgreSQL 15 not found in ${BIN}: apt-get install -y postgresql-15`)
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-replicated-'))
  fs.chmodSync(base, 0o777)
  const [primary, replica] = [path.join(base, 'primary'), path.join(base, 'replica')]
  const [primaryPort, replicaPort] = [await freePort(), await freePort()]
  const started: string[] = []
  const log = path.join(base, 'tools.log')
  const stop = async () => {
    for (const dir of started.reverse()) run('pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop'], log)
    started.length = 0
    fs.rmSync(base, { recursive: true, force: true })
  }
  try {
    run('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '--no-sync'], log)
    fs.appendFileSync(
      path.join(primary, 'postgresql.conf'),
      `\nlisten_addresses = '127.0.0.1'\nport = ${primaryPort}\nunix_socket_directories = '${base}'\n` +
        'wal_level = replica\nmax_wal_senders = 4\nfsync = off\n',
    )
    run('pg_ctl', ['-D', primary, '-l', path.join(base, 'primary.log'), '-w', 'start'], log)
    started.push(primary)
    const primaryUrl = `postgres://postgres@127.0.0.1:${primaryPort}/groundwork`
    await query(
      `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
      'CREATE DATABASE groundwork',
    )
    run(
      'pg_basebackup',
      [
        ...['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres'],
        ...['-D', replica, '-R', '-X', 'stream', '-c', 'fast'],
      ],
      log,
    )
    fs.appendFileSync(
      path.join(replica, 'postgresql.auto.conf'),
      `\nport = ${replicaPort}\nhot_standby = on\n`,
    )
    run('pg_ctl', ['-D', replica, '-l', path.join(base, 'replica.log'), '-w', 'start'], log)
    started.push(replica)
    const replicaUrl = `postgres://postgres@127.0.0.1:${replicaPort}/groundwork`
    return {
      primaryUrl,
      replicaUrl,
      delayReplica: async (ms) => {
        await query(replicaUrl, `ALTER SYSTEM SET recovery_min_apply_delay = '${Math.round(ms)}ms'`)
        await query(replicaUrl, 'SELECT pg_reload_conf()')
      },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
