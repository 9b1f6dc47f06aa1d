import { AuthorPage } from '@groundwork/ui'
import type { Metadata } from 'next'
import { renderNextImage } from '@/app/(site)/renderNextImage'
import { metadataOf, showView } from '@/app/(site)/showView'
import { pageMetadata } from '@/metadata/pageMetadata'
import { siteDeps } from '@/queries/deps'
import { getAuthorView } from '@/queries/views/authorView'

type Props = { params: Promise<{ slug: string }> }

export const dynamic = 'force-static'

const load = async ({ params }: Props) => getAuthorView(await siteDeps(), await params)

export const generateMetadata = async (props: Props): Promise<Metadata> =>
  metadataOf(await load(props), ({ author }) =>
    pageMetadata({
      title: author.name,
      description: author.jobTitle,
      path: `/authors/${author.slug}`,
      type: 'website',
    }),
  )

const Page = async (props: Props) =>
  showView(await load(props), (model) => <AuthorPage model={model} renderImage={renderNextImage} />)

export default Page
