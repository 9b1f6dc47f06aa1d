import {
  GraphQLError,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  NoFragmentCyclesRule,
  parse,
  validate,
} from 'graphql'
import { type Problem, problem } from '../errors'
import { GRAPHQL_MAX_COST, graphqlCost } from './graphqlCost'

/**
 * Checks on a GraphQL query made before Payload runs it. Payload's complexity rule follows
 * fragment spreads recursively, so a fragment that spreads itself (directly or through others)
 * overflows the stack: an empty 500. GraphQL's own NoFragmentCyclesRule finds such cycles
 * without recursing through them; it needs no types, so any schema will do. A sound query must
 * then fit the cost budget (`graphqlCost.ts`), which Payload's complexity rule does not see.
 */

let placeholder: GraphQLSchema | undefined
const anySchema = () => {
  placeholder ??= new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
  })
  return placeholder
}

const tooCostly = (cost: number) =>
  problem(
    400,
    Number.isFinite(cost)
      ? `The query costs ${cost}, over the budget of ${GRAPHQL_MAX_COST}: each document it can return counts, a list as many as its limit (10 without one), and each alias again. Ask for smaller pages or fewer lists.`
      : `The query's cost is unbounded, over the budget of ${GRAPHQL_MAX_COST}: give every list a limit, of at least 1 (a limit of 0 or less, or pagination off, asks for every document).`,
  )

/**
 * The errors that make `query` unsafe to hand to Payload (fragment cycles, nesting too deep to
 * parse, a cost over the budget with these `variables`), or null. A syntax error is not one:
 * Payload's GraphQL handler reports it in the usual way.
 */
export const checkGraphqlQuery = (query: string, variables?: unknown): Problem | null => {
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
  if (cycles.length === 0) {
    // Variables that are not an object are refused by the GraphQL handler; none are counted here.
    const values =
      typeof variables === 'object' && variables !== null && !Array.isArray(variables)
        ? (variables as Record<string, unknown>)
        : {}
    const cost = graphqlCost(document, values)
    return cost > GRAPHQL_MAX_COST ? tooCostly(cost) : null
  }
  return {
    status: 400,
    message: cycles[0]?.message ?? 'The query spreads a fragment within itself.',
    errors: cycles.map(({ message, locations }) =>
      locations ? { message, locations } : { message },
    ),
  }
}
