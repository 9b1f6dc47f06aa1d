import fs from 'node:fs'
import path from 'node:path'
import type { LoadResult } from '../load/loadRun'
import { runWrk } from '../load/wrkRun'

export type Target = { label: string; url: string }

/**
 * The same page served several ways, one after the other in one run so the ratios hold on a
 * noisy machine: each target gets a warm-up, then `seconds` at `connections` (wrk).
 */
export const measureThroughput = async <Name extends string>(
  targets: Record<Name, Target>,
  { seconds, connections }: { seconds: number; connections: number },
): Promise<Record<Name, LoadResult>> => {
  const results = {} as Record<Name, LoadResult>
  for (const [name, { label, url }] of Object.entries(targets) as Array<[Name, Target]>) {
    await runWrk({ label, url, connections, seconds: 2 })
    console.log(`  ${label}: ${seconds} s at ${connections} connections…`)
    results[name] = await runWrk({ label, url, connections, seconds })
  }
  return results
}

/** Saves the page's HTML as the static file nginx serves as the limit; returns its path. */
export const saveStaticCopy = async (pageUrl: string, staticDir: string, name: string) => {
  const response = await fetch(pageUrl)
  if (!response.ok) throw new Error(`${pageUrl} answered ${response.status}`)
  const html = Buffer.from(await response.arrayBuffer())
  fs.writeFileSync(path.join(staticDir, name), html)
  return { path: `/${name}`, bytes: html.length }
}
