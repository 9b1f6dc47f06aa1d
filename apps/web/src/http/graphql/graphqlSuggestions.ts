/**
 * graphql-js ends some error messages with a guess at what was meant (`Cannot query field
 * "titel" on type "Article". Did you mean "title"?`). In production, where introspection is
 * off, those guesses would map the schema for anyone who asks with typos. graphql-js 16 can
 * hide them (`hideSuggestions`), but Payload's handler gives no way to pass the option, so
 * they are cut from the answer instead.
 */

const SUGGESTION = ' Did you mean '

/** `message` without a trailing "Did you mean …?". */
export const withoutSuggestion = (message: string): string => {
  const at = message.lastIndexOf(SUGGESTION)
  return at >= 0 && message.endsWith('?') ? message.slice(0, at) : message
}

type Answer = { errors?: unknown }

const stripped = (body: Answer): Answer | null => {
  if (!Array.isArray(body.errors)) return null
  let changed = false
  const errors = body.errors.map((error: unknown) => {
    const message = (error as { message?: unknown } | null)?.message
    if (typeof message !== 'string') return error
    const plain = withoutSuggestion(message)
    if (plain === message) return error
    changed = true
    return { ...(error as object), message: plain }
  })
  return changed ? { ...body, errors } : null
}

/** A GraphQL answer with the suggestions cut from its error messages; other answers as they were. */
export const withoutSuggestions = async (response: Response): Promise<Response> => {
  const text = await response.text()
  const init = { status: response.status, statusText: response.statusText }
  if (!text.includes(SUGGESTION)) return new Response(text, { ...init, headers: response.headers })
  let body: Answer
  try {
    body = JSON.parse(text) as Answer
  } catch {
    return new Response(text, { ...init, headers: response.headers })
  }
  const changed = typeof body === 'object' && body !== null ? stripped(body) : null
  if (!changed) return new Response(text, { ...init, headers: response.headers })
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(JSON.stringify(changed), { ...init, headers })
}
