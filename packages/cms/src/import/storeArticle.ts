import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'
import { type Found, findOrCreateAuthor, findOrCreateTopic } from './findOrCreate'
import { htmlBody } from './htmlBody'
import { imageTargets } from './imageTarget'
import { inTransaction } from './inTransaction'
import { markdownBody } from './markdownBody'
import type { PreparedArticle } from './prepareArticle'
import { type SavedDraft, saveDraft } from './saveDraft'
import { unlinkUnsafe } from './unsafeLinks'
import { uploadImage } from './uploadImage'

export type StoredArticle = SavedDraft & {
  /** What the import had to create besides the article, e.g. `author "Fay Kim"`. */
  added: string[]
  warnings: string[]
}

const converters = { markdown: markdownBody, html: htmlBody }

/**
 * Uploads come first and on their own: they are named after their content, so one left by a
 * failed import is simply found again next time.
 */
const uploadImages = async (payload: Payload, article: PreparedArticle) => {
  const ids = new Map<string, number>()
  for (const image of article.images.values()) {
    if (image.kind === 'local' && !ids.has(image.path)) {
      ids.set(image.path, await uploadImage(payload, image))
    }
  }
  return ids
}

/** Ids for the names, each once, in order; notes in `added` what had to be created. */
const idsFor = async (
  names: string[],
  kind: string,
  find: (name: string) => Promise<Found>,
  added: string[],
) => {
  const ids = new Set<number>()
  for (const name of names) {
    const { id, created } = await find(name)
    if (created) added.push(`${kind} "${name}"`)
    ids.add(id)
  }
  return [...ids]
}

export const storeArticle = async (
  payload: Payload,
  editorConfig: SanitizedServerEditorConfig,
  article: PreparedArticle,
): Promise<StoredArticle> => {
  const uploads = await uploadImages(payload, article)
  const targetOf = imageTargets(article.images, uploads)
  const converted = converters[article.format](editorConfig, article.body, targetOf)
  const { body, warnings: linkWarnings } = unlinkUnsafe(converted.body)
  const warnings = [...(converted.warning ? [converted.warning] : []), ...linkWarnings]
  const { meta } = article
  return inTransaction(payload, async (req) => {
    const added: string[] = []
    const authors = await idsFor(
      meta.author,
      'author',
      (name) => findOrCreateAuthor(req, name, meta.authorRole),
      added,
    )
    const topics =
      meta.topics &&
      (await idsFor(meta.topics, 'topic', (name) => findOrCreateTopic(req, name), added))
    const saved = await saveDraft(req, {
      title: meta.title,
      slug: article.slug,
      excerpt: meta.excerpt,
      body,
      authors,
      topics,
    })
    return { ...saved, added, warnings }
  })
}
