import { describe, expect, it } from 'vitest'
import { bodyImageIds, withBodyImages } from '@/queries/bodyImages'

const upload = (value: unknown) => ({ type: 'upload', relationTo: 'media', value })
const body = {
  root: {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Intro' }] },
      upload(3),
      { type: 'quote', children: [upload({ id: 5 })] },
      upload(3),
    ],
  },
}

describe('images in an article body', () => {
  it('are found by media id, each once, at any depth', () => {
    expect(bodyImageIds(body)).toEqual([3, 5])
    expect(bodyImageIds(null)).toEqual([])
  })

  it('get the reader image in place of the id; one whose media is gone is dropped', () => {
    const image = { url: '/api/media/file/a.jpg', alt: 'A', width: 10, height: 10 }
    const result = withBodyImages(
      body,
      new Map([
        [3, image],
        [5, null],
      ]),
    )
    expect(result.root.children).toEqual([
      body.root.children[0],
      { ...upload(3), value: image },
      { type: 'quote', children: [] },
      { ...upload(3), value: image },
    ])
    expect(body.root.children[1]).toEqual(upload(3))
  })
})
