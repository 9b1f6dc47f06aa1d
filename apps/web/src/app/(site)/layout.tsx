import '@groundwork/ui/styles.css'
import { SiteLayout } from '@groundwork/ui'
import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { siteDeps } from '../../queries/deps'
import { getSiteChrome } from '../../queries/site'

export const generateMetadata = async (): Promise<Metadata> => {
  const site = await getSiteChrome(await siteDeps())
  return { title: { default: site.name, template: `%s · ${site.name}` } }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

const Layout = async ({ children }: { children: ReactNode }) => {
  const site = await getSiteChrome(await siteDeps())
  return (
    <html lang="en">
      <body>
        <SiteLayout site={site}>{children}</SiteLayout>
      </body>
    </html>
  )
}

export default Layout
