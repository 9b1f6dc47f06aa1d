import fs from 'node:fs'
import path from 'node:path'
import { slugify } from '@groundwork/cms'
import { ArticlePage } from '@groundwork/ui'
import { createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { getArticlePage } from '@/queries/article'
import { expectCalmRest, expectStatus } from '../support/badInput/expectations'
import { CALM_TITLE, type Caller, SITE_NAME, useBadInput } from '../support/badInput/fixture'
import { type Answer, describeAnswer, type Method } from '../support/badInput/http'
import { markupProblems, render } from '../support/badInput/markup'
import { blob, tinyPng } from '../support/badInput/png'
import { type UploadCase, uploadCases } from '../support/badInput/uploadCases'
import { keptHarmless } from '../support/badInput/writes'
import { body as richBody } from '../support/content'

/**
 * Issue #7, item 3, for saves from the admin that a correct system may accept: odd fields, ids
 * and slugs in article saves, and hostile uploads to /api/media. An accepted save must be
 * harmless (fields dropped, slugs normalised, files stored under a safe name and served as
 * images); a refused one must change nothing, and no file may land outside the media folder.
 */
describe('bad input', () => {
  const fx = useBadInput('saves')
  const payload = () => fx.cms.payload

  describe('writes a correct system may accept, kept harmless', () => {
    let n = 0
    const article = (extra: Record<string, unknown>) => ({
      title: 'Harmless',
      slug: `badinput-harmless-${++n}`,
      authors: [fx.ids.author],
      _status: 'published',
      body: richBody({ p: 'x' }),
      ...extra,
    })
    type Stored = Record<string, unknown> & { id: number; slug: string }
    const storedBySlug = async (slug: string) =>
      (
        await payload().find({
          collection: 'articles',
          where: { slug: { equals: slug } },
          depth: 0,
          draft: true,
          limit: 1,
        })
      ).docs[0] as Stored | undefined
    type Save = {
      name: string
      caller: Caller
      method: Method
      path: () => string
      body: () => Record<string, unknown>
      check: (answer: Answer) => Promise<void>
    }
    const create = (name: string, body: Save['body'], check: Save['check']): Save => ({
      name,
      caller: 'admin',
      method: 'POST',
      path: () => 'articles',
      body,
      check,
    })
    const slugCase = (name: string, typed: string) =>
      create(
        `a typed slug is normalised: ${name}`,
        () => article({ slug: typed }),
        async () => {
          const doc = await storedBySlug(slugify(typed))
          expect(doc?.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
          expect(doc?.slug.length).toBeLessThanOrEqual(120)
        },
      )
    const cases: Save[] = [
      create(
        'unknown and hidden fields are dropped',
        () => article({ nope: 'x', hash: 'h', salt: 's', $where: '1', _verified: true }),
        async (answer) => {
          const doc = (answer.json as { doc?: Record<string, unknown> }).doc ?? {}
          for (const key of ['nope', 'hash', 'salt', '$where', '_verified'])
            expect(doc).not.toHaveProperty(key)
        },
      ),
      create(
        "a create naming an existing article's id makes a new one",
        () => article({ id: fx.ids.article, title: 'Overwritten?' }),
        async (answer) => {
          expect((answer.json as { doc?: { id?: number } }).doc?.id).not.toBe(fx.ids.article)
          expect((await storedBySlug(fx.slugs.article))?.title).toBe(CALM_TITLE)
        },
      ),
      {
        name: 'an update cannot change the id',
        caller: 'admin',
        method: 'PATCH',
        path: () => `articles/${fx.ids.article}`,
        body: () => ({ id: 999_999 }),
        check: async () => {
          expect((await storedBySlug(fx.slugs.article))?.id).toBe(fx.ids.article)
          const moved = await payload().find({
            collection: 'articles',
            where: { id: { equals: 999_999 } },
          })
          expect(moved.docs).toHaveLength(0)
        },
      },
      {
        ...create(
          "a contributor cannot name someone else as an article's creator",
          () => article({ _status: 'draft', createdBy: fx.ids.admin, slug: 'badinput-created-by' }),
          async () => {
            const doc = await storedBySlug('badinput-created-by')
            if (doc) expect(doc.createdBy).toBe(fx.ids.contributor)
          },
        ),
        caller: 'contributor',
      },
      slugCase('traversal', '../../Etc Passwd'),
      slugCase('10k characters', `${'Recovery '.repeat(1200)}`),
      slugCase('a script tag', '<script>alert(1)</script>'),
      slugCase('emoji and accents', '😀 Café Recovery 🔥'),
      slugCase('SQL', "' OR 1=1; DROP TABLE articles; --"),
    ]
    it.for(cases)('$name', async (item) => {
      const save = () =>
        fx.call(
          item.caller,
          item.method,
          item.path(),
          JSON.stringify(item.body()),
          'application/json',
        )
      await keptHarmless(
        fx,
        save,
        async (answer) => {
          expectCalmRest(answer, item.caller)
          if (answer.status < 300) await item.check(answer)
        },
        { touchesFixtures: true },
      )
    })
  })

  describe('hostile uploads to /api/media', () => {
    const escapee = '/tmp/escaped.png'
    const form = (item: UploadCase) => {
      const data = new FormData()
      if (item.filename) data.append('file', blob(item.bytes, item.type), item.filename)
      if (item.alt !== null)
        data.append('_payload', JSON.stringify({ alt: item.alt ?? 'A red square' }))
      item.extra?.(data)
      return data
    }

    it.for(uploadCases(tinyPng()))('$name', async (item) => {
      const caller = item.as ?? 'admin'
      const escapedBefore = fs.existsSync(escapee)
      const upload = () =>
        item.raw
          ? fx.call(caller, 'POST', 'media', item.raw.body, item.raw.contentType)
          : fx.call(caller, 'POST', 'media', form(item))
      await keptHarmless(fx, upload, async (answer, changes) => {
        expectCalmRest(answer, caller)
        expect(
          fs.existsSync(escapee) && !escapedBefore,
          'a file was written outside the media folder',
        ).toBe(false)
        if (item.expect === 'refused' || answer.status >= 300) {
          expectStatus(answer, 'refused')
          expect(changes, `stored state changed: ${describeAnswer(answer)}`).toEqual([])
          return
        }
        // Accepted: stored under a plain name inside the media folder, served as an image.
        const stored = (answer.json as { doc: { filename: string; mimeType: string } }).doc
        expect(stored.filename).not.toMatch(/[/\\<>]|^\./)
        expect(stored.filename).not.toContain('\u0000')
        expect(stored.mimeType).toMatch(/^image\//)
        expect(fs.existsSync(path.join(fx.mediaDir, stored.filename))).toBe(true)
        // By its uploader: readers see an upload only once published content shows it.
        const file = `media/file/${encodeURIComponent(stored.filename)}`
        const served = await fx.call(caller, 'GET', file)
        expect(served.status).toBe(200)
        expect(served.contentType).toMatch(/^image\/(png|jpeg|webp|avif|gif)/)
      })
    })
  })

  it('left the calm article, the site and the accounts as they were', async () => {
    const article = await payload().findByID({
      collection: 'articles',
      id: fx.ids.article,
      depth: 0,
    })
    expect(article.title).toBe(CALM_TITLE)
    expect(article.slug).toBe(fx.slugs.article)
    const site = await payload().findGlobal({ slug: 'site', depth: 0 })
    expect(site.name).toBe(SITE_NAME)
    const contributor = await payload().findByID({
      collection: 'users',
      id: fx.ids.contributor,
      depth: 0,
    })
    expect(contributor.role).toBe('contributor')
    const page = await getArticlePage(fx.deps, fx.slugs.article)
    expect(page?.title).toBe(CALM_TITLE)
    if (page)
      expect(markupProblems(render(createElement(ArticlePage, { article: page })))).toEqual([])
  })
})
