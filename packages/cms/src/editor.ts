import { LinkFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { TextFieldSingleValidation } from 'payload'
import { linkUrlProblem } from './links/linkUrl'
import { SafeLinksFeature } from './links/safeLinksFeature'

/** The link drawer's address field says at once what is wrong with an address. */
const validateUrl: TextFieldSingleValidation = (value, { siblingData }) => {
  if ((siblingData as { linkType?: string }).linkType === 'internal') return true
  return linkUrlProblem(value) ?? true
}

/**
 * The editor of every rich text field: Payload's default features, with link addresses held to
 * the reader site's rule on every save (see links/).
 */
export const editor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.map((feature) =>
      feature.key === 'link'
        ? LinkFeature({
            fields: ({ defaultFields }) =>
              defaultFields.map((field) =>
                field.name === 'url' && field.type === 'text' && !field.hasMany
                  ? { ...field, validate: validateUrl }
                  : field,
              ),
          })
        : feature,
    ),
    SafeLinksFeature(),
  ],
})
