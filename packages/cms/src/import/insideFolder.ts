import path from 'node:path'

/** True when `file` is `folder` itself or lies below it (both absolute, links already resolved). */
export const isInsideFolder = (folder: string, file: string) => {
  const relative = path.relative(folder, file)
  return !relative.startsWith('..') && !path.isAbsolute(relative)
}
