import type { GlobalConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { editors } from '../../access/editors'
import { DEFAULT_REVIEW_PERIOD_MONTHS } from '../../collections/articles/medicalReview'
import type { OnContentChange } from '../../contentChange'
import { callToActionField } from '../../fields/callToAction'
import { guardGlobalInput } from '../../guards/guardInput'
import { reportGlobalChange } from '../../hooks/reportChange'
import { linkUrlChecks } from '../../links/linkUrlField'
import { rescheduleReviews } from './rescheduleReviews'

/** Long enough for two sentences; search engines cut a description at about 155 characters. */
export const SITE_DESCRIPTION_MAX = 300

export const DEFAULT_SITE_DESCRIPTION =
  'Clear, clinically reviewed articles about addiction, recovery and mental health, for the people living it and those who care for them.'

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
    {
      name: 'description',
      type: 'textarea',
      required: true,
      maxLength: SITE_DESCRIPTION_MAX,
      defaultValue: DEFAULT_SITE_DESCRIPTION,
      admin: {
        description:
          'What the site offers, in a sentence. Search engines and link previews show it under the home page’s title; the feed describes itself with it. About 150 characters reads best.',
      },
    },
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
        { name: 'policyUrl', type: 'text', ...linkUrlChecks },
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
