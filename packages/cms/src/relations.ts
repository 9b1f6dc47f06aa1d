/**
 * A relationship value is an id at depth 0 and a document once populated: these read the id
 * either way, so hooks and queries never care which depth they were handed.
 */
export type Id = number | string

export const idOf = (value: unknown): Id | undefined => {
  if (typeof value === 'object' && value !== null && 'id' in value) return idOf(value.id)
  return typeof value === 'number' || typeof value === 'string' ? value : undefined
}

export const idsOf = (values: unknown): Id[] =>
  Array.isArray(values) ? values.flatMap((value) => idOf(value) ?? []) : []
