import { TopicPage } from '@groundwork/ui'
import type { Metadata } from 'next'
import { metadataOf, showView } from '@/app/(site)/showView'
import { pageMetadata } from '@/metadata/pageMetadata'
import { siteDeps } from '@/queries/deps'
import { getTopicView } from '@/queries/views/topicView'

type Props = { params: Promise<{ slug: string }> }

export const dynamic = 'force-static'

const load = async ({ params }: Props) => getTopicView(await siteDeps(), await params)

export const generateMetadata = async (props: Props): Promise<Metadata> =>
  metadataOf(await load(props), (topic) =>
    pageMetadata({
      title: topic.name,
      description: topic.description,
      path: `/topics/${topic.slug}`,
    }),
  )

const Page = async (props: Props) =>
  showView(await load(props), (topic) => <TopicPage topic={topic} />)

export default Page
