import { afterEach, describe, expect, it, vi } from 'vitest'
import { absoluteUrl, pageMetadata } from '@/metadata/pageMetadata'

const origin = 'https://groundwork.example'

describe('pageMetadata', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('gives an article an absolute canonical URL, article Open Graph and a large card', () => {
    const metadata = pageMetadata(
      {
        title: 'Sleep in early recovery',
        description: 'Why rest matters.',
        path: '/articles/sleep-in-early-recovery',
        type: 'article',
        siteName: 'Groundwork',
        image: { url: '/api/media/file/sleep.jpg', width: 1600, height: 900, alt: 'A bedroom' },
        publishedTime: '2025-06-03T09:00:00.000Z',
        modifiedTime: '2025-06-04T09:00:00.000Z',
        authors: ['Elias Brandt'],
      },
      origin,
    )
    const url = 'https://groundwork.example/articles/sleep-in-early-recovery'
    expect(metadata.alternates?.canonical).toBe(url)
    expect(metadata.metadataBase?.toString()).toBe('https://groundwork.example/')
    expect(metadata.openGraph).toEqual({
      type: 'article',
      title: 'Sleep in early recovery',
      description: 'Why rest matters.',
      url,
      siteName: 'Groundwork',
      images: [
        {
          url: 'https://groundwork.example/api/media/file/sleep.jpg',
          width: 1600,
          height: 900,
          alt: 'A bedroom',
        },
      ],
      publishedTime: '2025-06-03T09:00:00.000Z',
      modifiedTime: '2025-06-04T09:00:00.000Z',
      authors: ['Elias Brandt'],
    })
    expect(metadata.twitter).toEqual({
      card: 'summary_large_image',
      title: 'Sleep in early recovery',
      description: 'Why rest matters.',
      images: ['https://groundwork.example/api/media/file/sleep.jpg'],
    })
  })

  it('makes other pages websites and leaves the image to the route when none is given', () => {
    const metadata = pageMetadata({ title: 'Groundwork', path: '/' }, origin)
    expect(metadata.alternates?.canonical).toBe('https://groundwork.example/')
    const openGraph = metadata.openGraph as Record<string, unknown>
    expect(openGraph.type).toBe('website')
    expect(openGraph.images).toBeUndefined()
    expect(openGraph).not.toHaveProperty('publishedTime')
  })

  it('takes the origin from SERVER_URL by default', () => {
    vi.stubEnv('DATABASE_URL', 'postgres://user:pass@127.0.0.1:5432/groundwork')
    vi.stubEnv('PAYLOAD_SECRET', 'a'.repeat(32))
    vi.stubEnv('SERVER_URL', 'https://recovery.example.org')
    const metadata = pageMetadata({ title: 'Topics', path: '/topics/treatment' })
    expect(metadata.alternates?.canonical).toBe('https://recovery.example.org/topics/treatment')
    expect(absoluteUrl('/feed.xml')).toBe('https://recovery.example.org/feed.xml')
  })
})
