import fs from 'node:fs'
import path from 'node:path'

/** What `npm run build` records beside the standalone server, for `serve` to read. */
export type ServeManifest = {
  /** The public origin the build was made for (robots.txt names its sitemap). */
  serverUrl: string
  /** Every migration this build's Payload applies at start, in order. */
  migrations: string[]
  /** The build folder's name, which the standalone server serves from beside server.js. */
  distDir: string
}

export const SERVE_MANIFEST = 'groundwork-serve.json'

/**
 * Where Next 16 writes the standalone server of a build folder in this monorepo. It mirrors the
 * repository under `standalone/` (tracing starts at the repository root, which Turbopack is told
 * in next.config.ts), so the app's server is `standalone/apps/web/server.js`, and the build folder
 * it serves sits beside it under the build folder's own name: that is where pages cached while
 * serving go.
 */
export const standaloneLayout = (distDir: string, appFolder = path.join('apps', 'web')) => {
  const root = path.join(distDir, 'standalone')
  const app = path.join(root, appFolder)
  return {
    root,
    app,
    serverJs: path.join(app, 'server.js'),
  }
}

/** The manifest of a standalone app folder, or undefined when `npm run build` did not finish it. */
export const readServeManifest = (appFolder: string): ServeManifest | undefined => {
  const file = path.join(appFolder, SERVE_MANIFEST)
  if (!fs.existsSync(file) || !fs.existsSync(path.join(appFolder, 'server.js'))) return undefined
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ServeManifest
}
