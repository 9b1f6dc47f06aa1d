import { parse } from 'yaml'
import { ImportError } from './importError'

/** `---` at the very top, YAML, `---`: the front matter static-site tools write. */
const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/

export type FrontMatter = { data: Record<string, unknown>; body: string }

const firstLine = (message: string) => message.split('\n')[0]?.trim() ?? message

/** Splits a file into its front matter (possibly empty) and the text after it. */
export const splitFrontMatter = (text: string): FrontMatter => {
  const source = text.replace(/^\uFEFF/, '')
  const match = source.match(FRONT_MATTER)
  if (!match) return { data: {}, body: source }
  let data: unknown
  try {
    data = parse(match[1] ?? '')
  } catch (error) {
    const reason = error instanceof Error ? firstLine(error.message) : String(error)
    throw new ImportError(`front matter is not valid YAML: ${reason}`)
  }
  if (data === null || data === undefined) return { data: {}, body: source.slice(match[0].length) }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ImportError('front matter must be `field: value` lines')
  }
  return { data: data as Record<string, unknown>, body: source.slice(match[0].length) }
}
