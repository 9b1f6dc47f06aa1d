import fs from 'node:fs'
import path from 'node:path'
import { combineRuns } from '../load/combineRuns'
import type { LoadResult } from '../load/loadRun'
import { runWrk } from '../load/wrkRun'
import { combineWindows, type ServerProbe, type ServerWindow } from '../probes/serverWindow'

export type Target = {
  label: string
  url: string
  /** Watches the app's server during this target's runs (only targets `next start` serves). */
  probe?: ServerProbe
}

export type Throughput = LoadResult & { server?: ServerWindow }

export type ThroughputOptions = {
  /** Seconds each target is measured in all, split over the rounds. */
  seconds: number
  connections: number
  /** Each target runs once per round; every other round runs them in reverse order. */
  rounds?: number
}

/**
 * The same page served several ways, side by side in one run so the ratios hold on a noisy
 * machine. The targets take turns in rounds (A B C D, then D C B A, ...) rather than one long
 * run each: a slow patch of the machine, or whatever the run before left behind, then falls on
 * every target instead of on whichever ran at that moment. Each target is warmed up first.
 */
export const measureThroughput = async <Name extends string>(
  targets: Record<Name, Target>,
  { seconds, connections, rounds = 3 }: ThroughputOptions,
): Promise<Record<Name, Throughput>> => {
  const entries = Object.entries(targets) as Array<[Name, Target]>
  for (const [, { label, url }] of entries) await runWrk({ label, url, connections, seconds: 2 })
  const roundSeconds = Math.max(2, Math.round(seconds / rounds))
  const runs = new Map<Name, LoadResult[]>(entries.map(([name]) => [name, []]))
  const windows = new Map<Name, ServerWindow[]>(entries.map(([name]) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? entries : [...entries].reverse()
    for (const [name, { label, url, probe }] of order) {
      console.log(
        `  round ${round + 1}/${rounds}, ${label}: ${roundSeconds} s at ${connections} connections…`,
      )
      const run = () => runWrk({ label, url, connections, seconds: roundSeconds })
      if (probe) {
        const { result, server } = await probe(run)
        runs.get(name)?.push(result)
        windows.get(name)?.push(server)
      } else {
        runs.get(name)?.push(await run())
      }
    }
  }
  return Object.fromEntries(
    entries.map(([name]) => {
      const seen = windows.get(name) ?? []
      const load = combineRuns(runs.get(name) ?? [])
      return [name, seen.length ? { ...load, server: combineWindows(seen) } : load]
    }),
  ) as Record<Name, Throughput>
}

/** Saves the page's HTML as the static file nginx serves as the limit; returns its path. */
export const saveStaticCopy = async (pageUrl: string, staticDir: string, name: string) => {
  const response = await fetch(pageUrl)
  if (!response.ok) throw new Error(`${pageUrl} answered ${response.status}`)
  const html = Buffer.from(await response.arrayBuffer())
  fs.writeFileSync(path.join(staticDir, name), html)
  return { path: `/${name}`, bytes: html.length }
}
