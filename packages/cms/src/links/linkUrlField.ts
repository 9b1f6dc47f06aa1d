import type { FieldHook, TextFieldSingleValidation } from 'payload'
import { linkUrlProblem } from './linkUrl'
import { refuseLink } from './refuseLink'

const isEmpty = (value: unknown) => value === undefined || value === null || value === ''

/** The admin shows the problem under the field as the editor types. */
const validate: TextFieldSingleValidation = (value) =>
  isEmpty(value) ? true : (linkUrlProblem(value) ?? true)

/** Drafts too: see refuseLink. */
const refuseUnsafe: FieldHook = ({ collection, global, path, req, value }) => {
  const problem = isEmpty(value) ? undefined : linkUrlProblem(value)
  if (problem) refuseLink(problem, { collection, global, path, req })
  return value
}

/** A text field holding a link's address (a call to action's, the cookie policy's). */
export const linkUrlChecks = { validate, hooks: { beforeChange: [refuseUnsafe] } }
