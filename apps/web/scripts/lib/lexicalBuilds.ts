import { register } from 'node:module'

/**
 * Lexical's Node entry points (`*.node.mjs`) pick their build with a top-level await, and Node 20
 * sometimes never finishes evaluating a module graph that holds dozens of them: the process
 * stalls, or ends with code 13 ("unsettled top-level await"). The `development` and `production`
 * export conditions name a build directly, so resolving with one skips those entry points. Call
 * it before Payload or Lexical load.
 */
export const resolveLexicalBuildsDirectly = () => {
  const condition = process.env.NODE_ENV === 'production' ? 'production' : 'development'
  const hooks = `export const resolve = (specifier, context, next) =>
    next(specifier, { ...context, conditions: [...context.conditions, ${JSON.stringify(condition)}] })`
  register(`data:text/javascript,${encodeURIComponent(hooks)}`)
}
