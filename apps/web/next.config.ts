import path from 'node:path'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import { securityHeaders } from './src/config/securityHeaders'

const nextConfig: NextConfig = {
  // The e2e suite builds into its own folder so it never clobbers the developer's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  transpilePackages: ['@groundwork/cms', '@groundwork/ui'],
  turbopack: { root: path.resolve(import.meta.dirname, '../..') },
  poweredByHeader: false,
  // `npm run typecheck` checks every workspace; a second pass inside `next build` only costs time.
  typescript: { ignoreBuildErrors: true },
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  headers: securityHeaders,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
