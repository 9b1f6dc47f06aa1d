import { demoContent } from '@groundwork/cms/seed'

const { articles, authors, disclaimers } = demoContent

/** What the demo seed put in the database: the e2e suite's expectations come from here. */
export const seededArticle = (key: string) => {
  const article = articles.find((candidate) => candidate.key === key)
  if (!article) throw new Error(`No seeded article "${key}"`)
  return {
    ...article,
    h2s: article.body.flatMap((block) => ('h2' in block ? [block.h2] : [])),
    authorNames: article.authors.map((k) => authors.find((a) => a.key === k)?.name ?? k),
  }
}

export const seededTitle = (key: string) => seededArticle(key).title
export const isPublished = (key: string) => seededArticle(key).status !== 'draft'
export const defaultDisclaimerText = () =>
  disclaimers.find((disclaimer) => disclaimer.isDefault)?.paragraphs[0] ?? ''
