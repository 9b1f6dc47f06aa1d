import { SearchPage } from '@groundwork/ui'
import type { Metadata } from 'next'
import { siteDeps } from '@/queries/deps'
import { getSearchPage } from '@/queries/search'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// Results depend on the query string, so the page renders per request and stores nothing (a
// made-up query must not add to the disk). Declared, so that the build does not try to prerender
// it (and read the database) before it finds out.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Search', robots: { index: false } }

const Page = async ({ searchParams }: Props) => (
  <SearchPage model={await getSearchPage(await siteDeps(), (await searchParams).q)} />
)

export default Page
