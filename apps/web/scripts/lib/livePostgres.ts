import fs from 'node:fs'
import path from 'node:path'
import { portInUse } from './freePort'
import { processAlive } from './processAlive'

/**
 * The port of the PostgreSQL that holds the data folder now (`npm start` running), read from
 * its `postmaster.pid` (line 1 the pid, line 4 the port). Undefined when none is serving it: a
 * stale pid file after a crash does not count.
 */
export const livePostgresPort = async (dir: string): Promise<number | undefined> => {
  const pidFile = path.join(dir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return undefined
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n')
  const pid = Number(lines[0])
  const port = Number(lines[3])
  if (!(pid > 0 && port > 0 && processAlive(pid))) return undefined
  return (await portInUse(port)) ? port : undefined
}
