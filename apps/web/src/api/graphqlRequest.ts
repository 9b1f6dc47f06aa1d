import {
  GraphQLError,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  NoFragmentCyclesRule,
  parse,
  validate,
} from 'graphql'
import { type Problem, problem } from './errors'

/**
 * Checks on a GraphQL query made before Payload runs it. Payload's complexity rule follows
 * fragment spreads recursively, so a fragment that spreads itself (directly or through others)
 * overflows the stack: an empty 500. GraphQL's own NoFragmentCyclesRule finds such cycles
 * without recursing through them; it needs no types, so any schema will do.
 */

let placeholder: GraphQLSchema | undefined
const anySchema = () => {
  placeholder ??= new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
  })
  return placeholder
}

/**
 * The errors that make `query` unsafe to hand to Payload (fragment cycles, or nesting too deep
 * to parse), or null. A syntax error is not one: Payload's GraphQL handler reports it in the
 * usual way.
 */
export const checkGraphqlQuery = (query: string): Problem | null => {
  let document: ReturnType<typeof parse>
  try {
    document = parse(query)
  } catch (error) {
    if (error instanceof GraphQLError) return null
    if (error instanceof RangeError)
      return problem(400, 'The query is nested too deeply to be read.')
    throw error
  }
  const cycles = validate(anySchema(), document, [NoFragmentCyclesRule])
  if (cycles.length === 0) return null
  return {
    status: 400,
    message: cycles[0]?.message ?? 'The query spreads a fragment within itself.',
    errors: cycles.map(({ message, locations }) =>
      locations ? { message, locations } : { message },
    ),
  }
}
