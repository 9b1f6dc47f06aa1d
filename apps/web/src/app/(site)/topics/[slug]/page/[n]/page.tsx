import { TopicPage } from '@groundwork/ui'
import { notFoundBriefly } from '@/freshness/notFoundBriefly'
import { siteDeps } from '@/queries/deps'
import { parsePageParam } from '@/queries/pageParam'
import { getTopicPage } from '@/queries/topic'

type Props = { params: Promise<{ slug: string; n: string }> }

export const dynamic = 'force-static'

const Page = async ({ params }: Props) => {
  const { slug, n } = await params
  const page = parsePageParam(n)
  const topic = page ? await getTopicPage(await siteDeps(), slug, page) : null
  if (!topic) return notFoundBriefly()
  return <TopicPage topic={topic} />
}

export default Page
