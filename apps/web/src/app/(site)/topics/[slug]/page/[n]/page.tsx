import { TopicPage } from '@groundwork/ui'
import { showView } from '@/app/(site)/showView'
import { siteDeps } from '@/queries/deps'
import { getTopicView } from '@/queries/views/topicView'

type Props = { params: Promise<{ slug: string; n: string }> }

export const dynamic = 'force-static'

const Page = async ({ params }: Props) =>
  showView(await getTopicView(await siteDeps(), await params), (topic) => (
    <TopicPage topic={topic} />
  ))

export default Page
