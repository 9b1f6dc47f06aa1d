import fs from 'node:fs'
import path from 'node:path'
import { render, screen } from '@testing-library/react'
import { ArticlePage } from '../src/article/ArticlePage'
import { SiteLayout } from '../src/site/SiteLayout'
import { articlePage, author, callToAction, card, doc, h2, paragraph } from './fixtures'

/**
 * The reference article (shared/fixtures, beside the repository) rendered through our components
 * must read like the reference page: every line of reference-article.txt, in the same order.
 */
const fixtures = path.resolve(import.meta.dirname, '../../../../shared/fixtures')
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8')

const parseMarkdown = (markdown: string) => {
  const [, frontMatter = '', body = ''] = markdown.split(/^---$/m)
  const field = (name: string) =>
    frontMatter.match(new RegExp(`^${name}:\\s*"?(.*?)"?$`, 'm'))?.[1] ?? ''
  const blocks = body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => (block.startsWith('## ') ? h2(block.slice(3).trim()) : paragraph(block)))
  return { title: field('title'), author: field('author'), role: field('authorRole'), blocks }
}

const parseParts = (parts: string) => {
  const sections = new Map<string, string[]>()
  let current = ''
  for (const line of parts.split('\n')) {
    const label = line.match(/^([A-Z ]+):$/)?.[1]
    if (label) current = label
    else if (line.trim()) sections.set(current, [...(sections.get(current) ?? []), line.trim()])
  }
  return (label: string) => sections.get(label) ?? []
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('the reference article', () => {
  it('renders every line of the reference page, in its order', async () => {
    const source = parseMarkdown(read('reference-article.md'))
    const part = parseParts(read('reference-article.parts.txt'))
    const [ctaHeading = '', ctaText = ''] = part('CALL TO ACTION')
    const model = articlePage({
      title: source.title,
      body: doc(...source.blocks),
      authors: [
        author({
          name: source.author,
          jobTitle: source.role,
          credentials: null,
          bio: doc(paragraph(part('AUTHOR BIO').join(' '))),
        }),
      ],
      callToAction: callToAction({ heading: ctaHeading, text: ctaText, linkLabel: null }),
      alsoBrowsed: [card('one'), card('two'), card('three')],
      disclaimer: { title: 'Disclaimer', body: doc(paragraph(part('DISCLAIMER').join(' '))) },
    })
    render(
      <SiteLayout
        site={{
          name: 'Groundwork',
          description: 'Articles about recovery.',
          cookieNotice: {
            text: part('COOKIE NOTICE').join(' '),
            policyLabel: null,
            policyUrl: null,
          },
        }}
      >
        <ArticlePage article={model} />
      </SiteLayout>,
    )
    await screen.findByRole('region', { name: 'Cookie notice' })

    const page = squash(document.body.textContent ?? '')
    const expected = read('reference-article.txt')
      .split(/\n|(?=This site uses cookies)/)
      .map(squash)
      .filter(Boolean)
    let position = 0
    for (const line of expected) {
      const found = page.indexOf(line, position)
      expect(found, `"${line.slice(0, 60)}…" missing or out of order`).toBeGreaterThanOrEqual(0)
      position = found + line.length
    }
    expect(expected.length).toBeGreaterThan(20)
  })
})
