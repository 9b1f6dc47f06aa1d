import { editorConfigFactory, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'
import { failureReason } from './failureReason'
import { type FileResult, failed } from './fileResult'
import { ImportError } from './importError'
import { prepareArticle } from './prepareArticle'
import { storeArticle } from './storeArticle'

export type ImportHooks = {
  onFileStart?: (file: string, index: number) => void
  onFileDone?: (result: FileResult, index: number) => void
}

const importFile = async (
  payload: Payload,
  editorConfig: SanitizedServerEditorConfig,
  file: string,
  slugsTaken: Map<string, string>,
): Promise<FileResult> => {
  let warnings: string[] = []
  try {
    const article = prepareArticle(file)
    warnings = article.warnings
    const earlier = slugsTaken.get(article.slug)
    if (earlier) {
      throw new ImportError(`has the slug "${article.slug}" of ${earlier}, imported just before`)
    }
    const stored = await storeArticle(payload, editorConfig, article)
    slugsTaken.set(article.slug, file)
    const { id, operation, added } = stored
    return {
      file,
      ok: true,
      slug: article.slug,
      id,
      operation,
      added,
      warnings: [...warnings, ...stored.warnings],
    }
  } catch (error) {
    return failed(file, failureReason(error), warnings)
  }
}

/**
 * Turns Markdown and HTML files into draft articles, one after another. A bad file is reported
 * with its reason and the rest go on; nothing is ever published.
 */
export const importArticles = async (
  payload: Payload,
  files: string[],
  hooks: ImportHooks = {},
): Promise<FileResult[]> => {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const slugsTaken = new Map<string, string>()
  const results: FileResult[] = []
  for (const [index, file] of files.entries()) {
    hooks.onFileStart?.(file, index)
    const result = await importFile(payload, editorConfig, file, slugsTaken)
    results.push(result)
    hooks.onFileDone?.(result, index)
  }
  return results
}
