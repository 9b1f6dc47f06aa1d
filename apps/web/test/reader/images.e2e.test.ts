import { describe, expect, inject, it } from 'vitest'
import { staffToken } from '../support/e2e/staff'
import { uploadPng } from '../support/e2e/uploads'

/** Images reach readers through Next's optimiser, with their alt text, from our own origin. */
describe('images on reader pages', () => {
  const baseUrl = inject('baseUrl')

  it('serves an article hero and an author photo through next/image', async () => {
    const token = await staffToken(baseUrl)
    const auth = { authorization: `JWT ${token}` }
    const media = await uploadPng(baseUrl, token, {
      alt: 'A calm lake at dawn',
      name: 'lake',
    })

    const json = { ...auth, 'content-type': 'application/json' }
    const find = async (collection: string, slug: string) =>
      (
        await (
          await fetch(`${baseUrl}/api/${collection}?where[slug][equals]=${slug}&depth=0`)
        ).json()
      ).docs[0] as { id: number }
    const article = await find('articles', 'sleep-in-early-recovery')
    const author = await find('authors', 'elias-brandt')
    const patch = (path: string, body: unknown) =>
      fetch(`${baseUrl}/api/${path}`, {
        method: 'PATCH',
        headers: json,
        body: JSON.stringify(body),
      })
    await patch(`articles/${article.id}`, { heroImage: media.id, _status: 'published' })
    await patch(`authors/${author.id}`, { photo: media.id })
    try {
      const html = await (await fetch(`${baseUrl}/articles/sleep-in-early-recovery`)).text()
      const images = [...html.matchAll(/<img[^>]*alt="A calm lake at dawn"[^>]*>/g)].map(
        (m) => m[0],
      )
      expect(images).toHaveLength(2)
      for (const tag of images) expect(tag).toMatch(/srcSet="\/_next\/image\?url=/)
      const src = images[0]?.match(/src="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&') ?? ''
      const optimised = await fetch(`${baseUrl}${src}`, { headers: { accept: 'image/webp' } })
      expect(optimised.status, `${src}: ${await optimised.clone().text()}`).toBe(200)
      expect(optimised.headers.get('content-type')).toMatch(/^image\//)
    } finally {
      await patch(`articles/${article.id}`, { heroImage: null, _status: 'published' })
      await patch(`authors/${author.id}`, { photo: null })
      await fetch(`${baseUrl}/api/media/${media.id}`, { method: 'DELETE', headers: auth })
    }
  })
})
