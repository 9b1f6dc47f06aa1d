import {
  type CollectionBeforeChangeHook,
  type Field,
  type PayloadRequest,
  ValidationError,
} from 'payload'
import { editorsField } from '../../access/editors'
import { clinicalField } from '../../fields/clinical'
import { idsOf } from '../../relations'

export const DEFAULT_REVIEW_PERIOD_MONTHS = 12

/**
 * Who medically reviewed an article and when. Health publishers show this under the byline;
 * a clinical article (marked itself, or in a clinical topic) cannot go live without it.
 * Recording a review is an editor's call: a contributor's values are dropped on every surface
 * (and the admin shows them the fields read-only), so nobody signs off their own work.
 */
const recordedByEditors = { create: editorsField, update: editorsField }

export const medicalReviewFields: Field[] = [
  clinicalField(
    'Clinical content needs a medical reviewer and a review date before it is published. Articles in a clinical topic are clinical too.',
  ),
  {
    name: 'medicalReviewer',
    type: 'relationship',
    relationTo: 'authors',
    // Only people with credentials (e.g. "LCSW", "MD") can review.
    filterOptions: { credentials: { exists: true } },
    access: recordedByEditors,
    admin: { position: 'sidebar', description: 'An author with credentials.' },
  },
  {
    name: 'lastReviewedAt',
    label: 'Last reviewed',
    type: 'date',
    access: recordedByEditors,
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
  },
  {
    name: 'reviewDueAt',
    label: 'Review due',
    type: 'date',
    index: true,
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: 'Last reviewed + the review period set in Site settings.',
      date: { pickerAppearance: 'dayOnly' },
    },
  },
]

/** Calendar months in UTC, stopping at the month's last day (31 Aug + 6 = 28 Feb), as Postgres does. */
export const addMonths = (iso: string, months: number): string => {
  const date = new Date(iso)
  const day = date.getUTCDate()
  date.setUTCDate(1)
  date.setUTCMonth(date.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate()
  date.setUTCDate(Math.min(day, lastDay))
  return date.toISOString()
}

export const reviewPeriodMonths = async (req: PayloadRequest): Promise<number> => {
  const site = await req.payload.findGlobal({
    slug: 'site',
    select: { reviewPeriodMonths: true },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return site.reviewPeriodMonths ?? DEFAULT_REVIEW_PERIOD_MONTHS
}

/** Keeps "review due" in step with the review date; the site setting may change it later. */
export const stampReviewDue: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (!('lastReviewedAt' in data)) return data
  const reviewed = data.lastReviewedAt
  // Autosave sends every field each time: read the site's period only when the date moved.
  if (originalDoc && reviewed === originalDoc.lastReviewedAt && 'reviewDueAt' in originalDoc) {
    return { ...data, reviewDueAt: originalDoc.reviewDueAt }
  }
  const reviewDueAt =
    typeof reviewed === 'string' && reviewed
      ? addMonths(reviewed, await reviewPeriodMonths(req))
      : null
  return { ...data, reviewDueAt }
}

const inClinicalTopic = async (topics: unknown, req: PayloadRequest) => {
  const ids = idsOf(topics)
  if (ids.length === 0) return false
  const { totalDocs } = await req.payload.count({
    collection: 'topics',
    where: { and: [{ id: { in: ids } }, { clinical: { equals: true } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** A clinical article goes live only with a reviewer and a review date; the admin says which is missing. */
export const requireMedicalReview: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (data._status !== 'published') return data
  const merged = { ...originalDoc, ...data }
  const clinical = merged.clinical === true || (await inClinicalTopic(merged.topics, req))
  if (!clinical) return data
  const errors = [
    !merged.medicalReviewer && {
      path: 'medicalReviewer',
      message: 'A clinical article needs a medical reviewer before it is published.',
    },
    !merged.lastReviewedAt && {
      path: 'lastReviewedAt',
      message:
        'A clinical article needs the date of its last medical review before it is published.',
    },
  ].filter((error): error is { path: string; message: string } => Boolean(error))
  if (errors.length > 0) throw new ValidationError({ collection: 'articles', errors, req })
  return data
}
