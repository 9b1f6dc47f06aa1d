import path from 'node:path'
import { readHtml } from './htmlSource'
import { ImportError } from './importError'
import { readMarkdown } from './markdownSource'
import type { ArticleSource } from './source'

const readers: Record<string, (text: string) => ArticleSource> = {
  '.md': readMarkdown,
  '.markdown': readMarkdown,
  '.html': readHtml,
  '.htm': readHtml,
}

export const isImportable = (file: string) => path.extname(file).toLowerCase() in readers

export const readSource = (file: string, text: string): ArticleSource => {
  const read = readers[path.extname(file).toLowerCase()]
  if (!read) throw new ImportError('is not a Markdown (.md) or HTML (.html) file')
  return read(text)
}
