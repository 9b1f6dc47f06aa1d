import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { CookieNotice } from '../src/site/CookieNotice'
import type { SiteChrome } from '../src/site/model'
import { SiteLayout } from '../src/site/SiteLayout'

const notice: SiteChrome['cookieNotice'] = {
  text: 'We use cookies to understand which articles help.',
  policyLabel: 'Cookie policy',
  policyUrl: '/cookie-policy',
}

const clearConsent = () => {
  // biome-ignore lint/suspicious/noDocumentCookie: the notice under test uses document.cookie
  document.cookie = 'gw_consent=; Max-Age=0; Path=/'
}

const consent = () =>
  document.cookie
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith('gw_consent='))

beforeEach(clearConsent)
afterEach(clearConsent)

describe('CookieNotice', () => {
  it('shows a labelled region with the text and the policy link', async () => {
    render(<CookieNotice notice={notice} />)
    const region = await screen.findByRole('region', { name: 'Cookie notice' })
    expect(
      within(region).getByText(/We use cookies to understand which articles help\./),
    ).toBeTruthy()
    expect(within(region).getByRole('link', { name: 'Cookie policy' }).getAttribute('href')).toBe(
      '/cookie-policy',
    )
    expect(within(region).getByRole('button', { name: 'Accept' })).toBeTruthy()
    expect(within(region).getByRole('button', { name: 'Decline' })).toBeTruthy()
  })

  it('stores acceptance in the gw_consent cookie and hides itself', async () => {
    const user = userEvent.setup()
    const first = render(<CookieNotice notice={notice} />)
    await user.click(await screen.findByRole('button', { name: 'Accept' }))

    expect(consent()).toBe('gw_consent=accepted')
    expect(screen.queryByRole('region', { name: 'Cookie notice' })).toBeNull()

    first.unmount()
    const second = render(<CookieNotice notice={notice} />)
    expect(screen.queryByRole('region', { name: 'Cookie notice' })).toBeNull()
    expect(second.container.innerHTML).toBe('')
  })

  it('stores a refusal in the gw_consent cookie and hides itself', async () => {
    const user = userEvent.setup()
    const first = render(<CookieNotice notice={notice} />)
    await user.click(await screen.findByRole('button', { name: 'Decline' }))

    expect(consent()).toBe('gw_consent=declined')
    expect(screen.queryByRole('region', { name: 'Cookie notice' })).toBeNull()

    first.unmount()
    render(<CookieNotice notice={notice} />)
    expect(screen.queryByRole('region', { name: 'Cookie notice' })).toBeNull()
  })

  it('starts from a clean cookie jar', async () => {
    expect(consent()).toBeUndefined()
    render(<CookieNotice notice={notice} />)
    expect(await screen.findByRole('region', { name: 'Cookie notice' })).toBeTruthy()
  })

  it('ignores an unknown consent value', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: a stale value left by someone else
    document.cookie = 'gw_consent=maybe; Path=/'
    render(<CookieNotice notice={notice} />)
    expect(await screen.findByRole('region', { name: 'Cookie notice' })).toBeTruthy()
  })

  it('leaves out the policy link when it has no label or an unsafe url', async () => {
    const { unmount } = render(
      <CookieNotice notice={{ ...notice, policyUrl: 'javascript:alert(1)' }} />,
    )
    const region = await screen.findByRole('region', { name: 'Cookie notice' })
    expect(within(region).queryByRole('link')).toBeNull()
    unmount()

    render(<CookieNotice notice={{ ...notice, policyLabel: null }} />)
    const again = await screen.findByRole('region', { name: 'Cookie notice' })
    expect(within(again).queryByRole('link')).toBeNull()
  })
})

describe('SiteLayout', () => {
  it('wraps the page in header, main and footer and adds the cookie notice', async () => {
    const site: SiteChrome = {
      name: 'Groundwork',
      description: 'Articles about recovery.',
      cookieNotice: notice,
    }
    render(
      <SiteLayout site={site}>
        <p>Page content</p>
      </SiteLayout>,
    )
    expect(screen.getByRole('link', { name: 'Skip to content' }).getAttribute('href')).toBe('#main')
    const main = screen.getByRole('main')
    expect(main.id).toBe('main')
    expect(within(main).getByText('Page content')).toBeTruthy()
    const banner = within(screen.getByRole('banner'))
    expect(banner.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Groundwork',
      'Articles',
      'Search',
    ])
    expect(banner.getByRole('navigation', { name: 'Site' })).toBeTruthy()
    expect(screen.getByRole('contentinfo').textContent).toBe('© Groundwork')
    expect(await screen.findByRole('region', { name: 'Cookie notice' })).toBeTruthy()
  })
})
