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
 * One refresh of a page (in one encoding) at a time. A bulk publish of 50 articles asks for the
 * home page 50 times within a moment; those asks share one refresh that starts after them.
 */
const refreshPage = coalescePerKey(
  ({ url, encoding }: PageRefresh) => `${encoding} ${url}`,
  async ({ url, token, encoding }: PageRefresh) => {
    const response = await fetch(url, {
      headers: { [REFRESH_HEADER]: token, 'accept-encoding': encoding },
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    })
    await response.arrayBuffer()
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
