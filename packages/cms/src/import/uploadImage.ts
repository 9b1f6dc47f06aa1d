import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { slugify } from '../fields/slug'
import type { LocalImage } from './images'
import { importContext } from './importContext'

/** Named after name and content, so a re-import finds the upload it made instead of adding one. */
export const storedFileName = (file: string, data: Buffer) => {
  const extension = path.extname(file).toLowerCase()
  const base = slugify(path.basename(file, path.extname(file))) || 'image'
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 12)
  return `${base}-${hash}${extension}`
}

/** The media id of the image: the existing upload of the same picture, or a new one. */
export const uploadImage = async (payload: Payload, image: LocalImage): Promise<number> => {
  const data = fs.readFileSync(image.path)
  const name = storedFileName(image.path, data)
  const existing = await payload.find({
    collection: 'media',
    // `like`, not `equals`: Payload adds "-1" to a name whose file is already on disk.
    where: { filename: { like: path.basename(name, path.extname(name)) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (existing.docs[0]) return existing.docs[0].id
  const created = await payload.create({
    collection: 'media',
    data: { alt: image.alt },
    file: { data, name, mimetype: image.mimeType, size: data.length },
    overrideAccess: true,
    context: importContext,
  })
  return created.id
}
