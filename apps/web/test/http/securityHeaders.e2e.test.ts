import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from '../support/browser'

const readerPages = [
  '/',
  '/articles',
  '/articles/coping-with-cravings',
  '/topics/treatment',
  '/authors/tessa-marlowe',
  '/search?q=sleep',
  '/articles/no-such-article',
]

/** Every page type sends the security headers, and nothing on it trips its own policy. */
describe('security headers', () => {
  const baseUrl = inject('baseUrl')
  const browser = useBrowser()

  it.each(readerPages)(
    '%s allows no third-party source and cannot be framed by another site',
    async (path) => {
      const { headers } = await fetch(`${baseUrl}${path}`)
      const csp = headers.get('content-security-policy') ?? ''
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("frame-ancestors 'self'")
      for (const directive of ['script-src', 'style-src', 'connect-src', 'frame-src', 'img-src']) {
        const sources = csp.split(';').find((part) => part.trim().startsWith(directive)) ?? ''
        expect(sources, directive).not.toMatch(/https?:|\*/)
      }
      expect(headers.get('x-content-type-options')).toBe('nosniff')
      expect(headers.get('referrer-policy')).toBe('no-referrer')
      expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
      expect(headers.get('permissions-policy')).toContain('camera=()')
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
    },
  )

  it.each(readerPages)(
    '%s asks for no client hints, so a first visit is never requested twice',
    async (path) => {
      const { headers } = await fetch(`${baseUrl}${path}`)
      expect(headers.get('critical-ch')).toBeNull()
      expect(headers.get('accept-ch')).toBeNull()
    },
  )

  it('the admin still asks for the colour-scheme hint it draws its theme with', async () => {
    const { headers } = await fetch(`${baseUrl}/admin`, { redirect: 'manual' })
    expect(headers.get('critical-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
    expect(headers.get('accept-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
  })

  it("a reader's first visit to an article fetches the page once", async () => {
    // A fresh context has sent no client hints yet: `Critical-CH` would make Chromium fetch again.
    const context = await browser().newContext()
    const page = await context.newPage()
    const documents: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(request.url())
    })
    await page.goto(`${baseUrl}/articles/coping-with-cravings`)
    expect(documents).toEqual([`${baseUrl}/articles/coping-with-cravings`])
    await context.close()
  })

  it.each([...readerPages, '/admin'])('%s runs without a single policy violation', async (path) => {
    const page = await browser().newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    await page.goto(`${baseUrl}${path}`)
    await page.waitForLoadState('networkidle')
    if (path === '/admin') await page.locator('#field-email').waitFor()
    else await page.getByRole('region', { name: 'Cookie notice' }).waitFor()
    expect(violations).toEqual([])
    await page.close()
  })
})
