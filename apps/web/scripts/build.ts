/**
 * `npm run build`: the app built once for any number of `npm run serve` instances. The same
 * `next build` as `npm start`'s (it never reads the database; a build current for these sources
 * and SERVER_URL is reused, and either command then finds it current), and then Next's
 * standalone folder is finished for serving on its own: built assets copied in, `serve.mjs` (this
 * repository's serve script, bundled) and a manifest beside `server.js`. The Docker image is that
 * folder and Node.
 */
import fs from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../src/runtime/env'
import {
  buildBundler,
  buildStamp,
  isBuildCurrent,
  NO_DATABASE,
  recordBuild,
} from './lib/buildIfNeeded'
import { finishStandalone } from './lib/finishStandalone'
import { next, runToEnd } from './lib/run'

const appDir = path.resolve(import.meta.dirname, '..')
const distDir = path.resolve(appDir, process.env.NEXT_DIST_DIR || '.next')

const fail = (message: string): never => {
  for (const line of message.split('\n')) console.error(`✖ ${line}`)
  process.exit(1)
}

const main = async () => {
  const serverUrl = process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`
  if (!URL.canParse(serverUrl)) {
    return fail(
      `SERVER_URL must be the public origin, e.g. https://example.org, not "${serverUrl}"`,
    )
  }
  const stamp = buildStamp(serverUrl)
  if (isBuildCurrent(distDir, stamp) && fs.existsSync(path.join(distDir, 'standalone'))) {
    console.log(`The build in ${distDir} is current for ${serverUrl}.`)
  } else {
    console.log(`Building for ${serverUrl} (about a minute on 2 cores)…`)
    fs.rmSync(distDir, { recursive: true, force: true })
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      SERVER_URL: serverUrl,
      // A closed port: a route that reads the database at build time fails here, as in npm start.
      DATABASE_URL: NO_DATABASE,
      // Only for the config to load: nothing signed at build time is kept.
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'build-time-only-never-signs-anything-kept',
      NEXT_TELEMETRY_DISABLED: '1',
    }
    await runToEnd(
      next(buildBundler() === 'webpack' ? ['build', '--webpack'] : ['build'], env, appDir),
      'next build',
    )
    recordBuild(distDir, stamp)
  }
  const { root, app, manifest } = await finishStandalone({ distDir, serverUrl })
  console.log(
    [
      `Built: ${path.relative(repoRoot, root)} (${manifest.migrations.length} migrations).`,
      'Serve it with DATABASE_URL and PAYLOAD_SECRET set: `npm run serve` (PORT picks the port),',
      `or copy that folder anywhere and run \`node ${path.relative(root, app)}/serve.mjs\` in it.`,
    ].join('\n'),
  )
}

main().then(
  () => process.exit(0),
  (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
)
