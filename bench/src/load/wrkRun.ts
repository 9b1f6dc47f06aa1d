import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { promisify } from 'node:util'
import type { LoadResult } from './loadRun'

const wrkBinary = process.env.WRK_PATH || '/usr/bin/wrk'

/** wrk prints durations as `850.00us`, `1.58ms` or `1.20s`. */
const toMs = (text: string) => {
  const match = text.match(/^([\d.]+)(us|ms|s)$/)
  if (!match) throw new Error(`wrk printed an unknown duration: ${text}`)
  const value = Number(match[1])
  return match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value
}

const number = (output: string, pattern: RegExp) => Number(output.match(pattern)?.[1] ?? 0)

/** wrk's report, parsed. */
export const parseWrk = (label: string, output: string): LoadResult => {
  const percentile = (p: string) => {
    const match = output.match(new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm'))
    if (!match?.[1]) throw new Error(`wrk printed no ${p}th percentile:\n${output}`)
    return toMs(match[1])
  }
  const socket = output.match(
    /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/,
  )
  const non2xx = number(output, /Non-2xx or 3xx responses: (\d+)/)
  const timeouts = Number(socket?.[4] ?? 0)
  const socketErrors = socket ? Number(socket[1]) + Number(socket[2]) + Number(socket[3]) : 0
  return {
    label,
    requestsPerSecond: number(output, /Requests\/sec:\s+([\d.]+)/),
    p50Ms: percentile('50'),
    p99Ms: percentile('99'),
    requests: number(output, /(\d+) requests in/),
    errors: socketErrors + non2xx,
    timeouts,
    non2xx,
  }
}

/**
 * One bounded wrk run (Debian's package) at 127.0.0.1: a C load generator, so the limit
 * measured is the server's. A Node one (autocannon) tops out near 10,000 requests/s on this
 * kind of machine, below what nginx serves.
 */
export const runWrk = async ({
  label,
  url,
  connections = 50,
  seconds,
  timeoutSeconds = 10,
}: {
  label: string
  url: string
  connections?: number
  seconds: number
  timeoutSeconds?: number
}): Promise<LoadResult> => {
  const host = new URL(url).hostname
  if (host !== '127.0.0.1' && host !== 'localhost') {
    throw new Error(`Load runs only hit this machine, not ${host}`)
  }
  if (!fs.existsSync(wrkBinary)) {
    throw new Error(`wrk not found at ${wrkBinary}: apt-get install -y wrk, or set WRK_PATH`)
  }
  const { stdout } = await promisify(execFile)(wrkBinary, [
    '-t1',
    `-c${connections}`,
    `-d${seconds}s`,
    `--timeout`,
    `${timeoutSeconds}s`,
    '--latency',
    url,
  ])
  return parseWrk(label, stdout)
}
