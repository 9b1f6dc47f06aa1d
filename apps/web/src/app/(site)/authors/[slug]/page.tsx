import { AuthorPage } from '@groundwork/ui'
import type { Metadata } from 'next'
import { renderNextImage } from '@/app/(site)/renderNextImage'
import { notFoundBriefly } from '@/freshness/notFoundBriefly'
import { pageMetadata } from '@/metadata/pageMetadata'
import { getAuthorPage } from '@/queries/author'
import { siteDeps } from '@/queries/deps'

type Props = { params: Promise<{ slug: string }> }

export const dynamic = 'force-static'

const load = async ({ params }: Props) => getAuthorPage(await siteDeps(), (await params).slug)

export const generateMetadata = async (props: Props): Promise<Metadata> => {
  const model = await load(props)
  return model
    ? pageMetadata({
        title: model.author.name,
        description: model.author.jobTitle,
        path: `/authors/${model.author.slug}`,
        type: 'website',
      })
    : {}
}

const Page = async (props: Props) => {
  const model = await load(props)
  if (!model) return notFoundBriefly()
  return <AuthorPage model={model} renderImage={renderNextImage} />
}

export default Page
