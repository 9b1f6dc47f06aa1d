import fs from 'node:fs'
import path from 'node:path'
import { type ArticleMeta, articleSlug, parseArticleMeta } from './articleMeta'
import { type PlannedImage, planImages } from './images'
import { ImportError } from './importError'
import type { ImportFile } from './importFile'
import { readSource } from './readSource'
import type { ArticleSource } from './source'

/** One file read and checked, nothing written yet: everything that can be wrong with it is known. */
export type PreparedArticle = {
  file: string
  format: ArticleSource['format']
  meta: ArticleMeta
  slug: string
  body: string
  images: Map<string, PlannedImage>
  warnings: string[]
}

export const prepareArticle = ({ path: file, root }: ImportFile): PreparedArticle => {
  const source = readSource(file, fs.readFileSync(file, 'utf8'))
  const meta = parseArticleMeta(source.meta)
  const slug = articleSlug(meta)
  if (!source.body.trim()) throw new ImportError('has no text besides its title and front matter')
  const { images, warnings } = planImages(source.images, path.dirname(file), root)
  return { file, format: source.format, meta, slug, body: source.body, images, warnings }
}
