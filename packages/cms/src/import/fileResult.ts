/** What became of one file: a saved draft, or the reason it was not imported. */
export type FileResult =
  | {
      file: string
      ok: true
      slug: string
      id: number
      operation: 'created' | 'updated'
      /** What the import created besides the article, e.g. `author "Fay Kim"`. */
      added: string[]
      warnings: string[]
    }
  | { file: string; ok: false; reason: string; warnings: string[] }

export const failed = (file: string, reason: string, warnings: string[] = []): FileResult => ({
  file,
  ok: false,
  reason,
  warnings,
})
