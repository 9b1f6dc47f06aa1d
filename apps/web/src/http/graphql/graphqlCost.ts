import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql'

/**
 * What a GraphQL query can make the server fetch, counted before it runs. Payload's complexity
 * rule scores a list the same whatever its `limit`, so aliases of big lists cost next to
 * nothing there; this counts what the answer can hold instead:
 * - every object (a document, a related document, a group) counts 1 each time it can appear;
 * - a list of documents (a field with a `limit` argument, or one whose selection reads `docs`:
 *   a collection query such as `Articles`, a join such as an author's `articles`) holds `limit`
 *   documents, 10 when no limit is given (Payload's default page), and everything when the
 *   limit is 0 or less, or `pagination: false` without a limit;
 * - lists inside lists multiply, and every alias counts on its own.
 * A query needs no schema to be counted: Payload's lists all look alike.
 */

/** About five full pages of titles, or one page of 100 articles with four relations each. */
export const GRAPHQL_MAX_COST = 500

/** What Payload fetches for a list without a `limit`. */
const DEFAULT_PAGE = 10

type Variables = Record<string, unknown>

const argument = (field: FieldNode, name: string) =>
  field.arguments?.find((each: ArgumentNode) => each.name.value === name)?.value

/** An argument's value when it is a literal or a variable with a value (or a default), else undefined. */
const argumentValue = (
  node: ValueNode | undefined,
  variables: Variables,
  defaults: ReadonlyMap<string, ValueNode>,
): unknown => {
  if (!node) return undefined
  if (node.kind === Kind.VARIABLE) {
    const name = node.name.value
    if (variables[name] !== undefined) return variables[name]
    return argumentValue(defaults.get(name), {}, new Map())
  }
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  if (node.kind === Kind.NULL) return null
  return undefined
}

type Counter = {
  variables: Variables
  defaults: ReadonlyMap<string, ValueNode>
  fragments: ReadonlyMap<string, SelectionSetNode>
  /** A fragment's cost, and whether it reads `docs`: each found once however often it is spread. */
  known: Map<string, number>
  docsIn: Map<string, boolean>
}

/** Whether a selection reads `docs`, through inline fragments and fragment spreads. */
const readsDocs = (counter: Counter, selections: SelectionSetNode): boolean =>
  selections.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === 'docs'
    if (selection.kind === Kind.INLINE_FRAGMENT) return readsDocs(counter, selection.selectionSet)
    const name = selection.name.value
    const known = counter.docsIn.get(name)
    if (known !== undefined) return known
    const fragment = counter.fragments.get(name)
    const found = fragment ? readsDocs(counter, fragment) : false
    counter.docsIn.set(name, found)
    return found
  })

/** How many documents a list field holds, or undefined when the field is not a list of documents. */
const pageSize = (counter: Counter, field: FieldNode): number | undefined => {
  const { variables, defaults } = counter
  const limitNode = argument(field, 'limit')
  const isList =
    limitNode !== undefined || (field.selectionSet && readsDocs(counter, field.selectionSet))
  if (!isList) return undefined
  const limit = argumentValue(limitNode, variables, defaults)
  // A join asked only to count (`count: true, limit: 0`) fetches no documents.
  if (limit === 0 && argumentValue(argument(field, 'count'), variables, defaults) === true) return 0
  if (typeof limit === 'number') return limit > 0 ? limit : Number.POSITIVE_INFINITY
  const paginated = argumentValue(argument(field, 'pagination'), variables, defaults)
  return paginated === false ? Number.POSITIVE_INFINITY : DEFAULT_PAGE
}

/** The cost of a selection; `inList` when it is the selection of a list, whose `docs` are its documents. */
const selectionCost = (counter: Counter, selections: SelectionSetNode, inList: boolean): number => {
  let cost = 0
  for (const selection of selections.selections) {
    if (selection.kind === Kind.FIELD) cost += fieldCost(counter, selection, inList)
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      cost += selectionCost(counter, selection.selectionSet, inList)
    else cost += fragmentCost(counter, selection.name.value, inList)
  }
  return cost
}

const fragmentCost = (counter: Counter, name: string, inList: boolean): number => {
  const key = `${inList ? 'list' : 'object'}:${name}`
  const known = counter.known.get(key)
  if (known !== undefined) return known
  const fragment = counter.fragments.get(name)
  const cost = fragment ? selectionCost(counter, fragment, inList) : 0
  counter.known.set(key, cost)
  return cost
}

const fieldCost = (counter: Counter, field: FieldNode, inList: boolean): number => {
  const selections = field.selectionSet
  if (!selections) return 0
  // A list's documents are counted by the list itself: its `docs` adds only what each one holds.
  if (inList && field.name.value === 'docs') return selectionCost(counter, selections, false)
  const size = pageSize(counter, field)
  if (size === undefined) return 1 + selectionCost(counter, selections, false)
  if (size === 0) return 1
  return size * (1 + selectionCost(counter, selections, true))
}

/**
 * The cost of the costliest operation in `document` (the one that runs is at most that), with
 * `variables` as sent. The document must have no fragment cycles.
 */
export const graphqlCost = (document: DocumentNode, variables: Variables = {}): number => {
  const fragments = new Map<string, SelectionSetNode>()
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition.selectionSet)
  let highest = 0
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    const defaults = new Map<string, ValueNode>()
    for (const each of definition.variableDefinitions ?? [])
      if (each.defaultValue) defaults.set(each.variable.name.value, each.defaultValue)
    const counter: Counter = {
      variables,
      defaults,
      fragments,
      known: new Map(),
      docsIn: new Map(),
    }
    highest = Math.max(highest, selectionCost(counter, definition.selectionSet, false))
  }
  return highest
}
