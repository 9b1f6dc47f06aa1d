import type { ContentChange } from '@groundwork/cms'
import { parseEnv } from '../runtime/env'
import { coalescePerKey } from './coalescePerKey'
import { pagesShowing } from './readerPages'

/** The header the proxy (deploy/nginx) trusts to fetch a page anew, when it carries its token. */
const REFRESH_HEADER = 'x-groundwork-refresh'

// The proxy stores one copy for browsers that take gzip and one for those that do not.
const encodings = ['gzip', 'identity']

type PageRefresh = { url: URL; token: string; encoding: string }

/**
 * A refresh answered from an instance's cache (`x-nextjs-cache: HIT`) may be the page from before
 * the change: with a shared cache, the expiry can reach the instance the proxy asked a moment
 * after the refresh does, and the proxy would then keep the old page for its second. Such a
 * refresh is repeated a few times, a moment apart; a render (MISS) or a page not cached ends it.
 */
const HIT_RETRIES = 4
const HIT_RETRY_MS = 150

/**
 * One refresh of a page (in one encoding) at a time. A bulk publish of 50 articles asks for the
 * home page 50 times within a moment; those asks share one refresh that starts after them.
 */
const refreshPage = coalescePerKey(
  ({ url, encoding }: PageRefresh) => `${encoding} ${url}`,
  async ({ url, token, encoding }: PageRefresh) => {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(url, {
        headers: { [REFRESH_HEADER]: token, 'accept-encoding': encoding },
        redirect: 'manual',
        signal: AbortSignal.timeout(10_000),
      })
      await response.arrayBuffer()
      if (response.headers.get('x-nextjs-cache') !== 'HIT' || attempt >= HIT_RETRIES) return
      await new Promise((resolve) => setTimeout(resolve, HIT_RETRY_MS))
    }
  },
)

/**
 * Asks every production proxy to fetch the pages showing `change` now, so readers behind them see
 * the change as soon as readers of the app do. Does nothing without PROXY_REFRESH_URL. A failed
 * refresh only costs the proxy's one second, so it is logged, never thrown.
 */
export const refreshProxy = async (change: ContentChange) => {
  const { PROXY_REFRESH_URL, PROXY_REFRESH_TOKEN } = parseEnv(process.env)
  if (!PROXY_REFRESH_TOKEN) return
  const refreshes = PROXY_REFRESH_URL.flatMap((proxy) =>
    pagesShowing(change).flatMap((path) =>
      encodings.map((encoding) =>
        refreshPage({ url: new URL(path, proxy), token: PROXY_REFRESH_TOKEN, encoding }),
      ),
    ),
  )
  for (const result of await Promise.allSettled(refreshes)) {
    if (result.status === 'rejected') {
      console.error('the proxy was not refreshed; it catches up within a second', result.reason)
    }
  }
}
