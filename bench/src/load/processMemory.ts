import fs from 'node:fs'

const childrenOf = (pid: number): number[] => {
  try {
    return fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .split(' ')
      .filter(Boolean)
      .map(Number)
  } catch {
    return []
  }
}

const rssKb = (pid: number): number => {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

const commandOf = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
  } catch {
    return ''
  }
}

/** Every process under `root`, with its command line. */
export const processTree = (root: number): Array<{ pid: number; command: string }> => {
  const all: Array<{ pid: number; command: string }> = []
  const walk = (pid: number) => {
    all.push({ pid, command: commandOf(pid) })
    for (const child of childrenOf(pid)) walk(child)
  }
  walk(root)
  return all
}

/**
 * The Next.js server's resident memory in MB. `next start` runs the server in a child named
 * `next-server`; PostgreSQL and the start script are not the app's memory.
 */
export const serverRssMb = (appRoot: number): number => {
  const server = processTree(appRoot).filter(
    ({ command }) => command.includes('next-server') || command.includes('next/dist/bin/next'),
  )
  return server.reduce((sum, { pid }) => sum + rssKb(pid), 0) / 1024
}

/** Resident memory of a process and everything under it, in MB. */
export const treeRssMb = (root: number): number =>
  processTree(root).reduce((sum, { pid }) => sum + rssKb(pid), 0) / 1024

/** Samples `read()` every `everyMs` until stopped. */
export const sampleEvery = (everyMs: number, read: () => number) => {
  const samples: Array<{ atMs: number; value: number }> = []
  const started = Date.now()
  const take = () => samples.push({ atMs: Date.now() - started, value: read() })
  take()
  const timer = setInterval(take, everyMs)
  return {
    samples,
    stop: () => {
      clearInterval(timer)
      take()
      return samples
    },
  }
}
