import '@groundwork/ui/styles.css'
import { SiteLayout } from '@groundwork/ui'
import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { serverUrl } from '@/metadata/pageMetadata'
import { siteDeps } from '@/queries/deps'
import { getSiteChrome } from '@/queries/site'

export const generateMetadata = async (): Promise<Metadata> => {
  const site = await getSiteChrome(await siteDeps())
  return {
    metadataBase: new URL(serverUrl()),
    title: { default: site.name, template: `%s · ${site.name}` },
    alternates: { types: { 'application/rss+xml': [{ url: '/feed.xml', title: site.name }] } },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

/** The reader site's document and chrome; Payload's admin has its own root layout. */
const Layout = async ({ children }: { children: ReactNode }) => (
  <html lang="en">
    <body>
      <SiteLayout site={await getSiteChrome(await siteDeps())}>{children}</SiteLayout>
    </body>
  </html>
)

export default Layout
