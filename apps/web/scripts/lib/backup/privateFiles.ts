import fs from 'node:fs'
import path from 'node:path'

/**
 * A backup holds every account's email and password hash and every upload, embargoed ones too:
 * only the account that made it may read it, whatever the umask or the uploads' own modes.
 */
export const PRIVATE_FILE = 0o600
export const PRIVATE_FOLDER = 0o700

/** Creates the folder (and missing parents) for its owner only; an existing one is narrowed. */
export const makePrivateFolder = (dir: string) => {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER })
  fs.chmodSync(dir, PRIVATE_FOLDER)
}

/** Narrows `dir` and everything in it: copies keep their source's modes (uploads are often 0644). */
export const makeTreePrivate = (dir: string) => {
  fs.chmodSync(dir, PRIVATE_FOLDER)
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) makeTreePrivate(full)
    else if (entry.isFile()) fs.chmodSync(full, PRIVATE_FILE)
  }
}
