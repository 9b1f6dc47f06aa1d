import fs from 'node:fs'
import path from 'node:path'
import { ImportError } from './importError'
import { isInsideFolder } from './insideFolder'
import type { ImageRef } from './source'

export type LocalImage = { kind: 'local'; path: string; alt: string; mimeType: string }
/** Images on other sites stay there: the body links to them (see docs/import.md). */
export type RemoteImage = { kind: 'remote'; url: string; label: string }
export type PlannedImage = LocalImage | RemoteImage

/** What the media collection accepts. */
const MIME_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
}

const REMOTE = /^(?:https?:)?\/\//i
const SCHEME = /^[a-z][a-z\d+.-]*:/i

/** `images/recovery-circle_02.jpg` → "Recovery circle 02": better than no alt text at all. */
export const humaniseFileName = (file: string) => {
  const words = path
    .basename(file, path.extname(file))
    .replace(/[-_.\s]+/g, ' ')
    .trim()
  return words ? words[0]?.toUpperCase() + words.slice(1) : 'Image'
}

const decoded = (src: string) => {
  const bare = src.replace(/[?#].*$/, '')
  try {
    return decodeURIComponent(bare)
  } catch {
    return bare
  }
}

const ONLY_INSIDE = 'only images inside it are imported'

/** Where a local image's file really is, or a failure: nothing outside `root` is ever read. */
const locate = (src: string, folder: string, root: string) => {
  const written = decoded(src)
  if (path.isAbsolute(written)) {
    throw new ImportError(
      `image "${src}" is an absolute path: write it relative to the article's file, inside the imported folder`,
    )
  }
  const file = path.resolve(folder, written)
  if (!isInsideFolder(path.resolve(root), file)) {
    throw new ImportError(`image "${src}" is outside the imported folder (${root}): ${ONLY_INSIDE}`)
  }
  const notFound = new ImportError(`image "${src}" not found (looked for ${file})`)
  let real: string
  try {
    real = fs.realpathSync(file)
  } catch {
    throw notFound
  }
  if (!isInsideFolder(fs.realpathSync(root), real)) {
    throw new ImportError(
      `image "${src}" leads outside the imported folder (${root}) through a symbolic link: ${ONLY_INSIDE}`,
    )
  }
  if (!fs.statSync(real).isFile()) throw notFound
  return real
}

const planLocal = (
  image: ImageRef,
  folder: string,
  root: string,
  warnings: string[],
): LocalImage => {
  const file = locate(image.src, folder, root)
  const mimeType = MIME_TYPES[path.extname(file).toLowerCase()]
  if (!mimeType) {
    throw new ImportError(`image "${image.src}" is not a PNG, JPEG, WebP, AVIF or GIF file`)
  }
  if (image.alt) return { kind: 'local', path: file, alt: image.alt, mimeType }
  const alt = humaniseFileName(file)
  warnings.push(`image "${image.src}" has no alt text: used "${alt}", describe it in the admin`)
  return { kind: 'local', path: file, alt, mimeType }
}

const plan = (image: ImageRef, folder: string, root: string, warnings: string[]): PlannedImage => {
  if (!image.src) throw new ImportError('an image has no source (src)')
  if (REMOTE.test(image.src)) {
    const url = image.src.startsWith('//') ? `https:${image.src}` : image.src
    warnings.push(`image "${image.src}" is on another site: kept as a link, not uploaded`)
    return { kind: 'remote', url, label: image.alt || url }
  }
  if (SCHEME.test(image.src)) {
    throw new ImportError(`image "${image.src.slice(0, 40)}" is neither a file nor a web address`)
  }
  return planLocal(image, folder, root, warnings)
}

/**
 * Checks every image before anything is written: a missing file fails the article rather than
 * leaving a hole in it. Paths are relative to the file that shows them (`folder`) and must stay
 * inside the imported folder (`root`), links resolved: an article cannot upload `/etc` or
 * `~/.ssh` into media. Keyed by `src`.
 */
export const planImages = (images: ImageRef[], folder: string, root: string) => {
  const warnings: string[] = []
  const planned = new Map<string, PlannedImage>()
  for (const image of images) {
    if (!planned.has(image.src)) planned.set(image.src, plan(image, folder, root, warnings))
  }
  return { images: planned, warnings }
}
