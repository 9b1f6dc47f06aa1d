import fs from 'node:fs'
import path from 'node:path'
import { type FileResult, failed } from './fileResult'
import type { ImportFile } from './importFile'
import { isImportable } from './readSource'

/** Hidden folders (.git) and installed packages never hold articles. */
const skipped = (name: string) => name.startsWith('.') || name === 'node_modules'

const filesIn = (folder: string): string[] =>
  fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !skipped(entry.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) return filesIn(full)
      return isImportable(entry.name) ? [full] : []
    })

/**
 * The files to import from the paths a person named: files as given, folders searched for
 * Markdown and HTML files (other files, such as the images they show, are left alone). Each
 * file keeps the folder that bounds its images: the named folder, or a named file's own.
 */
export const collectImportFiles = (paths: string[]) => {
  const files = new Map<string, ImportFile>()
  const add = (file: string, root: string) => {
    if (!files.has(file)) files.set(file, { path: file, root })
  }
  const failures: FileResult[] = []
  for (const given of paths) {
    const stat = fs.statSync(given, { throwIfNoEntry: false })
    if (!stat) failures.push(failed(given, 'no such file or folder'))
    else if (stat.isDirectory()) for (const file of filesIn(given)) add(file, given)
    else if (isImportable(given)) add(given, path.dirname(given))
    else failures.push(failed(given, 'is not a Markdown (.md) or HTML (.html) file'))
  }
  return { files: [...files.values()], failures }
}
