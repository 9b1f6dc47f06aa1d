import { TopicPage } from '@groundwork/ui'
import type { Metadata } from 'next'
import { notFoundBriefly } from '@/freshness/notFoundBriefly'
import { pageMetadata } from '@/metadata/pageMetadata'
import { siteDeps } from '@/queries/deps'
import { getTopicPage } from '@/queries/topic'

type Props = { params: Promise<{ slug: string }> }

export const dynamic = 'force-static'

const load = async ({ params }: Props) => getTopicPage(await siteDeps(), (await params).slug)

export const generateMetadata = async (props: Props): Promise<Metadata> => {
  const topic = await load(props)
  return topic
    ? pageMetadata({
        title: topic.name,
        description: topic.description,
        path: `/topics/${topic.slug}`,
      })
    : {}
}

const Page = async (props: Props) => {
  const topic = await load(props)
  if (!topic) return notFoundBriefly()
  return <TopicPage topic={topic} />
}

export default Page
