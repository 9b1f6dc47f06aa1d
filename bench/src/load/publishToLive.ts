import type { AdminApi } from '../production/staffSession'

/**
 * Publishes a new title for an article over REST, then polls its page until a reader sees it.
 * Returns the milliseconds from sending the publish to the first page showing it, or `null`
 * when the page still showed the old title after `giveUpMs`.
 */
export const publishToLive = async ({
  api,
  articleId,
  pageUrl,
  title,
  giveUpMs = 15_000,
  pollEveryMs = 50,
}: {
  api: AdminApi
  articleId: number
  pageUrl: string
  title: string
  giveUpMs?: number
  pollEveryMs?: number
}): Promise<number | null> => {
  const started = performance.now()
  await api('PATCH', `articles/${articleId}`, { title })
  while (performance.now() - started < giveUpMs) {
    const html = await (await fetch(pageUrl)).text()
    if (html.includes(title)) return performance.now() - started
    await new Promise((resolve) => setTimeout(resolve, pollEveryMs))
  }
  return null
}
