import type { ReactNode } from 'react'
import { CookieNotice } from './CookieNotice'
import type { SiteChrome } from './model'

/** Header, main landmark, footer and cookie notice around every reader page. */
export const SiteLayout = ({ site, children }: { site: SiteChrome; children: ReactNode }) => (
  <>
    <a className="gw-skip" href="#main">
      Skip to content
    </a>
    <header className="gw-header">
      <a className="gw-header__name" href="/">
        {site.name}
      </a>
      <nav aria-label="Site">
        <ul className="gw-nav">
          <li>
            <a href="/articles">Articles</a>
          </li>
          <li>
            <a href="/search">Search</a>
          </li>
        </ul>
      </nav>
    </header>
    <main id="main" className="gw-main">
      {children}
    </main>
    <footer className="gw-footer">
      <p>© {site.name}</p>
    </footer>
    <CookieNotice notice={site.cookieNotice} />
  </>
)
