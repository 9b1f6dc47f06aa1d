import { JSDOM } from 'jsdom'
import { splitFrontMatter } from './frontMatter'
import { htmlImageRef } from './htmlImages'
import { sameText, squash } from './plainText'
import { type ArticleSource, isBlank } from './source'

/** Never article text, whatever page it sits in. */
const NOT_CONTENT = 'script, style, noscript, template'

const metaContent = (document: Document, name: string) =>
  document.querySelector(`meta[name="${name}" i]`)?.getAttribute('content')?.trim() || undefined

/**
 * Pages add the site's name to `<title>` ("Why groups help | Groundwork"); a main heading the
 * page title contains is the cleaner title.
 */
const pageTitle = (document: Document, heading: string | undefined) => {
  const title = squash(document.title) || undefined
  if (heading && title?.toLowerCase().includes(heading.toLowerCase())) return heading
  return title ?? heading
}

/**
 * An HTML file (a whole page or a fragment, front matter allowed). The body is the page's
 * `<article>`, else its `<main>`, else `<body>`. Without a front matter title, the title comes
 * from `<title>` or the first `<h1>`; that heading leaves the body when it repeats the title.
 * `<meta name="author">` and `<meta name="description">` stand in for `author` and `excerpt`.
 */
export const readHtml = (text: string): ArticleSource => {
  const { data, body } = splitFrontMatter(text)
  const { document } = new JSDOM(body).window
  const content =
    document.querySelector('article') ?? document.querySelector('main') ?? document.body
  for (const node of content.querySelectorAll(NOT_CONTENT)) node.remove()

  const heading = content.querySelector('h1')
  const headingText = squash(heading?.textContent ?? '') || undefined
  const title = isBlank(data.title) ? pageTitle(document, headingText) : data.title
  if (heading && headingText && typeof title === 'string' && sameText(headingText, title)) {
    heading.remove()
  }
  return {
    format: 'html',
    meta: {
      author: metaContent(document, 'author'),
      excerpt: metaContent(document, 'description'),
      ...data,
      title,
    },
    body: content.innerHTML,
    images: [...content.querySelectorAll('img')].map(htmlImageRef),
  }
}
