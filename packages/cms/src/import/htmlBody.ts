import {
  convertHTMLToLexical,
  type SanitizedServerEditorConfig,
} from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'
import { htmlImageRef } from './htmlImages'
import type { ImageTarget } from './imageTarget'
import { lexicalPlainText } from './plainText'
import type { ImageRef } from './source'
import { textChangeWarning } from './textCheck'
import { type RichTextState, settleUploads } from './uploadNodes'

/** Payload's HTML importer turns an `<img>` carrying these attributes into an upload node. */
const pointAtUpload = (image: Element, id: number) => {
  image.setAttribute('data-lexical-upload-relation-to', 'media')
  image.setAttribute('data-lexical-upload-id', String(id))
}

export const htmlBody = (
  editorConfig: SanitizedServerEditorConfig,
  html: string,
  targetOf: (image: ImageRef) => ImageTarget,
) => {
  const { document } = new JSDOM(html).window
  for (const image of [...document.body.querySelectorAll('img')]) {
    const target = targetOf(htmlImageRef(image))
    if ('upload' in target) {
      pointAtUpload(image, target.upload)
      continue
    }
    const link = document.createElement('a')
    link.href = target.link
    link.textContent = target.label
    image.replaceWith(link)
  }
  const body = settleUploads(
    convertHTMLToLexical({ editorConfig, html: document.body.innerHTML, JSDOM }) as RichTextState,
  )
  const expected = document.body.textContent ?? ''
  return { body, warning: textChangeWarning(expected, lexicalPlainText(body)) }
}
