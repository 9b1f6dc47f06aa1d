import type { GroupField } from 'payload'
import { linkUrlChecks } from '../links/linkUrlField'

/** A heading, a line of text and a link: used by the site default and by articles that override it. */
export const callToActionField = (description: string): GroupField => ({
  name: 'callToAction',
  type: 'group',
  admin: { description },
  fields: [
    { name: 'heading', type: 'text' },
    { name: 'text', type: 'textarea' },
    { name: 'linkLabel', type: 'text' },
    { name: 'linkUrl', type: 'text', ...linkUrlChecks },
  ],
})
