import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { SERVE_MANIFEST, type ServeManifest, standaloneLayout } from './standalone'

const webDir = path.resolve(import.meta.dirname, '../..')

/**
 * `scripts/serve.ts` as one ES module with its dependencies (zod, pg) inside: the image runs it
 * with Node alone, without tsx or the repository's node_modules.
 */
const bundleServe = async (outfile: string) => {
  await build({
    entryPoints: [path.join(webDir, 'scripts', 'serve.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // pg is CommonJS and calls require(); an ES module has none until it makes one.
    banner: {
      js: "import { createRequire as groundworkRequire } from 'node:module'; const require = groundworkRequire(import.meta.url);",
    },
    // pg's optional native binding, which pg only loads when asked to.
    external: ['pg-native'],
    logLevel: 'warning',
    legalComments: 'none',
  })
}

/**
 * Makes Next's standalone folder of a build serve on its own (`npm run build` does this after
 * `next build`). Next leaves the built assets (`<build>/static`) and `public/` out of it on
 * purpose, for a CDN (https://nextjs.org/docs/app/api-reference/config/next-config-js/output):
 * they are copied in. Beside `server.js` go `serve.mjs` and the manifest `serve` reads (public
 * origin, migrations, build folder name). With `into`, the standalone folder is copied there
 * first and that copy is finished, the build left as it was.
 */
export const finishStandalone = async ({
  distDir,
  serverUrl,
  into,
}: {
  distDir: string
  serverUrl: string
  into?: string
}) => {
  const built = standaloneLayout(distDir)
  if (!fs.existsSync(built.serverJs)) {
    throw new Error(`The build in ${distDir} has no standalone server (${built.serverJs})`)
  }
  if (into) fs.cpSync(built.root, into, { recursive: true, verbatimSymlinks: true })
  const root = into ?? built.root
  const app = path.join(root, path.relative(built.root, built.app))
  const servedDistDir = path.join(app, path.basename(distDir))
  fs.cpSync(path.join(distDir, 'static'), path.join(servedDistDir, 'static'), { recursive: true })
  const publicDir = path.join(webDir, 'public')
  if (fs.existsSync(publicDir)) fs.cpSync(publicDir, path.join(app, 'public'), { recursive: true })
  await bundleServe(path.join(app, 'serve.mjs'))
  const { migrations } = await import('@groundwork/cms/migrations')
  const manifest: ServeManifest = {
    serverUrl,
    migrations: migrations.map((migration) => migration.name),
    distDir: path.basename(distDir),
  }
  fs.writeFileSync(path.join(app, SERVE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  return { root, app, manifest }
}
