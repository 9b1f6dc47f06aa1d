import { publishToLive } from '../load/publishToLive'
import type { AdminApi } from '../production/staffSession'
import { median } from '../report/table'

/**
 * Publishes `tries` title changes to one article and polls its page at `siteUrl` after each:
 * the milliseconds until a reader sees the change (p50 and max). A change never seen fails.
 */
export const measurePublishToLive = async ({
  api,
  article,
  siteUrl,
  tries,
  label,
}: {
  api: AdminApi
  article: { id: number; slug: string; title: string }
  siteUrl: string
  tries: number
  label: string
}) => {
  const pageUrl = `${siteUrl}/articles/${article.slug}`
  await fetch(pageUrl) // the page is cached before the first change, as in real life
  const times: number[] = []
  for (let i = 1; i <= tries; i++) {
    // Editors publish at any moment; the proxy refreshes a page on a whole-second clock. Without
    // a random pause every try would start right after a refresh, its worst moment.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 2000))
    const title = `${article.title} (${label} ${i})`
    const ms = await publishToLive({ api, articleId: article.id, pageUrl, title })
    if (ms === null) throw new Error(`${label}: publish ${i} never reached ${pageUrl}`)
    times.push(ms)
    await fetch(pageUrl)
  }
  return { p50Ms: median(times), maxMs: Math.max(...times) }
}
