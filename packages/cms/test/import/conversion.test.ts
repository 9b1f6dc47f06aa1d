import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { beforeAll, describe, expect, it } from 'vitest'
import { splitFrontMatter } from '../../src/import/frontMatter'
import { htmlBody } from '../../src/import/htmlBody'
import type { ImageTarget } from '../../src/import/imageTarget'
import { markdownBody } from '../../src/import/markdownBody'
import { lexicalPlainText, markdownPlainText } from '../../src/import/plainText'
import type { RichTextState } from '../../src/import/uploadNodes'
import { testEditorConfig } from './editorConfig'
import { readReferenceArticle } from './referenceFixture'

type Node = { type: string; tag?: string; text?: string; children?: Node[]; [key: string]: unknown }

const nodes = (body: RichTextState) => body.root.children as Node[]
const textOf = (node: Node): string => node.text ?? (node.children ?? []).map(textOf).join('')
const noImages = (): ImageTarget => {
  throw new Error('no images expected')
}

describe('converting bodies to rich text', () => {
  let editorConfig: SanitizedServerEditorConfig
  beforeAll(async () => {
    editorConfig = await testEditorConfig()
  })

  it('keeps the reference article’s five sections and every word of it', () => {
    const { body: markdown } = splitFrontMatter(readReferenceArticle())
    const { body, warning } = markdownBody(editorConfig, markdown, noImages)

    const h2s = nodes(body)
      .filter((node) => node.type === 'heading' && node.tag === 'h2')
      .map(textOf)
    const sourceH2s = [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1]?.trim())
    expect(sourceH2s).toHaveLength(5)
    expect(h2s).toEqual(sourceH2s)

    const text = lexicalPlainText(body)
    expect(text).toBe(markdownPlainText(markdown))
    expect(text).toContain('“Connection is the opposite of addiction.”')
    expect(text).not.toMatch(/##|\*\*/)
    expect(warning).toBeUndefined()

    // The comparison can fail: one paragraph fewer and the texts differ.
    const children = body.root.children.filter((_, index) => index !== 3)
    const shorter = lexicalPlainText({ root: { ...body.root, children } })
    expect(shorter).not.toBe(markdownPlainText(markdown))
  })

  it('keeps lists, links, quotes and emphasis', () => {
    const markdown = [
      'Some *gentle* and **strong** words with [a link](https://example.org/help).',
      '',
      '- first',
      '- second',
      '  - nested under second',
      '',
      '1. one',
      '2. two',
      '',
      '> A quote that the writer',
      '> wrapped over two lines.',
    ].join('\n')
    const { body, warning } = markdownBody(editorConfig, markdown, noImages)
    const [paragraph, bullets, numbers, quote] = nodes(body)

    const formats = (paragraph?.children ?? []).map((node) => [node.text, node.format])
    expect(formats).toContainEqual(['gentle', 2])
    expect(formats).toContainEqual(['strong', 1])
    const link = paragraph?.children?.find((node) => node.type === 'link')
    expect(link?.fields).toMatchObject({ url: 'https://example.org/help' })

    expect(bullets).toMatchObject({ type: 'list', listType: 'bullet' })
    const nested = bullets?.children?.flatMap((item) => item.children ?? [])
    expect(nested?.find((node) => node.type === 'list')).toBeDefined()
    expect(numbers).toMatchObject({ type: 'list', listType: 'number' })
    expect(quote).toMatchObject({ type: 'quote' })
    expect(textOf(quote as Node)).toBe('A quote that the writer wrapped over two lines.')
    expect(warning).toBeUndefined()
  })

  it('makes uploads blocks of their own and remote images links', () => {
    const markdown = 'Before ![A circle](circle.png) after.\n\n![](https://cdn.example.org/x.png)'
    const targets = (image: { src: string; alt: string }): ImageTarget =>
      image.src === 'circle.png' ? { upload: 7 } : { link: image.src, label: 'remote picture' }
    const { body, warning } = markdownBody(editorConfig, markdown, targets)
    expect(nodes(body).map((node) => node.type)).toEqual([
      'paragraph',
      'upload',
      'paragraph',
      'paragraph',
    ])
    expect(nodes(body)[1]).toMatchObject({ relationTo: 'media', value: 7 })
    expect(lexicalPlainText(body)).toBe('Before after. remote picture')
    expect(warning).toBeUndefined()
  })

  it('converts HTML, lifting images out of paragraphs', () => {
    const html =
      '<h2>Why</h2><p>Text <em>here</em> <img src="a.png" alt="A"> more.</p><ul><li>one</li></ul><blockquote>Said.</blockquote>'
    const { body, warning } = htmlBody(editorConfig, html, () => ({ upload: 12 }))
    expect(nodes(body).map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'upload',
      'paragraph',
      'list',
      'quote',
    ])
    expect(nodes(body)[2]).toMatchObject({ value: 12, relationTo: 'media' })
    expect(warning).toBeUndefined()
  })

  it('warns when the converter loses text', () => {
    // Lexical's Markdown import does not read `***both***`: the check must notice.
    const { warning } = markdownBody(editorConfig, 'Plain ***both*** words.', noImages)
    expect(warning).toMatch(/text changed in conversion near "Plain both words\."/)
  })
})
