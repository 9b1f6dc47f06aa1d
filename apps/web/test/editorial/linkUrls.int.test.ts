import { SAFE_HREFS, UNSAFE_HREFS } from '@groundwork/links/examples'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REST_PATCH } from '@/http/routes'
import { body, createAuthor, createDisclaimer } from '../support/content'
import { type Identity, perform, staffIdentity, surfaces } from '../support/rolesSurfaces'
import { type Json, restCall } from '../support/routes'
import { startTestCms, type TestCms, uniqueSlug } from '../support/testPayload'

/**
 * Link addresses in rich text are checked on save, drafts included, on every surface: API
 * consumers who render our rich text get only what the reader site would render as a link.
 */
const BAD = UNSAFE_HREFS
const GOOD = SAFE_HREFS

type LinkFields = Record<string, unknown>
const linkNode = (fields: LinkFields, type: 'link' | 'autolink' = 'link') => ({
  type,
  fields: { newTab: false, ...fields },
  children: [
    { type: 'text', text: 'here', format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
  ],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 3,
})
/** "See here." with the link on "here". */
const bodyWith = (link: ReturnType<typeof linkNode>) => {
  const value = body({ p: 'See ' })
  ;(value.root.children[0] as unknown as { children: unknown[] }).children.push(link)
  return value
}

describe('link addresses in rich text', () => {
  let cms: TestCms
  let editor: Identity
  let author: number

  beforeAll(async () => {
    cms = await startTestCms()
    // The first account of a site becomes its admin: make that one.
    await staffIdentity(cms.payload, 'admin', 'admin')
    editor = await staffIdentity(cms.payload, 'editor', 'editor')
    author = (await createAuthor(cms.payload, 'Ada Links')).id
  })
  afterAll(async () => {
    await cms?.payload.destroy()
  })

  const article = (link: ReturnType<typeof linkNode>, status: 'draft' | 'published') => ({
    title: 'Links',
    slug: uniqueSlug('links'),
    body: bodyWith(link),
    authors: [author],
    _status: status,
  })
  const stored = async (slug: unknown) =>
    (
      await cms.payload.count({
        collection: 'articles',
        where: { slug: { equals: slug as string } },
      })
    ).totalDocs

  describe.each(surfaces)('over %s', (surface) => {
    it.each(BAD)('refuses %j in a link or an autolink, published or draft', async (url) => {
      const cases = [
        article(linkNode({ linkType: 'custom', url }), 'published'),
        article(linkNode({ linkType: 'custom', url }), 'draft'),
        article(linkNode({ linkType: 'custom', url }, 'autolink'), 'draft'),
      ]
      for (const data of cases) {
        const outcome = await perform(cms, surface, editor, {
          op: 'create',
          collection: 'articles',
          data,
        })
        expect(outcome, `${data._status} ${data.body.root.children[0]?.type}`).toMatchObject({
          status: 400,
          message: expect.stringMatching(/invalid: body$/i),
        })
        expect(await stored(data.slug)).toBe(0)
      }
    })

    it('keeps web, mail, phone, same-site, anchor and internal links', async () => {
      const target = await perform(cms, surface, editor, {
        op: 'create',
        collection: 'articles',
        data: article(linkNode({ linkType: 'custom', url: GOOD[0] }), 'published'),
      })
      const links = [
        ...GOOD.map((url) => linkNode({ linkType: 'custom', url })),
        linkNode({ linkType: 'custom', url: 'https://example.org/auto' }, 'autolink'),
        linkNode({ linkType: 'internal', doc: { relationTo: 'articles', value: target.id } }),
      ]
      for (const link of links) {
        const data = article(link, 'published')
        const outcome = await perform(cms, surface, editor, {
          op: 'create',
          collection: 'articles',
          data,
        })
        expect(outcome.status, `${JSON.stringify(link.fields)}: ${outcome.message}`).toBeLessThan(
          300,
        )
        expect(await stored(data.slug)).toBe(1)
      }
    })
  })

  it('says which field and what is wrong, and an update changes nothing', async () => {
    const saved = await cms.payload.create({
      collection: 'articles',
      data: article(linkNode({ linkType: 'custom', url: '/safe' }), 'published'),
      overrideAccess: false,
      user: editor.user,
    })
    const patch = await restCall(cms.config, `articles/${saved.id}`, {
      method: 'PATCH',
      handler: REST_PATCH,
      headers: { ...editor.headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        body: bodyWith(linkNode({ linkType: 'custom', url: '/\t/evil.example' })),
      }),
    })
    expect(patch.status).toBe(400)
    const [error] = patch.body.errors as { data: { errors: Json[] } }[]
    expect(error?.data.errors).toEqual([
      {
        path: 'body',
        message:
          'A link has the address "/\\t/evil.example": links must be web (https://…), mail (mailto:), phone (tel:), this site\'s (/…) or anchor (#…) addresses.',
      },
    ])
    const after = await cms.payload.findByID({ collection: 'articles', id: saved.id, draft: true })
    expect(JSON.stringify(after.body)).toContain('"/safe"')
  })

  it('holds every rich text field to the rule: author bios and disclaimers too', async () => {
    const bad = bodyWith(linkNode({ linkType: 'custom', url: 'javascript:alert(1)' }))
    await expect(
      cms.payload.update({ collection: 'authors', id: author, data: { bio: bad } }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'bio' }] } })
    const disclaimer = await createDisclaimer(cms.payload, 'Links disclaimer')
    await expect(
      cms.payload.update({ collection: 'disclaimers', id: disclaimer.id, data: { body: bad } }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'body' }] } })
  })

  it('holds the link fields outside rich text to it: calls to action and the cookie policy', async () => {
    const data = {
      ...article(linkNode({ linkType: 'custom', url: '/safe' }), 'draft'),
      callToAction: { heading: 'Get help', linkLabel: 'Call', linkUrl: 'javascript:alert(1)' },
    }
    await expect(
      cms.payload.create({
        collection: 'articles',
        data,
        draft: true,
        overrideAccess: false,
        user: editor.user,
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'callToAction.linkUrl' }] } })
    expect(await stored(data.slug)).toBe(0)

    const site = await cms.payload.findGlobal({ slug: 'site', depth: 0 })
    await expect(
      cms.payload.updateGlobal({
        slug: 'site',
        data: { cookieNotice: { ...site.cookieNotice, policyUrl: '/\t/evil.example' } },
        overrideAccess: false,
        user: editor.user,
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'cookieNotice.policyUrl' }] } })
    expect((await cms.payload.findGlobal({ slug: 'site' })).cookieNotice).toEqual(site.cookieNotice)
  })
})
