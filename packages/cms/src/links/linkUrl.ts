import { safeHref } from '@groundwork/links'

/** Long or odd addresses are shown shortened and escaped: a tab reads `\t`, not as a gap. */
const shown = (url: string) => JSON.stringify(url.length > 80 ? `${url.slice(0, 80)}…` : url)

/**
 * Why a link's address may not be saved, or undefined when it may. The rule is the reader
 * site's (`safeHref`): what the site would render inert, the CMS refuses, so API consumers who
 * render our rich text get only web, mail, phone and same-site links.
 */
export const linkUrlProblem = (url: unknown): string | undefined => {
  if (safeHref(url) !== undefined) return undefined
  const address = typeof url === 'string' ? `the address ${shown(url)}` : 'an empty address'
  return `A link has ${address}: links must be web (https://…), mail (mailto:), phone (tel:), this site's (/…) or anchor (#…) addresses.`
}
