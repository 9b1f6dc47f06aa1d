import path from 'node:path'
import {
  collectImportFiles,
  type FileResult,
  type ImportFile,
  importArticles,
} from '@groundwork/cms/import'
import { getPayload } from 'payload'
import { resultLines, summaryLine } from './importReport'
import { pendingMigrations } from './pendingMigrations'
import type { Progress } from './progressBar'
import { openScriptDatabase, type ScriptDatabase } from './scriptDatabase'
import { prepareScriptEnvironment } from './scriptEnvironment'

/** Paths are relative to where the person ran npm, not to the folder npm runs scripts in. */
const startDir = process.env.INIT_CWD || process.cwd()
const shown = (file: string) => path.relative(startDir, file) || file

const report = (progress: Progress, result: FileResult) => {
  for (const line of resultLines(result, shown(result.file))) progress.log(line)
}

const importInto = async (database: ScriptDatabase, files: ImportFile[], progress: Progress) => {
  prepareScriptEnvironment(database)
  progress.update(0, files.length, 'starting the CMS…')
  // The app's config reads the environment as it loads, so it loads only now.
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  try {
    const pending = await pendingMigrations(payload)
    if (pending.length > 0) {
      throw new Error(
        `The database lacks ${pending.length} migration(s), up to ${pending.at(-1)}: start the app once (\`npm start\` applies them), then import again.`,
      )
    }
    return await importArticles(payload, files, {
      onFileStart: (file, index) => progress.update(index, files.length, shown(file)),
      onFileDone: (result, index) => {
        report(progress, result)
        progress.update(index + 1, files.length, '')
      },
    })
  } finally {
    await payload.destroy()
    // destroy() leaves the pool's connections open (one is never released, so it cannot be
    // ended): when the import stops its embedded database, their closing is expected.
    payload.db.pool.on('error', () => {})
  }
}

/** `npm run import`: imports the named files and folders; the exit code it should end with. */
export const runImport = async (args: string[], progress: Progress): Promise<number> => {
  const { files, failures } = collectImportFiles(args.map((arg) => path.resolve(startDir, arg)))
  for (const failure of failures) report(progress, failure)
  if (files.length === 0) {
    console.error('No Markdown (.md) or HTML (.html) files to import.')
    return 1
  }
  const database = await openScriptDatabase((line) => progress.log(line))
  const count = `${files.length} file${files.length === 1 ? '' : 's'}`
  progress.log(`Importing ${count} into ${database.source}…`)
  let results: FileResult[]
  try {
    results = await importInto(database, files, progress)
  } finally {
    progress.end()
    await database.release()
  }
  const all = [...failures, ...results]
  console.log(summaryLine(all))
  return all.some((result) => !result.ok) ? 1 : 0
}
