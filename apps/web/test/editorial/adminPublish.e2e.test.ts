import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from '../support/browser'
import { AdminPageObject } from '../support/e2e/pages/AdminPageObject'
import { seededTitle } from '../support/e2e/seed'
import { STAFF, staffApi } from '../support/e2e/staff'

describe('an editor publishes a change in /admin', () => {
  const baseUrl = inject('baseUrl')
  const browser = useBrowser()

  it('signs in (creating the first user on a fresh site), retitles an article, and readers see it on the next request', async () => {
    const slug = 'sleep-in-early-recovery'
    const before = await fetch(`${baseUrl}/articles/${slug}`)
    expect(before.status).toBe(200)
    const beforeHtml = await before.text()
    expect(beforeHtml, beforeHtml.match(/<h1>.*?<\/h1>/)?.[0]).toContain(seededTitle(slug))
    expect((await fetch(`${baseUrl}/articles/${slug}`)).headers.get('x-nextjs-cache')).toBe('HIT')

    const { docs } = await (
      await fetch(`${baseUrl}/api/articles?where[slug][equals]=${slug}`)
    ).json()
    const admin = new AdminPageObject(await browser().newPage(), baseUrl)
    await admin.signIn(STAFF.email, STAFF.password)
    await admin.openArticle(docs[0].id)
    const title = `Sleep in early recovery, revised ${Date.now()}`
    await admin.publishTitle(title)

    const after = await fetch(`${baseUrl}/articles/${slug}`)
    expect(after.status).toBe(200)
    const html = await after.text()
    expect(html).toContain(title)
    expect(html).not.toContain(seededTitle(slug))
    const home = await (await fetch(`${baseUrl}/`)).text()
    expect(home).toContain(title)

    // Put the seeded title back for the tests that look for it.
    await staffApi(baseUrl)('PATCH', `articles/${docs[0].id}`, {
      title: seededTitle(slug),
      _status: 'published',
    })
  })
})
