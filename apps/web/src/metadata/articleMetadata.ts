import {
  type ArticlePageModel,
  articleJsonLd,
  breadcrumbJsonLd,
  type JsonLdObject,
  medicalWebPageJsonLd,
} from '@groundwork/ui'
import type { Metadata } from 'next'
import { absoluteUrl, pageMetadata } from './pageMetadata'

/** What crawlers and link previews learn about an article: meta tags and JSON-LD. */
export const articleMetadata = (article: ArticlePageModel, siteName: string): Metadata =>
  pageMetadata({
    title: article.meta.title,
    description: article.meta.description,
    path: `/articles/${article.slug}`,
    type: 'article',
    siteName,
    publishedTime: article.publishedAt,
    modifiedTime: article.updatedAt,
    authors: article.authors.map((author) => absoluteUrl(`/authors/${author.slug}`)),
    image: article.meta.image ?? {
      url: `/articles/${article.slug}/share-image`,
      width: 1200,
      height: 630,
      alt: article.title,
    },
  })

export const articleStructuredData = (
  article: ArticlePageModel,
  siteName: string,
): JsonLdObject[] => {
  const url = absoluteUrl(`/articles/${article.slug}`)
  const authors = article.authors.map((author) => ({
    ...author,
    url: absoluteUrl(`/authors/${author.slug}`),
  }))
  return [
    articleJsonLd(
      { ...article, authors },
      {
        siteName,
        url,
        imageUrl: article.heroImage ? absoluteUrl(article.heroImage.url) : null,
      },
    ),
    breadcrumbJsonLd([
      { name: 'Home', url: absoluteUrl('/') },
      { name: 'Articles', url: absoluteUrl('/articles') },
      { name: article.title, url },
    ]),
    // Search engines weigh who checked a health page and when.
    ...(article.medicalReview
      ? [
          medicalWebPageJsonLd({
            name: article.title,
            url,
            description: article.excerpt,
            datePublished: article.publishedAt,
            dateModified: article.updatedAt,
            reviewedBy: {
              name: article.medicalReview.reviewer.name,
              jobTitle: article.medicalReview.reviewer.credentials,
              url: absoluteUrl(`/authors/${article.medicalReview.reviewer.slug}`),
            },
            lastReviewed: article.medicalReview.reviewedAt,
          }),
        ]
      : []),
  ]
}
