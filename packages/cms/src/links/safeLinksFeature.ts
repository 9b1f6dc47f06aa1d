import { createServerFeature } from '@payloadcms/richtext-lexical'
import type { RichTextHooks } from 'payload'
import { linkUrlProblem } from './linkUrl'
import { refuseLink } from './refuseLink'
import { addressLinksIn } from './richTextLinks'

type BeforeChange = NonNullable<RichTextHooks['beforeChange']>[number]

/** Every save of every rich text field, drafts and bulk updates included (see refuseLink). */
const refuseUnsafeLinks: BeforeChange = ({ collection, global, path, req, value }) => {
  for (const link of addressLinksIn(value)) {
    const problem = linkUrlProblem(link.fields?.url)
    if (problem) refuseLink(problem, { collection, global, path, req })
  }
  return value
}

export const SafeLinksFeature = createServerFeature({
  key: 'safeLinks',
  feature: { hooks: { beforeChange: [refuseUnsafeLinks] } },
})
