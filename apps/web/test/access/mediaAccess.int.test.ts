import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REST_PATCH } from '@/http/routes'
import { body, createAuthor, quiet } from '../support/content'
import {
  createIdentities,
  graphqlAs,
  type Id,
  type Identities,
  type Identity,
} from '../support/rolesSurfaces'
import { type Json, restCall } from '../support/routes'
import { startTestCms, type TestCms, uniqueSlug } from '../support/testPayload'

/**
 * Uploads are seen by readers only once published content shows them (or an editor marked them
 * public), and an image readers see is changed by editors only: a contributor once swapped the
 * hero of a live article, and `/api/media` listed the uploads of embargoed work.
 */

const png = (colour: string) =>
  // Large enough for Payload to make the thumbnail size too.
  sharp({ create: { width: 200, height: 200, channels: 3, background: colour } })
    .png()
    .toBuffer()

describe('media seen by readers and changed by staff', () => {
  let cms: TestCms
  let ids: Identities
  let author: Id
  /** Named by what shows them. */
  const media: Record<string, { id: Id; filename: string; thumbnail: string }> = {}
  let draftArticle: Id

  const upload = async (name: string, extra: Json = {}) => {
    const data = await png(
      `#${((Object.keys(media).length * 40 + 16) % 256).toString(16).padStart(2, '0')}3366`,
    )
    const doc = await cms.payload.create({
      collection: 'media',
      data: { alt: `${name} image`, ...extra },
      file: { data, mimetype: 'image/png', name: `${uniqueSlug(name)}.png`, size: data.length },
      context: quiet,
    })
    media[name] = {
      id: doc.id,
      filename: doc.filename as string,
      thumbnail: doc.sizes?.thumbnail?.filename as string,
    }
    return doc.id
  }

  const article = (status: 'draft' | 'published', extra: Json) =>
    cms.payload.create({
      collection: 'articles',
      data: {
        title: `Media ${status}`,
        slug: uniqueSlug('media'),
        authors: [author],
        body: body({ p: 'Text.' }),
        _status: status,
        ...extra,
      },
      user: ids.editor.user,
      context: quiet,
    })

  beforeAll(async () => {
    cms = await startTestCms()
    ids = await createIdentities(cms.payload)
    author = (await createAuthor(cms.payload, 'Media Author')).id
    await article('published', { heroImage: await upload('liveHero') })
    const inBody = await upload('liveBody')
    await article('published', {
      body: {
        root: {
          type: 'root',
          direction: null,
          format: '',
          indent: 0,
          version: 1,
          children: [
            {
              type: 'upload',
              relationTo: 'media',
              value: inBody,
              fields: null,
              format: '',
              version: 3,
            },
          ],
        },
      },
    })
    draftArticle = (await article('draft', { heroImage: await upload('draftHero') })).id
    await cms.payload.update({
      collection: 'authors',
      id: author,
      data: { photo: await upload('authorPhoto') },
      context: quiet,
    })
    await upload('markedPublic', { public: true })
    await upload('unused')
  })
  afterAll(async () => {
    await cms?.payload.destroy()
  })

  const seenByReaders = ['liveHero', 'liveBody', 'authorPhoto', 'markedPublic']
  const unseen = ['draftHero', 'unused']

  const anonymousList = async () => {
    const answer = await restCall(cms.config, 'media?limit=100&depth=0')
    return (answer.body.docs as { id: Id }[]).map((doc) => doc.id)
  }

  it('readers list only what published content shows or an editor made public (REST)', async () => {
    const listed = await anonymousList()
    for (const name of seenByReaders) expect(listed, name).toContain(media[name]?.id)
    for (const name of unseen) expect(listed, name).not.toContain(media[name]?.id)
  })

  it('and alike over GraphQL and the Local API', async () => {
    const result = await graphqlAs(cms, '{ allMedia(limit: 100) { docs { id } } }')
    const page = result.data?.allMedia as { docs: { id: Id }[] } | undefined
    expect(page, JSON.stringify(result)).toBeDefined()
    const overGraphql = (page?.docs ?? []).map((doc) => doc.id)
    const local = (
      await cms.payload.find({ collection: 'media', limit: 100, overrideAccess: false, depth: 0 })
    ).docs.map((doc) => doc.id)
    for (const listed of [overGraphql, local]) {
      for (const name of seenByReaders) expect(listed, name).toContain(media[name]?.id)
      for (const name of unseen) expect(listed, name).not.toContain(media[name]?.id)
    }
  })

  it.each([
    ...seenByReaders.map((name) => [name, true] as const),
    ...unseen.map((name) => [name, false] as const),
  ])('the file of %s and its sizes answer readers: %s', async (name, visible) => {
    for (const file of [media[name]?.filename, media[name]?.thumbnail]) {
      const answer = await fetchFile(file as string)
      if (visible) expect(answer, file).toBe(200)
      else expect([403, 404], file).toContain(answer)
    }
  })

  const fetchFile = async (filename: string) => {
    const { REST_GET } = await import('@/http/routes')
    const response = await REST_GET(cms.config)(
      new Request(`http://localhost:3000/api/media/file/${encodeURIComponent(filename)}`),
      { params: Promise.resolve({ slug: ['media', 'file', filename] }) },
    )
    await response.arrayBuffer()
    return response.status
  }

  it('an upload becomes visible when its article is published, and hidden again when unpublished', async () => {
    const id = media.draftHero?.id
    const publish = (status: 'published' | 'draft') =>
      cms.payload.update({
        collection: 'articles',
        id: draftArticle,
        data: { _status: status },
        user: ids.editor.user,
        context: quiet,
      })
    await publish('published')
    expect(await anonymousList()).toContain(id)
    await publish('draft')
    expect(await anonymousList()).not.toContain(id)
  })

  const setHero = (articleId: Id, heroImage: Id) =>
    cms.payload.update({
      collection: 'articles',
      id: articleId,
      data: { heroImage },
      user: ids.editor.user,
      context: quiet,
    })

  it('replacing a live article’s image shows the new one and hides the old one, unless shown elsewhere', async () => {
    const [first, second] = [await upload('firstHero'), await upload('secondHero')]
    const live = await article('published', { heroImage: first })
    expect(await anonymousList()).toContain(first)
    await setHero(live.id, second)
    const listed = await anonymousList()
    expect(listed).toContain(second)
    expect(listed).not.toContain(first)
    // Shown by a second live article, it stays visible when the first lets it go.
    await article('published', { heroImage: second })
    await setHero(live.id, first)
    expect(await anonymousList()).toEqual(expect.arrayContaining([first, second]))
  })

  const patch = (who: Identity, id: Id, data: Json, file?: Buffer) => {
    const init: RequestInit = file
      ? (() => {
          const form = new FormData()
          form.append('_payload', JSON.stringify(data))
          form.append('file', new Blob([new Uint8Array(file)], { type: 'image/png' }), 'swap.png')
          return { headers: who.headers, body: form }
        })()
      : {
          headers: { ...who.headers, 'content-type': 'application/json' },
          body: JSON.stringify(data),
        }
    return restCall(cms.config, `media/${id}?depth=0`, {
      ...init,
      method: 'PATCH',
      handler: REST_PATCH,
    })
  }
  const stored = (id: Id) => cms.payload.findByID({ collection: 'media', id, depth: 0 })

  it.each(['liveHero', 'authorPhoto', 'markedPublic'])(
    'a contributor cannot replace %s, by id or in bulk, nor change its text',
    async (name) => {
      const id = media[name]?.id as Id
      const before = await stored(id)
      const swapped = await patch(ids.contributor, id, { alt: 'Swapped' }, await png('#ff0000'))
      expect(swapped.status, JSON.stringify(swapped.body)).toBe(403)
      const text = await patch(ids.contributor, id, { alt: 'Swapped' })
      expect(text.status).toBe(403)
      await restCall(cms.config, `media?where[id][equals]=${id}`, {
        method: 'PATCH',
        handler: REST_PATCH,
        headers: { ...ids.contributor.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ alt: 'Bulk swapped' }),
      })
      expect(await stored(id)).toEqual(before)
    },
  )

  it('an editor may replace an image readers see', async () => {
    const id = media.liveHero?.id as Id
    const answer = await patch(
      ids.editor,
      id,
      { alt: 'Replaced by an editor' },
      await png('#00ff00'),
    )
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    expect((await stored(id)).alt).toBe('Replaced by an editor')
  })

  it('a contributor still changes an upload nobody reads yet, but cannot make it public', async () => {
    const id = media.unused?.id as Id
    const answer = await patch(ids.contributor, id, { alt: 'Better text', public: true })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    const after = await stored(id)
    expect(after.alt).toBe('Better text')
    expect(after.public).not.toBe(true)
    expect(await anonymousList()).not.toContain(id)
  })
})
