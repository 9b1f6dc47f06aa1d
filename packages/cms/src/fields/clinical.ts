import type { CheckboxField } from 'payload'

/** Marks clinical content: such articles go live only with a medical review (see medicalReview.ts). */
export const clinicalField = (description: string): CheckboxField => ({
  name: 'clinical',
  type: 'checkbox',
  defaultValue: false,
  admin: { position: 'sidebar', description },
})
