import { splitFrontMatter } from './frontMatter'
import { markdownImages } from './markdownImages'
import { markdownPlainText, sameText } from './plainText'
import { type ArticleSource, isBlank } from './source'

/** `# Title`, closing hashes allowed. */
const MAIN_HEADING = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/
const FENCE = /^ {0,3}(?:```|~~~)/

/** The first main heading outside code fences: its line and its plain text. */
const firstMainHeading = (lines: string[]) => {
  let fenced = false
  for (const [index, line] of lines.entries()) {
    if (FENCE.test(line)) fenced = !fenced
    const match = fenced ? null : line.match(MAIN_HEADING)
    if (match) return { index, text: markdownPlainText(match[1] ?? '') }
  }
  return undefined
}

/**
 * A Markdown file. Without a front matter title, the first `# Heading` is the title; that
 * heading leaves the body either way when it repeats the title (the page shows the title once).
 */
export const readMarkdown = (text: string): ArticleSource => {
  const { data, body } = splitFrontMatter(text)
  const lines = body.split(/\r?\n/)
  const heading = firstMainHeading(lines)
  const title = isBlank(data.title) ? heading?.text : data.title
  const repeated = heading && typeof title === 'string' && sameText(heading.text, title)
  const markdown = (repeated ? lines.filter((_, index) => index !== heading.index) : lines).join(
    '\n',
  )
  return {
    format: 'markdown',
    meta: { ...data, title },
    body: markdown,
    images: markdownImages(markdown),
  }
}
