/**
 * Lexical's Markdown import reads line by line and differs from CommonMark in two places that
 * lose content; this rewrites the Markdown so that nothing is lost:
 * - the lines of one quote paragraph are glued together without a space ("helpsus"), so they are
 *   joined into one line first; a bare `>` line separates quote paragraphs;
 * - a nested list item must be indented by four spaces per level, where most writers use two.
 * Code fences are left alone.
 */
const FENCE = /^ {0,3}(?:```|~~~)/
const QUOTE = /^ {0,3}>/
const QUOTE_MARKERS = /^ {0,3}(?:>[ \t]?)+/
const LIST_ITEM = /^([ \t]*)(?=(?:[-*+]|\d{1,9}[.)])[ \t])/

const width = (indent: string) => indent.replace(/\t/g, '    ').length

/** Quote paragraphs as single `> ` lines, separated by a blank line (a new quote). */
const joinQuote = (block: string[]) => {
  const paragraphs: string[][] = [[]]
  for (const line of block) {
    const text = line.replace(QUOTE_MARKERS, '').trim()
    if (text) paragraphs.at(-1)?.push(text)
    else paragraphs.push([])
  }
  return paragraphs
    .filter((lines) => lines.length > 0)
    .flatMap((lines, index) => [...(index > 0 ? [''] : []), `> ${lines.join(' ')}`])
}

const joinQuotes = (lines: string[]) => {
  const out: string[] = []
  let quote: string[] = []
  const flush = () => {
    if (quote.length > 0) out.push(...joinQuote(quote))
    quote = []
  }
  let fenced = false
  for (const line of lines) {
    if (FENCE.test(line)) fenced = !fenced
    if (!fenced && QUOTE.test(line)) {
      quote.push(line)
      continue
    }
    flush()
    out.push(line)
  }
  flush()
  return out
}

/** The writer's indent step (the smallest one used) becomes four spaces per level. */
const indentLists = (lines: string[]) => {
  const indents = lines
    .map((line) => width(line.match(LIST_ITEM)?.[1] ?? ''))
    .filter((indent) => indent > 0)
  if (indents.length === 0) return lines
  const step = Math.min(...indents)
  let fenced = false
  return lines.map((line) => {
    if (FENCE.test(line)) fenced = !fenced
    const indent = fenced ? undefined : line.match(LIST_ITEM)?.[1]
    if (indent === undefined) return line
    const level = Math.round(width(indent) / step)
    return '    '.repeat(level) + line.slice(indent.length)
  })
}

export const smoothMarkdown = (markdown: string) =>
  indentLists(joinQuotes(markdown.split(/\r?\n/))).join('\n')
