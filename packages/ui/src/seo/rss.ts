import { escapeXml } from './xml'

/** RSS 2.0 as plain strings: no Next imports, so the route stays thin and this stays testable. */
export type RssItem = {
  title: string
  url: string
  description: string | null
  publishedAt: string | Date
  author?: string | null
}

export type RssChannel = {
  title: string
  /** The site's home page. */
  url: string
  /** Where the feed itself is served (atom:link rel="self"). */
  feedUrl: string
  description: string
  language?: string
  items: readonly RssItem[]
}

/** RFC 822 date-time as RSS wants it, always in GMT: `Tue, 03 Jun 2025 09:00:00 GMT`. */
export const rfc822 = (date: string | Date): string => {
  const value = new Date(date)
  if (Number.isNaN(value.getTime())) throw new Error(`Not a date: ${String(date)}`)
  return value.toUTCString()
}

const tag = (name: string, value: string, attributes = '') =>
  `<${name}${attributes}>${escapeXml(value)}</${name}>`

const item = (entry: RssItem) =>
  [
    '<item>',
    tag('title', entry.title),
    tag('link', entry.url),
    tag('guid', entry.url, ' isPermaLink="true"'),
    tag('pubDate', rfc822(entry.publishedAt)),
    entry.description ? tag('description', entry.description) : '',
    entry.author ? tag('dc:creator', entry.author) : '',
    '</item>',
  ].join('')

export const buildRss = (channel: RssChannel): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    tag('title', channel.title),
    tag('link', channel.url),
    tag('description', channel.description),
    tag('language', channel.language ?? 'en'),
    `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...channel.items.map(item),
    '</channel>',
    '</rss>',
    '',
  ].join('\n')
