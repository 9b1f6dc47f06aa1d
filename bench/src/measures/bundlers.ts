import { startAppProcess } from '@groundwork/web/scripts'
import type { Row } from '../report/results'
import { kilobytes } from '../report/table'
import { measurePageJavaScript, type PageJavaScript } from './pageJavaScript'

const bundlers = ['turbopack', 'webpack'] as const
type Bundler = (typeof bundlers)[number]

/**
 * The same app built by each production bundler Next 16 offers, started as `npm start` does,
 * and the JavaScript a modern browser loads for the article page and the empty page of each.
 */
export const compareBundlers = async () => {
  const measured = {} as Record<Bundler, { article: PageJavaScript; empty: PageJavaScript }>
  for (const bundler of bundlers) {
    console.log(`\n▸ Building and starting with ${bundler}…`)
    const app = await startAppProcess({
      name: `bench-${bundler}`,
      env: { GROUNDWORK_BENCH_PAGES: '1', NEXT_BUNDLER: bundler },
    })
    try {
      const origin = app.baseUrl.replace('localhost', '127.0.0.1')
      const { docs } = (await (
        await fetch(`${origin}/api/articles?limit=1&depth=0&sort=-publishedAt`)
      ).json()) as { docs: Array<{ slug: string }> }
      measured[bundler] = {
        article: await measurePageJavaScript(`${origin}/articles/${docs[0]?.slug}`),
        empty: await measurePageJavaScript(`${origin}/bench/empty`),
      }
    } finally {
      await app.stop()
    }
  }
  const smaller = bundlers.reduce((best, next) =>
    measured[next].article.gzipBytes < measured[best].article.gzipBytes ? next : best,
  )
  const rows: Row[] = bundlers.flatMap((bundler) => [
    {
      measure: `${bundler}: article page JavaScript (gzip / raw)`,
      value: `${kilobytes(measured[bundler].article.gzipBytes)} / ${kilobytes(measured[bundler].article.rawBytes)}`,
      target: bundler === 'turbopack' ? 'ship the smaller' : '',
      met: bundler === 'turbopack' ? smaller === 'turbopack' : null,
    },
    {
      measure: `${bundler}: empty page JavaScript (gzip / raw)`,
      value: `${kilobytes(measured[bundler].empty.gzipBytes)} / ${kilobytes(measured[bundler].empty.rawBytes)}`,
      target: '',
      met: null,
    },
  ])
  return { rows, raw: measured }
}
