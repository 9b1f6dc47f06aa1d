import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  importArticles,
  lexicalPlainText,
  markdownPlainText,
  splitFrontMatter,
} from '@groundwork/cms/import'
import type { Article, Author } from '@groundwork/cms/payload-types'
import { outlineBody, type RichTextValue } from '@groundwork/ui'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { quiet } from '../support/content'
import { runScript } from '../support/runScript'
import { startTestCms, type TestCms, uniqueSlug } from '../support/testPayload'

const appDir = path.resolve(import.meta.dirname, '../..')
const repoRoot = path.resolve(appDir, '../..')
/** shared/ sits beside the repository, in CI too. */
const referenceArticle = path.resolve(repoRoot, '../shared/fixtures/reference-article.md')
const referenceSlug = 'whats-the-point-of-recovery-groups'

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-import-'))
const write = (name: string, text: string) => {
  const file = path.join(workDir, name)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
  return file
}

type BodyNode = { type: string; value?: unknown; fields?: { url?: string }; children?: BodyNode[] }
const flatten = (nodes: BodyNode[]): BodyNode[] =>
  nodes.flatMap((node) => [node, ...flatten(node.children ?? [])])

/** The import as `npm run import` runs it, on this suite's database. */
const runCli = (args: string[], cwd: string) =>
  runScript('scripts/import.ts', args, {
    DATABASE_URL: inject('databaseUrl'),
    PAYLOAD_SECRET: 'integration-tests-only-secret-0123456789',
    MEDIA_DIR: path.join(workDir, 'media'),
    INIT_CWD: cwd,
  })

describe('importing articles', () => {
  let cms: TestCms
  beforeAll(async () => {
    cms = await startTestCms()
  })
  afterAll(async () => {
    await cms.payload.destroy()
    fs.rmSync(workDir, { recursive: true, force: true })
  })

  const findDraft = async (slug: string) => {
    const { docs } = await cms.payload.find({
      collection: 'articles',
      where: { slug: { equals: slug } },
      draft: true,
      depth: 1,
      overrideAccess: true,
    })
    return docs[0] as Article | undefined
  }

  it('imports the reference article as a draft with its five sections and all its text', async () => {
    const [result] = await importArticles(cms.payload, [referenceArticle])
    expect(result).toMatchObject({ ok: true, operation: 'created', slug: referenceSlug })

    const article = await findDraft(referenceSlug)
    expect(article).toMatchObject({
      title: 'What’s the Point of Recovery Groups?',
      _status: 'draft',
    })
    expect(article?.publishedAt ?? null).toBeNull()
    const [author] = (article?.authors ?? []) as Author[]
    expect(author).toMatchObject({ name: 'Alaine Sepulveda', jobTitle: 'Content strategist' })

    const { body: markdown } = splitFrontMatter(fs.readFileSync(referenceArticle, 'utf8'))
    const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1]?.trim())
    expect(headings).toHaveLength(5)
    const body = article?.body as RichTextValue
    expect(outlineBody(body).contents.map((entry) => entry.text)).toEqual(headings)
    const text = lexicalPlainText(body)
    expect(text.length).toBeGreaterThan(4000)
    expect(text).toBe(markdownPlainText(markdown))
  })

  it('updates the draft on a second import and creates nothing twice', async () => {
    await importArticles(cms.payload, [referenceArticle])
    const before = await findDraft(referenceSlug)
    const counts = async () =>
      Promise.all(
        (['articles', 'authors', 'topics'] as const).map(
          async (collection) =>
            (await cms.payload.count({ collection, overrideAccess: true })).totalDocs,
        ),
      )
    const countsBefore = await counts()

    const edited = fs
      .readFileSync(referenceArticle, 'utf8')
      .replace('Treatment programs usually have', 'Treatment programs nearly always have')
    const [result] = await importArticles(cms.payload, [write('edited/reference.md', edited)])

    expect(result).toMatchObject({ ok: true, operation: 'updated', id: before?.id, added: [] })
    expect(await counts()).toEqual(countsBefore)
    const after = await findDraft(referenceSlug)
    expect(lexicalPlainText(after?.body as RichTextValue)).toContain(
      'Treatment programs nearly always have',
    )
  })

  it('leaves a published article live and makes the import its pending draft', async () => {
    const slug = uniqueSlug('published')
    const file = write(
      `${slug}.md`,
      `---\ntitle: Live\nslug: ${slug}\nauthor: Fay Kim\n---\nFirst words.`,
    )
    const [first] = await importArticles(cms.payload, [file])
    if (!first?.ok) throw new Error('the first import failed')
    await cms.payload.update({
      collection: 'articles',
      id: first.id,
      data: { _status: 'published' },
      context: quiet,
    })
    write(`${slug}.md`, `---\ntitle: Live\nslug: ${slug}\nauthor: Fay Kim\n---\nSecond words.`)
    await importArticles(cms.payload, [file])

    const live = await cms.payload.findByID({ collection: 'articles', id: first.id, depth: 0 })
    expect(live._status).toBe('published')
    expect(lexicalPlainText(live.body)).toBe('First words.')
    const draft = await findDraft(slug)
    expect(lexicalPlainText(draft?.body as RichTextValue)).toBe('Second words.')
  })

  it('uploads local images once, links remote ones, and warns about both', async () => {
    write('pictures/img/quiet_room-2.png', '')
    await sharp({ create: { width: 32, height: 24, channels: 3, background: '#6a8caf' } })
      .png()
      .toFile(path.join(workDir, 'pictures/img/quiet_room-2.png'))
    const slug = uniqueSlug('pictures')
    const file = write(
      'pictures/calm.md',
      `---\ntitle: Calm\nslug: ${slug}\nauthor: Fay Kim\ntopics: [Peer support]\n---\n\nIntro.\n\n![](img/quiet_room-2.png)\n\nSee ![A far view](https://example.org/far.png) too.\n`,
    )
    const [result] = await importArticles(cms.payload, [file])
    expect(result?.warnings).toEqual([
      expect.stringMatching(/has no alt text: used "Quiet room 2"/),
      expect.stringMatching(/is on another site: kept as a link/),
    ])
    const nodes = flatten((await findDraft(slug))?.body.root.children as BodyNode[])
    const upload = nodes.find((node) => node.type === 'upload')
    const value = upload?.value as number | { id: number }
    const media = await cms.payload.findByID({
      collection: 'media',
      id: typeof value === 'object' ? value.id : value,
      overrideAccess: true,
    })
    expect(media.alt).toBe('Quiet room 2')
    const link = nodes.find((node) => node.type === 'link')
    expect(link?.fields?.url).toBe('https://example.org/far.png')

    const mediaCount = async () => (await cms.payload.count({ collection: 'media' })).totalDocs
    const before = await mediaCount()
    await importArticles(cms.payload, [file])
    expect(await mediaCount()).toBe(before)
  })

  it('refuses a second file with the same slug in one run', async () => {
    const slug = uniqueSlug('twice')
    const text = `---\ntitle: Twice\nslug: ${slug}\nauthor: Fay Kim\n---\nText.`
    const first = write('twice/a.md', text)
    const second = write('twice/b.md', text)
    const results = await importArticles(cms.payload, [first, second])
    expect(results.map((result) => result.ok)).toEqual([true, false])
    expect(results[1]).toMatchObject({
      reason: `has the slug "${slug}" of ${first}, imported just before`,
    })
  })

  it('imports a folder with a broken file from the command line: the rest arrive, the broken one is named', async () => {
    const good = [uniqueSlug('cli-one'), uniqueSlug('cli-two')]
    write(
      `cli/${good[0]}.md`,
      `---\nslug: ${good[0]}\nauthor: Fay Kim\n---\n# From the CLI\n\nText.`,
    )
    write(
      `cli/nested/${good[1]}.html`,
      `---\nslug: ${good[1]}\n---\n<html><head><title>An HTML page</title><meta name="author" content="Fay Kim"></head><body><h1>An HTML page</h1><p>Hello <a href="https://example.org">there</a>.</p></body></html>`,
    )
    write('cli/broken.md', '---\ntitle: Broken\nauther: Someone\n---\nText.')

    const { code, stdout, stderr } = await runCli(['cli'], workDir)

    expect(code, stderr).toBe(1)
    expect(stderr).toMatch(/✖ cli\/broken\.md: author is required.*unknown field "auther"/)
    expect(stdout).toContain('3 files: 2 created, 0 updated, 1 failed')
    for (const slug of good) {
      const article = await findDraft(slug)
      expect(article?._status, slug).toBe('draft')
      expect(article?.publishedAt ?? null).toBeNull()
    }
    expect((await findDraft(good[0] as string))?.title).toBe('From the CLI')
    const broken = await cms.payload.count({
      collection: 'articles',
      where: { title: { equals: 'Broken' } },
    })
    expect(broken.totalDocs).toBe(0)
  })

  it('fails, from the command line, an article whose image is outside the folder given to it, and uploads nothing', async () => {
    const picture = sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
    await picture.png().toFile(write('private/secret.png', ''))
    const slug = uniqueSlug('escape')
    write(
      'given/posts/escape.md',
      `---\ntitle: Escape\nslug: ${slug}\nauthor: Fay Kim\n---\n\n![x](../../private/secret.png)\n`,
    )
    const media = async () => (await cms.payload.count({ collection: 'media' })).totalDocs
    const before = await media()

    const { code, stderr } = await runCli(['given'], workDir)

    expect(code, stderr).toBe(1)
    expect(stderr).toContain(
      `✖ given/posts/escape.md: image "../../private/secret.png" is outside the imported folder (${path.join(workDir, 'given')}): only images inside it are imported`,
    )
    expect(await media()).toBe(before)
    expect(await findDraft(slug)).toBeUndefined()
  })

  it('imports a file whose links the site would refuse, keeping them as text with a warning', async () => {
    const slug = uniqueSlug('unsafe-links')
    const file = write(
      'links/unsafe.html',
      `---\nslug: ${slug}\n---\n<title>Unsafe links</title><meta name="author" content="Fay Kim"><p>Call <a href="javascript:alert(1)">now</a> or see <a href="https://example.org">us</a>.</p>`,
    )
    const [result] = await importArticles(cms.payload, [file])
    expect(result).toMatchObject({ ok: true, operation: 'created' })
    expect(result?.warnings).toEqual([
      'link "javascript:alert(1)" is not a web, mail, phone or site (/…) address: kept as text',
    ])
    const nodes = flatten((await findDraft(slug))?.body.root.children as BodyNode[])
    const links = nodes.filter((node) => node.type === 'link').map((node) => node.fields?.url)
    expect(links).toEqual(['https://example.org'])
    expect(lexicalPlainText((await findDraft(slug))?.body as RichTextValue)).toBe(
      'Call now or see us.',
    )
  })
})
