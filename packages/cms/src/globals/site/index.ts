import type { GlobalConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { editors } from '../../access/editors'
import { DEFAULT_REVIEW_PERIOD_MONTHS } from '../../collections/articles/medicalReview'
import type { OnContentChange } from '../../content-change'
import { callToActionField } from '../../fields/callToAction'
import { guardGlobalInput } from '../../guards/guardInput'
import { reportGlobalChange } from '../../hooks/reportChange'
import { rescheduleReviews } from './rescheduleReviews'

/** Site-wide settings every reader page shows. */
export const site = (onContentChange: OnContentChange): GlobalConfig => ({
  slug: 'site',
  access: { read: anyone, update: editors },
  hooks: {
    beforeOperation: [guardGlobalInput],
    afterChange: [rescheduleReviews, ...reportGlobalChange(onContentChange)],
  },
  fields: [
    { name: 'name', type: 'text', required: true, defaultValue: 'Groundwork' },
    callToActionField('Shown under every article that has no call to action of its own.'),
    {
      name: 'cookieNotice',
      type: 'group',
      fields: [
        {
          name: 'text',
          type: 'textarea',
          required: true,
          defaultValue: 'This site uses cookies to improve your experience.',
        },
        { name: 'policyLabel', type: 'text', defaultValue: 'Cookie policy' },
        { name: 'policyUrl', type: 'text' },
      ],
    },
    {
      name: 'reviewPeriodMonths',
      label: 'Medical review period (months)',
      type: 'number',
      required: true,
      defaultValue: DEFAULT_REVIEW_PERIOD_MONTHS,
      min: 1,
      max: 60,
      admin: {
        description: 'A reviewed article is due for its next review after this many months.',
      },
    },
    {
      name: 'defaultDisclaimer',
      type: 'relationship',
      relationTo: 'disclaimers',
      admin: { description: 'Shown under every article that names no disclaimer of its own.' },
    },
  ],
})
