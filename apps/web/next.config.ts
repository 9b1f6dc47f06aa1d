import path from 'node:path'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { MISS_EXPIRE_SECONDS } from './src/freshness/missCaching'
import { clientHintsForAdminOnly } from './src/http/adminOnlyClientHints'
import { securityHeaders } from './src/http/securityHeaders'

/**
 * `next build` prerenders every route without a dynamic segment, and these would read the
 * database. Each is served by a route with one instead, which Next renders on its first request
 * and then caches like any page (docs/architecture.md, "Builds never read the database"). The
 * route's own address redirects to the public one, so no page has two.
 */
const renderedOnFirstRequest = [
  { address: '/', route: '/home/latest' },
  { address: '/articles', route: '/articles/page/1' },
  { address: '/feed.xml', route: '/feed.xml/rss' },
  { address: '/sitemap.xml', route: '/sitemap.xml/index' },
]

const nextConfig: NextConfig = {
  // `npm run build` + `npm run serve`: a self-contained server with only the files it needs
  // (docs/operations.md, "Serving built code"). `next start` (npm start) serves the same build.
  output: 'standalone',
  // The e2e suite builds into its own folder so it never clobbers the developer's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The benchmark's empty page (src/app/(bench), `*.bench.tsx`) is a route only in benchmark
  // builds: `npm run bench` compares the article page with it in the same build.
  pageExtensions: [
    'tsx',
    'ts',
    'jsx',
    'js',
    ...(process.env.GROUNDWORK_BENCH_PAGES === '1' ? ['bench.tsx'] : []),
  ],
  transpilePackages: ['@groundwork/cms', '@groundwork/links', '@groundwork/ui'],
  turbopack: { root: path.resolve(import.meta.dirname, '../..') },
  poweredByHeader: false,
  // `npm run typecheck` checks every workspace; a second pass inside `next build` only costs time.
  typescript: { ignoreBuildErrors: true },
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  headers: securityHeaders,
  // Next's file-system cache, or with REDIS_URL set when the server starts the Redis every
  // instance shares; either stores no 404: one stored page per made-up address would let
  // anonymous requests fill the disk (src/freshness/missFreeCacheHandler.mjs).
  cacheHandler: path.resolve(import.meta.dirname, 'src/freshness/missFreeCacheHandler.mjs'),
  // A shared cache is the one copy: no second one in each process's memory, which another
  // instance's revalidation could not reach (Next's self-hosting docs).
  ...(process.env.REDIS_URL ? { cacheMaxMemorySize: 0 } : {}),
  // How long caches in front may serve a 404 stale (src/freshness/missCaching.ts).
  expireTime: MISS_EXPIRE_SECONDS,
  // Next hashes the whole page in JavaScript on every request to make an ETag: 12% of the server's
  // CPU serving a cached article, in proportion to its size (docs/performance.md has the
  // profile). Reader pages are revalidated by the server, not by browsers' conditional requests,
  // so the hash buys little and costs every reader.
  generateEtags: false,
  rewrites: async () =>
    renderedOnFirstRequest.map(({ address, route }) => ({ source: address, destination: route })),
  redirects: async () =>
    renderedOnFirstRequest.map(({ address, route }) => ({
      source: route,
      destination: address,
      permanent: true,
    })),
}

const withAdmin = withPayload(nextConfig, { devBundleServerPackages: false })

export default {
  ...withAdmin,
  headers: withAdmin.headers && clientHintsForAdminOnly(withAdmin.headers),
} satisfies NextConfig
