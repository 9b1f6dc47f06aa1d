import fs from 'node:fs'
import path from 'node:path'

/** Payload's table names: a name, never a path. */
const TABLE_NAME = /^[a-z_][a-z0-9_]*$/

/**
 * A backup may come from elsewhere (a copy, an archive). A symbolic link in it would make a
 * restore read a file outside it (`tables/users.ndjson` → anywhere) or copy a link into the
 * uploads the app serves (`media/x` → /etc/passwd); a table name like `../x` would point a
 * restore outside the folder. Checked before the database is touched.
 */
const refuseOddEntries = (dir: string, root = dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    const shown = path.relative(root, full)
    if (entry.isSymbolicLink()) {
      throw new Error(
        `The backup holds a symbolic link, ${shown}: a backup holds only plain files and folders, so it was not restored.`,
      )
    }
    if (entry.isDirectory()) refuseOddEntries(full, root)
    else if (!entry.isFile()) {
      throw new Error(
        `The backup holds ${shown}, which is not a plain file: a backup holds only plain files and folders, so it was not restored.`,
      )
    }
  }
}

export const refuseUnsafeBackup = (dir: string, tables: string[]) => {
  for (const table of tables) {
    if (!TABLE_NAME.test(table)) {
      throw new Error(
        `The backup's manifest names the table ${JSON.stringify(table)}, which is not a table name: the backup was not restored.`,
      )
    }
  }
  refuseOddEntries(dir)
}
