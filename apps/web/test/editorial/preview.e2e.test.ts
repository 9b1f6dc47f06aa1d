import { paragraphs } from '@groundwork/cms/seed'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type Account, createAccount, sessionCookie, staffApi } from '../support/e2e/staff'
import { uploadPng } from '../support/e2e/uploads'

/**
 * Preview over plain HTTP, as a browser, a crawler or a shared cache sees it: only a signed-in
 * staff member gets draft mode and the draft; the draft-mode cookie alone proves nothing; and no
 * preview ever leaves the draft in the cache readers are served from.
 */
describe('preview of drafts', () => {
  const baseUrl = inject('baseUrl')
  const api = staffApi(baseUrl)
  /**
   * A browser's request: its cookies, and the `Sec-Fetch-Site` a browser sends for a navigation
   * inside the site (Payload accepts a session cookie only from the site itself).
   */
  const get = (path: string, cookie?: string) =>
    fetch(`${baseUrl}${path}`, {
      redirect: 'manual',
      headers: { 'sec-fetch-site': 'same-origin', ...(cookie ? { cookie } : {}) },
    })
  const previewOf = (path: string) => `/preview?${new URLSearchParams({ path })}`
  /** The `__prerender_bypass=<value>` pair Next sets to turn draft mode on, if it did. */
  const draftModeCookie = (response: Response) =>
    response.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith('__prerender_bypass='))
      ?.split(';')[0]
  const locationOf = (response: Response) =>
    new URL(response.headers.get('location') ?? '', baseUrl)
  let editor: Account

  beforeAll(async () => {
    editor = await createAccount(baseUrl, 'editor')
  })

  it('sends a visitor without a session to sign in first, and back to the preview after, without draft mode', async () => {
    const target = '/articles/after-a-relapse'
    const response = await get(previewOf(target))
    expect(response.status).toBe(307)
    const location = locationOf(response)
    expect(location.pathname).toBe('/admin/login')
    expect(location.searchParams.get('redirect')).toBe(previewOf(target))
    expect(draftModeCookie(response)).toBeUndefined()
  })

  it('treats a signed-in API client like a visitor: no draft mode', async () => {
    const client = await createAccount(baseUrl, 'api')
    // The session itself is good: the API knows who this is.
    const me = await (await get('/api/users/me', sessionCookie(client))).json()
    expect(me.user?.role).toBe('api')
    const response = await get(previewOf('/articles/after-a-relapse'), sessionCookie(client))
    expect(response.status).toBe(307)
    expect(locationOf(response).pathname).toBe('/admin/login')
    expect(draftModeCookie(response)).toBeUndefined()
  })

  it.each([
    'https://evil.example',
    '//evil.example/articles/x',
    '/admin',
    '/articles/../admin',
    '/articles/x?then=https://evil.example',
    '/',
    '',
  ])('refuses to preview %j with 400, even for staff, and redirects nowhere', async (path) => {
    for (const cookie of [undefined, sessionCookie(editor)]) {
      const response = await get(previewOf(path), cookie)
      expect(response.status, cookie ? 'staff' : 'visitor').toBe(400)
      expect(response.headers.get('location')).toBeNull()
      expect(draftModeCookie(response)).toBeUndefined()
    }
  })

  it('refuses a preview without a path', async () => {
    const response = await get('/preview', sessionCookie(editor))
    expect(response.status).toBe(400)
    expect(draftModeCookie(response)).toBeUndefined()
  })

  describe('of a published article with a draft edit saved beside it', () => {
    const stamp = `${process.pid}-${Date.now().toString(36)}`
    const slug = `preview-check-${stamp}`
    const publishedTitle = `What readers see ${stamp}`
    const draftTitle = `What the editor is still writing ${stamp}`
    const draftSentence = `An unfinished paragraph only staff may read ${stamp}`
    const page = `/articles/${slug}`
    let id: number | undefined

    beforeAll(async () => {
      const tessa = (await api('GET', 'authors?where[slug][equals]=tessa-marlowe&depth=0')).docs[0]
      const { doc } = await api('POST', 'articles', {
        title: publishedTitle,
        slug,
        body: paragraphs(['The published text.']),
        authors: [tessa.id],
        _status: 'published',
      })
      id = doc.id
      await api('PATCH', `articles/${id}?draft=true`, {
        title: draftTitle,
        body: paragraphs([draftSentence]),
      })
    })

    afterAll(async () => {
      if (id !== undefined) await api('DELETE', `articles/${id}?overrideLock=true`)
    })

    const expectPublished = async (response: Response, who: string) => {
      expect(response.status, who).toBe(200)
      const html = await response.text()
      expect(html, who).toContain(publishedTitle)
      expect(html, who).not.toContain(draftTitle)
      expect(html, who).not.toContain(draftSentence)
      expect(html, who).not.toContain('gw-preview-banner')
    }

    it('staff see the draft under the banner; the draft-mode cookie without the session shows the published page; the cache keeps the published version', async () => {
      // Readers are served the published version from the cache before anyone previews.
      await expectPublished(await get(page), 'first reader')
      const cachedBefore = await get(page)
      expect(cachedBefore.headers.get('x-nextjs-cache')).toBe('HIT')
      await expectPublished(cachedBefore, 'cached reader')

      // The editor enters preview: draft mode on, back to the article.
      const session = sessionCookie(editor)
      const entered = await get(previewOf(page), session)
      expect(entered.status).toBe(307)
      expect(entered.headers.get('location')).toBe(page)
      const draftMode = draftModeCookie(entered)
      expect(draftMode, 'draft mode cookie').toBeDefined()

      const staffView = await get(page, `${session}; ${draftMode}`)
      expect(staffView.status).toBe(200)
      // Never stored by a shared cache between the app and the editor.
      expect(staffView.headers.get('cache-control')).not.toMatch(/s-maxage|public/)
      const staffHtml = await staffView.text()
      expect(staffHtml).toContain(draftTitle)
      expect(staffHtml).toContain(draftSentence)
      expect(staffHtml).toContain('gw-preview-banner')
      expect(staffHtml).toContain('noindex')

      // The same cookie copied into a browser without the staff session proves nothing.
      await expectPublished(await get(page, draftMode), 'draft mode cookie without a session')
      await expectPublished(
        await get(page, `payload-token=not-a-valid-session; ${draftMode}`),
        'draft mode cookie with a forged session',
      )

      // Readers afterwards: the published version, still from the cache the preview never wrote.
      const after = await get(page)
      expect(after.headers.get('x-nextjs-cache')).toBe('HIT')
      await expectPublished(after, 'reader after the preview')

      // Leaving preview turns draft mode off and returns to the page.
      const exit = await get(`/preview/exit?${new URLSearchParams({ path: page })}`, draftMode)
      expect(exit.status).toBe(307)
      expect(exit.headers.get('location')).toBe(page)
      const cleared = exit.headers
        .getSetCookie()
        .find((cookie) => cookie.startsWith('__prerender_bypass='))
      expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/i)
    })
  })

  it('shows a draft’s new image to staff in preview, while readers still cannot fetch it', async () => {
    const media = await uploadPng(baseUrl, editor.token, {
      alt: 'An image of unpublished work',
      name: 'embargo',
      width: 900,
      height: 500,
      colour: '#5a3c8c',
    })
    const tessa = (await api('GET', 'authors?where[slug][equals]=tessa-marlowe&depth=0')).docs[0]
    const slug = `preview-image-${process.pid}-${Date.now().toString(36)}`
    const { doc } = await api('POST', 'articles?draft=true', {
      title: `A draft with a new image ${slug}`,
      slug,
      body: paragraphs(['Not yet published.']),
      authors: [tessa.id],
      heroImage: media.id,
      _status: 'draft',
    })
    try {
      const session = sessionCookie(editor)
      const page = `/articles/${slug}`
      const draftMode = draftModeCookie(await get(previewOf(page), session))
      const html = await (await get(page, `${session}; ${draftMode}`)).text()
      const src =
        html.match(/<img[^>]+alt="An image of unpublished work"[^>]*src="([^"]+)"/)?.[1] ??
        html.match(/<img[^>]+src="([^"]+)"[^>]*alt="An image of unpublished work"/)?.[1]
      expect(src, `the hero in the preview: ${html.match(/<img[^>]*>/g)?.join('\n')}`).toBeDefined()
      const image = await get((src as string).replaceAll('&amp;', '&'), session)
      expect(image.status, src).toBe(200)
      expect(image.headers.get('content-type')).toMatch(/^image\//)
      // Readers: nothing, until the article is published.
      expect((await get(`/api/media/file/${media.filename}`)).status).toBe(404)
    } finally {
      await api('DELETE', `articles/${doc.id}?overrideLock=true`)
      await api('DELETE', `media/${media.id}`)
    }
  })
})
