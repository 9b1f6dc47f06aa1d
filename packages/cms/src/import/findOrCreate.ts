import type { PayloadRequest } from 'payload'
import { slugify } from '../fields/slug'
import { importContext } from './importContext'

export type Found = { id: number; created: boolean }

/** "Alaine Sepulveda", "alaine sepulveda" and "alaine-sepulveda" all name the same author. */
const findByNameOrSlug = async (
  req: PayloadRequest,
  collection: 'authors' | 'topics',
  name: string,
) => {
  const { docs } = await req.payload.find({
    collection,
    where: { or: [{ name: { equals: name } }, { slug: { equals: slugify(name) } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]?.id
}

/** A new author gets the role the file gives (`authorRole`); existing authors stay as they are. */
export const findOrCreateAuthor = async (
  req: PayloadRequest,
  name: string,
  jobTitle?: string,
): Promise<Found> => {
  const id = await findByNameOrSlug(req, 'authors', name)
  if (id !== undefined) return { id, created: false }
  const author = await req.payload.create({
    collection: 'authors',
    data: { name, slug: slugify(name), jobTitle },
    overrideAccess: true,
    req,
    context: importContext,
  })
  return { id: author.id, created: true }
}

export const findOrCreateTopic = async (req: PayloadRequest, name: string): Promise<Found> => {
  const id = await findByNameOrSlug(req, 'topics', name)
  if (id !== undefined) return { id, created: false }
  const topic = await req.payload.create({
    collection: 'topics',
    data: { name, slug: slugify(name) },
    overrideAccess: true,
    req,
    context: importContext,
  })
  return { id: topic.id, created: true }
}
