import type { Metadata } from 'next'
import type { ReactNode } from 'react'

/**
 * The benchmark's baseline: what an App Router page of this very build costs before any of our
 * code, so `npm run bench` can tell the framework's share from ours. The `.bench.tsx` extension
 * keeps it out of normal builds; next.config.ts adds that extension only when
 * GROUNDWORK_BENCH_PAGES=1. A root layout of its own, so nothing of the site's chrome or styles
 * comes along.
 */

// The tags Lighthouse's SEO audits ask for, so the baseline is not penalised for lacking them.
export const metadata: Metadata = {
  title: 'Empty',
  description: 'An empty page, the baseline of the benchmarks.',
}

const Layout = ({ children }: { children: ReactNode }) => (
  <html lang="en">
    <body>{children}</body>
  </html>
)

export default Layout
