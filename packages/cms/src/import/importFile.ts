import path from 'node:path'

/**
 * A file to import and the folder that bounds it: the folder a person named, or the file's own
 * folder when they named the file. Its images are read from inside that folder only.
 */
export type ImportFile = { path: string; root: string }

/** A bare path is a file named on its own. */
export const importFileOf = (file: string | ImportFile): ImportFile =>
  typeof file === 'string' ? { path: file, root: path.dirname(file) } : file
