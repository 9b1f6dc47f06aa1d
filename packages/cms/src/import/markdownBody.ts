import {
  convertMarkdownToLexical,
  type SanitizedServerEditorConfig,
} from '@payloadcms/richtext-lexical'
import type { ImageTarget } from './imageTarget'
import { replaceMarkdownImages } from './markdownImages'
import { smoothMarkdown } from './markdownQuirks'
import { lexicalPlainText, markdownPlainText } from './plainText'
import type { ImageRef } from './source'
import { textChangeWarning } from './textCheck'
import { type RichTextState, settleUploads } from './uploadNodes'

/**
 * An upload is a block of its own, and Payload's importer reads `![media:<id>]()` alone on a
 * line as one (the form its Markdown export writes).
 */
const markdownFor = (target: ImageTarget) =>
  'upload' in target ? `\n\n![media:${target.upload}]()\n\n` : `[${target.label}](${target.link})`

const textFor = (target: ImageTarget) => ('upload' in target ? '' : target.label)

export const markdownBody = (
  editorConfig: SanitizedServerEditorConfig,
  markdown: string,
  targetOf: (image: ImageRef) => ImageTarget,
) => {
  const prepared = smoothMarkdown(
    replaceMarkdownImages(markdown, (image) => markdownFor(targetOf(image))),
  )
  const body = settleUploads(
    convertMarkdownToLexical({ editorConfig, markdown: prepared }) as RichTextState,
  )
  const expected = markdownPlainText(
    replaceMarkdownImages(markdown, (image) => textFor(targetOf(image))),
  )
  return { body, warning: textChangeWarning(expected, lexicalPlainText(body)) }
}
