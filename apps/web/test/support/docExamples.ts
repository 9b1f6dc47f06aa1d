/**
 * Reads the runnable examples of docs/api.md and checks real answers against them:
 * ```` ```sh example=<name> ```` holds one curl command, ```` ```json response=<name> ```` the
 * documented answer (attributes `status=`, `equal=`, `keys=exact`), and an optional
 * ```` ```graphql query=<name> ```` the readable form of a GraphQL example's query.
 * The rules are the ones docs/api.md states under "How the examples are checked".
 */

export type Fence = {
  info: string
  lang: string
  attrs: Record<string, string>
  body: string
  line: number
}

export type DocExample = {
  name: string
  command: string
  line: number
  response: { body: unknown; status: number; equal: string[]; exactKeys: boolean; line: number }
  /** The ```graphql query=<name>``` block, when the example has one. */
  query?: string
}

/** Every fenced code block of a Markdown file, with its info string split into attributes. */
export const fences = (markdown: string): Fence[] => {
  const found: Fence[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(.*)$/.exec(lines[i] ?? '')
    if (!open) continue
    const [, ticks = '```', info = ''] = open
    const start = i
    const body: string[] = []
    for (i++; i < lines.length && !(lines[i] ?? '').startsWith(ticks); i++)
      body.push(lines[i] ?? '')
    if (i >= lines.length) throw new Error(`Unclosed code block at line ${start + 1}`)
    const [lang = '', ...words] = info.trim().split(/\s+/)
    const attrs: Record<string, string> = {}
    for (const word of words) {
      const eq = word.indexOf('=')
      if (eq > 0) attrs[word.slice(0, eq)] = word.slice(eq + 1)
    }
    found.push({ info: info.trim(), lang, attrs, body: body.join('\n'), line: start + 1 })
  }
  return found
}

/** Pairs every `example=` block with its `response=` block; a lone or doubled one is an error. */
export const docExamples = (markdown: string): DocExample[] => {
  const blocks = fences(markdown)
  const byName = (attr: string) => {
    const map = new Map<string, Fence>()
    for (const block of blocks) {
      const name = block.attrs[attr]
      if (name === undefined) continue
      if (map.has(name)) throw new Error(`Two ${attr}=${name} blocks (line ${block.line})`)
      map.set(name, block)
    }
    return map
  }
  const examples = byName('example')
  const responses = byName('response')
  const queries = byName('query')
  for (const [name, block] of responses) {
    if (!examples.has(name)) throw new Error(`response=${name} (line ${block.line}) has no example`)
  }
  for (const [name, block] of queries) {
    if (!examples.has(name)) throw new Error(`query=${name} (line ${block.line}) has no example`)
  }
  return [...examples].map(([name, block]) => {
    const response = responses.get(name)
    if (!response) throw new Error(`example=${name} (line ${block.line}) has no response block`)
    let body: unknown
    try {
      body = JSON.parse(response.body)
    } catch (error) {
      throw new Error(`response=${name} (line ${response.line}) is not JSON: ${error}`)
    }
    const status = Number(response.attrs.status ?? 200)
    if (!Number.isInteger(status)) throw new Error(`response=${name}: bad status`)
    return {
      name,
      command: block.body,
      line: block.line,
      response: {
        body,
        status,
        equal: response.attrs.equal ? response.attrs.equal.split(',') : [],
        exactKeys: response.attrs.keys === 'exact',
        line: response.line,
      },
      query: queries.get(name)?.body,
    }
  })
}

/**
 * Splits a shell command into words as sh would: line continuations, single quotes (literal),
 * double quotes and bare words (with `$NAME` / `${NAME}` expansion and backslash escapes). A
 * variable missing from `vars`, a pipe, a redirect or a second command is refused, so the docs
 * cannot show what this cannot run.
 */
export const shellWords = (command: string, vars: Record<string, string>): string[] => {
  const text = command
    .replace(/\\\n/g, '')
    .split('\n')
    .filter((line) => !/^\s*(#.*)?$/.test(line))
    .join(' ')
  const words: string[] = []
  let word: string | undefined
  let i = 0
  const expand = (): string => {
    const match = /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/.exec(text.slice(i))
    if (!match) {
      i++
      return '$'
    }
    const name = match[1] ?? match[2] ?? ''
    const value = vars[name]
    if (value === undefined) throw new Error(`Unknown shell variable $${name} in: ${command}`)
    i += match[0].length
    return value
  }
  while (i < text.length) {
    const c = text[i] as string
    if (/\s/.test(c)) {
      if (word !== undefined) words.push(word)
      word = undefined
      i++
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1)
      if (end < 0) throw new Error(`Unclosed ' in: ${command}`)
      word = (word ?? '') + text.slice(i + 1, end)
      i = end + 1
    } else if (c === '"') {
      word ??= ''
      i++
      while (text[i] !== '"') {
        if (i >= text.length) throw new Error(`Unclosed " in: ${command}`)
        const d = text[i] as string
        if (d === '\\' && '"\\$`'.includes(text[i + 1] ?? '')) {
          word += text[i + 1]
          i += 2
        } else if (d === '$') word += expand()
        else {
          word += d
          i++
        }
      }
      i++
    } else if (c === '\\') {
      word = (word ?? '') + (text[i + 1] ?? '')
      i += 2
    } else if (c === '$') {
      word = (word ?? '') + expand()
    } else if ('|;&<>`'.includes(c)) {
      throw new Error(`Only one plain curl command per example; found "${c}" in: ${command}`)
    } else {
      word = (word ?? '') + c
      i++
    }
  }
  if (word !== undefined) words.push(word)
  return words
}

export type CurlRequest = { url: string; init: RequestInit & { method: string; headers: Headers } }

/** The documented origin: examples say `http://localhost:3000` (or `$BASE`); tests swap it. */
export const DOC_ORIGIN = 'http://localhost:3000'

/**
 * What curl would send for this command: `-s`, `-S`, `-g`, `-X`, `-H`, `-d`/`--data`/`--data-raw`
 * and one URL, which must start with http://localhost:3000 (or `$BASE`) and is sent to `baseUrl`.
 * Like curl, `-d` makes the request a POST with a form content type unless a header says otherwise,
 * and a URL with `[` or `{` needs `-g`.
 */
export const curlToRequest = (
  command: string,
  baseUrl: string,
  vars: Record<string, string> = {},
): CurlRequest => {
  const words = shellWords(command, { BASE: DOC_ORIGIN, ...vars })
  if (words.shift() !== 'curl') throw new Error(`Not a curl command: ${command}`)
  let method: string | undefined
  let globOff = false
  const headers = new Headers()
  const data: string[] = []
  const urls: string[] = []
  const takesValue = new Set(['X', 'H', 'd'])
  const apply = (flag: string, value: string | undefined) => {
    if (value === undefined) throw new Error(`curl ${flag} needs a value: ${command}`)
    if (flag === 'X') method = value
    else if (flag === 'H') {
      const colon = value.indexOf(':')
      if (colon < 1) throw new Error(`Bad header "${value}" in: ${command}`)
      headers.append(value.slice(0, colon).trim(), value.slice(colon + 1).trim())
    } else data.push(value)
  }
  const long: Record<string, string> = {
    '--request': 'X',
    '--header': 'H',
    '--data': 'd',
    '--data-raw': 'd',
  }
  while (words.length > 0) {
    const word = words.shift() as string
    if (word === '--silent' || word === '--show-error') continue
    if (word === '--globoff') {
      globOff = true
      continue
    }
    const longFlag = long[word]
    if (longFlag) {
      apply(longFlag, words.shift())
      continue
    }
    if (word.startsWith('--')) throw new Error(`Unsupported curl option ${word} in: ${command}`)
    if (word.startsWith('-') && word.length > 1) {
      for (let k = 1; k < word.length; k++) {
        const flag = word[k] as string
        if (flag === 's' || flag === 'S') continue
        if (flag === 'g') {
          globOff = true
          continue
        }
        if (!takesValue.has(flag))
          throw new Error(`Unsupported curl option -${flag} in: ${command}`)
        const rest = word.slice(k + 1)
        apply(flag, rest || words.shift())
        break
      }
      continue
    }
    urls.push(word)
  }
  if (urls.length !== 1) throw new Error(`Expected exactly one URL in: ${command}`)
  const url = urls[0] as string
  if (!url.startsWith(`${DOC_ORIGIN}/`)) {
    throw new Error(`URLs in the docs start with ${DOC_ORIGIN} or $BASE: ${url}`)
  }
  if (!globOff && /[[\]{}]/.test(url)) {
    throw new Error(`curl would read [ ] { } in this URL as a pattern; add -g: ${url}`)
  }
  if (data.some((value) => value.startsWith('@'))) {
    throw new Error(`curl -d @file is not supported in examples: ${command}`)
  }
  const body = data.length > 0 ? data.join('&') : undefined
  if (body !== undefined && !headers.has('content-type')) {
    headers.set('content-type', 'application/x-www-form-urlencoded')
  }
  return {
    url: baseUrl.replace(/\/$/, '') + url.slice(DOC_ORIGIN.length),
    init: { method: method ?? (body === undefined ? 'GET' : 'POST'), headers, body },
  }
}

/** The trim marker of the docs: an array element `"…"` stands for "and more". */
export const TRIMMED = '…'

const kind = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value

/**
 * Where the real answer does not have the documented shape; empty when it does. Keys and JSON
 * types must match recursively; arrays are compared by their first documented element; a
 * documented `null` accepts any value; with `exactKeys` the answer may not add keys.
 */
export const shapeMismatches = (
  documented: unknown,
  actual: unknown,
  options: { exactKeys?: boolean } = {},
  path = '$',
): string[] => {
  if (documented === null) return []
  const want = kind(documented)
  const got = kind(actual)
  if (want !== got) return [`${path}: documented ${want}, got ${got}`]
  if (Array.isArray(documented)) {
    const template = documented.find((element) => element !== TRIMMED)
    if (template === undefined) return []
    const first = (actual as unknown[])[0]
    if (first === undefined) return [`${path}: documented a non-empty array, got []`]
    return shapeMismatches(template, first, options, `${path}[0]`)
  }
  if (want !== 'object') return []
  const doc = documented as Record<string, unknown>
  const real = actual as Record<string, unknown>
  const problems: string[] = []
  for (const key of Object.keys(doc)) {
    if (!(key in real)) problems.push(`${path}.${key}: documented, missing from the answer`)
    else problems.push(...shapeMismatches(doc[key], real[key], options, `${path}.${key}`))
  }
  if (options.exactKeys) {
    for (const key of Object.keys(real)) {
      if (!(key in doc)) problems.push(`${path}.${key}: in the answer, not documented`)
    }
  }
  return problems
}

/** The value at a dotted path (`docs.0.slug`), or undefined. */
export const valueAt = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (current, key) =>
        current !== null && typeof current === 'object'
          ? (current as Record<string, unknown>)[key]
          : undefined,
      value,
    )

/** Collapses whitespace, and drops it next to punctuation, so two layouts of a query compare. */
export const normalizeQuery = (query: string): string =>
  query
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}():,!$=[\]])\s*/g, '$1')
    .trim()
