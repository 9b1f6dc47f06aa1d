import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import { beforeAll, describe, expect, it } from 'vitest'
import { htmlBody } from '../../src/import/htmlBody'
import type { ImageTarget } from '../../src/import/imageTarget'
import { markdownBody } from '../../src/import/markdownBody'
import { lexicalPlainText } from '../../src/import/plainText'
import { unlinkUnsafe } from '../../src/import/unsafeLinks'
import type { RichTextState } from '../../src/import/uploadNodes'
import { testEditorConfig } from './editorConfig'

type Node = { type: string; fields?: { url?: string }; children?: Node[] }
const urls = (body: RichTextState) => {
  const visit = (node: Node): string[] => [
    ...(node.type === 'link' ? [node.fields?.url ?? ''] : []),
    ...(node.children ?? []).flatMap(visit),
  ]
  return visit(body.root as Node)
}
const noImages = (): ImageTarget => {
  throw new Error('no images expected')
}

describe('links of imported files', () => {
  let editorConfig: SanitizedServerEditorConfig
  beforeAll(async () => {
    editorConfig = await testEditorConfig()
  })

  it('keeps links the site would refuse as their text, with a warning each', () => {
    const html =
      '<p>Call <a href="javascript:alert(1)">now</a>, read <a href="page.html">more</a> or <a href="/\tx">this</a> at <a href="https://example.org">our site</a>.</p>'
    const converted = htmlBody(editorConfig, html, noImages).body
    expect(urls(converted)).toHaveLength(4)

    const { body, warnings } = unlinkUnsafe(converted)

    expect(urls(body)).toEqual(['https://example.org'])
    expect(lexicalPlainText(body)).toBe(lexicalPlainText(converted))
    expect(warnings).toEqual([
      'link "javascript:alert(1)" is not a web, mail, phone or site (/…) address: kept as text',
      'link "page.html" is not a web, mail, phone or site (/…) address: kept as text',
      'link "/\\tx" is not a web, mail, phone or site (/…) address: kept as text',
    ])
  })

  it('leaves safe Markdown links alone', () => {
    const markdown =
      'See [help](https://www.samhsa.gov), [a page](/articles/x) or [us](mailto:a@b.org).'
    const { body, warnings } = unlinkUnsafe(markdownBody(editorConfig, markdown, noImages).body)
    expect(urls(body)).toEqual(['https://www.samhsa.gov', '/articles/x', 'mailto:a@b.org'])
    expect(warnings).toEqual([])
  })
})
