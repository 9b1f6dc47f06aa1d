/**
 * schema.org structured data (JSON-LD) as plain objects. Inputs are loose on purpose: the article
 * page's view model fits `ArticleJsonLdInput` as it is, and fields the CMS does not have yet
 * (updatedAt, reviewer, review date) are optional and left out when missing. Not named
 * `jsonLd.ts`: beside `JsonLd.tsx` the two would collide on case-insensitive disks.
 */
export type JsonLdObject = { '@context'?: string; '@type': string; [key: string]: unknown }

export type JsonLdPersonInput = {
  name: string
  jobTitle?: string | null
  url?: string | null
  sameAs?: readonly string[] | null
}

export type ArticleJsonLdInput = {
  title: string
  excerpt?: string | null
  publishedAt: string
  updatedAt?: string | null
  authors: readonly JsonLdPersonInput[]
}

const context = 'https://schema.org'

export const personJsonLd = (person: JsonLdPersonInput): JsonLdObject => ({
  '@type': 'Person',
  name: person.name,
  ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
  ...(person.url ? { url: person.url } : {}),
  ...(person.sameAs?.length ? { sameAs: [...person.sameAs] } : {}),
})

export const articleJsonLd = (
  article: ArticleJsonLdInput,
  { siteName, url, imageUrl }: { siteName: string; url: string; imageUrl?: string | null },
): JsonLdObject => ({
  '@context': context,
  '@type': 'Article',
  headline: article.title,
  ...(article.excerpt ? { description: article.excerpt } : {}),
  datePublished: article.publishedAt,
  dateModified: article.updatedAt ?? article.publishedAt,
  author: article.authors.map(personJsonLd),
  publisher: { '@type': 'Organization', name: siteName },
  ...(imageUrl ? { image: [imageUrl] } : {}),
  mainEntityOfPage: { '@type': 'WebPage', '@id': url },
  url,
})

export const breadcrumbJsonLd = (
  crumbs: readonly { name: string; url: string }[],
): JsonLdObject => ({
  '@context': context,
  '@type': 'BreadcrumbList',
  itemListElement: crumbs.map((crumb, i) => ({
    '@type': 'ListItem',
    position: i + 1,
    name: crumb.name,
    item: crumb.url,
  })),
})

export type MedicalWebPageInput = {
  name: string
  url: string
  description?: string | null
  datePublished?: string | null
  dateModified?: string | null
  /** Both or neither: a review is claimed only with who reviewed it and when. */
  reviewedBy?: JsonLdPersonInput | null
  lastReviewed?: string | null
}

export const medicalWebPageJsonLd = (page: MedicalWebPageInput): JsonLdObject => ({
  '@context': context,
  '@type': 'MedicalWebPage',
  name: page.name,
  url: page.url,
  ...(page.description ? { description: page.description } : {}),
  ...(page.datePublished ? { datePublished: page.datePublished } : {}),
  ...(page.dateModified ? { dateModified: page.dateModified } : {}),
  ...(page.reviewedBy && page.lastReviewed
    ? { reviewedBy: personJsonLd(page.reviewedBy), lastReviewed: page.lastReviewed }
    : {}),
})
