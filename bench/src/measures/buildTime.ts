import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { exited, NO_DATABASE } from '@groundwork/web/scripts'
import { sampleEvery, treeRssMb } from '../load/processMemory'

const appDir = path.resolve(import.meta.dirname, '../../../apps/web')
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')

/**
 * A production `next build` in its own folder, as `npm start` runs it (builds never read the
 * database, so the number of articles must not matter): wall time and peak memory.
 */
export const measureBuild = async () => {
  const distDir = `.next-bench-build-${process.pid}`
  const env = {
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: NO_DATABASE,
    PAYLOAD_SECRET: randomBytes(24).toString('hex'),
    SERVER_URL: 'http://localhost:3000',
    NEXT_DIST_DIR: distDir,
  }
  const started = performance.now()
  const build = spawn(process.execPath, [nextBin, 'build'], {
    cwd: appDir,
    env: { ...process.env, ...env },
    stdio: 'ignore',
  })
  const memory = sampleEvery(500, () => (build.pid ? treeRssMb(build.pid) : 0))
  const code = await exited(build)
  const seconds = (performance.now() - started) / 1000
  const peakMb = Math.max(...memory.stop().map((sample) => sample.value))
  fs.rmSync(path.join(appDir, distDir), { recursive: true, force: true })
  if (code !== 0) throw new Error(`next build failed (exit ${code})`)
  return { seconds, peakMb }
}
