import { editorConfigFactory, type SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'
import { failureReason } from './failureReason'
import { type FileResult, failed } from './fileResult'
import { ImportError } from './importError'
import { type ImportFile, importFileOf } from './importFile'
import { prepareArticle } from './prepareArticle'
import { storeArticle } from './storeArticle'

export type ImportHooks = {
  onFileStart?: (file: string, index: number) => void
  onFileDone?: (result: FileResult, index: number) => void
}

const importFile = async (
  payload: Payload,
  editorConfig: SanitizedServerEditorConfig,
  { path: file, root }: ImportFile,
  slugsTaken: Map<string, string>,
): Promise<FileResult> => {
  let warnings: string[] = []
  try {
    const article = prepareArticle({ path: file, root })
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
 * with its reason and the rest go on; nothing is ever published. A bare path is a file named on
 * its own (its images come from its folder); `collectImportFiles` gives each file its folder.
 */
export const importArticles = async (
  payload: Payload,
  files: (string | ImportFile)[],
  hooks: ImportHooks = {},
): Promise<FileResult[]> => {
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const slugsTaken = new Map<string, string>()
  const results: FileResult[] = []
  for (const [index, given] of files.entries()) {
    const file = importFileOf(given)
    hooks.onFileStart?.(file.path, index)
    const result = await importFile(payload, editorConfig, file, slugsTaken)
    results.push(result)
    hooks.onFileDone?.(result, index)
  }
  return results
}
