import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * The Redis cache handlers compared by `handlerComparison.ts`. Each one pins its own major of
 * the `redis` client, so they cannot share one node_modules: each is installed with npm into a
 * folder of its own under the system's temporary folder (once; kept for the next run), and loaded
 * from there by a worker process. `groundwork` is the app's own handler module, as Next loads it
 * (the chosen package behind the app's wrapper), from the workspace.
 */
export type CandidateName = 'trieb' | 'forte' | 'groundwork'

export type Candidate = {
  name: CandidateName
  label: string
  /** npm packages at exact versions; empty for the app's own handler. */
  packages: string[]
  /** A package the handler imports without declaring it, linked from the workspace. */
  linked?: string[]
}

export const candidates: Record<CandidateName, Candidate> = {
  trieb: {
    name: 'trieb',
    label: '@trieb.work/nextjs-turbo-redis-cache 1.18.0 (redis 4.7.0)',
    packages: ['@trieb.work/nextjs-turbo-redis-cache@1.18.0', 'redis@4.7.0'],
  },
  forte: {
    name: 'forte',
    label: '@fortedigital/nextjs-cache-handler 3.3.0 (redis 5.12.4)',
    packages: ['@fortedigital/nextjs-cache-handler@3.3.0', 'redis@5.12.4'],
    // It imports `next/constants.js` and declares next as a peer.
    linked: ['next'],
  },
  groundwork: {
    name: 'groundwork',
    label: 'the app: trieb behind freshness/sharedCache (timeouts, breaker, cacheControl, no 4xx)',
    packages: [],
  },
}

const repoRoot = path.resolve(import.meta.dirname, '../../..')

/** The folder the candidate is loaded from, installing it there first if needed. */
export const installCandidate = (candidate: Candidate): string => {
  if (candidate.packages.length === 0) return path.join(repoRoot, 'apps/web')
  const dir = path.join(os.tmpdir(), 'groundwork-cache-handlers', candidate.name)
  const stamp = path.join(dir, 'installed.json')
  const wanted = JSON.stringify(candidate.packages)
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) return dir
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: `candidate-${candidate.name}`, private: true }),
  )
  console.log(`Installing ${candidate.packages.join(' ')} into ${dir}…`)
  const result = spawnSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      // Peers are the workspace's (next) or deliberately absent (ioredis).
      '--legacy-peer-deps',
      '--save-exact',
      ...candidate.packages,
    ],
    { cwd: dir, stdio: 'inherit' },
  )
  if (result.status !== 0) throw new Error(`npm install failed for ${candidate.name}`)
  for (const name of candidate.linked ?? []) {
    fs.symlinkSync(path.join(repoRoot, 'node_modules', name), path.join(dir, 'node_modules', name))
  }
  fs.writeFileSync(stamp, wanted)
  return dir
}
