import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { refuseUnsafeBackup } from './plainBackup'
import { PRIVATE_FILE } from './privateFiles'

/** What a backup folder holds: `manifest.json`, `tables/<table>.ndjson`, `media/`. */
export const BACKUP_FORMAT = 1

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.iso.datetime(),
  /** Migrations the database had run: the schema the rows fit. */
  migrations: z.array(z.string()),
  /** Rows per table, checked again on restore. */
  tables: z.record(z.string(), z.number().int().min(0)),
  mediaFiles: z.number().int().min(0),
  /** Where the media came from: the media folder, or `s3://<bucket> at <endpoint>`. */
  mediaFrom: z.string().optional(),
})
export type Manifest = z.infer<typeof manifestSchema>

export const tableFile = (dir: string, table: string) => path.join(dir, 'tables', `${table}.ndjson`)
export const mediaDirOf = (dir: string) => path.join(dir, 'media')

export const writeManifest = (dir: string, manifest: Manifest) =>
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, {
    mode: PRIVATE_FILE,
  })

const linesIn = (file: string) =>
  fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).length : -1

/**
 * Every table file is there and holds the rows the manifest lists, and nothing in the folder
 * leads outside it: checked before anything is dropped.
 */
export const verifyBackup = (dir: string, manifest: Manifest) => {
  refuseUnsafeBackup(dir, Object.keys(manifest.tables))
  for (const [table, rows] of Object.entries(manifest.tables)) {
    const found = linesIn(tableFile(dir, table))
    if (found !== rows) {
      throw new Error(
        found < 0
          ? `The backup is incomplete: ${tableFile(dir, table)} is missing`
          : `The backup is damaged: ${table} should hold ${rows} rows, its file holds ${found}`,
      )
    }
  }
}

export const readManifest = (dir: string): Manifest => {
  const file = path.join(dir, 'manifest.json')
  const stat = fs.lstatSync(file, { throwIfNoEntry: false })
  if (!stat) throw new Error(`${dir} is not a backup: it has no manifest.json`)
  if (!stat.isFile()) throw new Error(`${file} is not a plain file: the backup was not restored.`)
  const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
  if (!parsed.success) {
    throw new Error(`${file} is not a backup manifest this version reads: ${parsed.error.message}`)
  }
  return parsed.data
}
