import { type AfterErrorHook, AuthenticationError, formatErrors, LockedAuth } from 'payload'

/**
 * Payload answers a login to a locked account "This user is locked…", which only a real account
 * can be, so guessing emails would find every staff account. The lock still holds; the answer is
 * the one an unknown email or a wrong password gets, on REST and GraphQL alike.
 */
export const hideLockedAccounts: AfterErrorHook = ({ error, graphqlResult, req }) => {
  // GraphQL hands on its own error, with Payload's as `originalError`.
  const original = (error as { originalError?: unknown }).originalError ?? error
  if (!(original instanceof LockedAuth)) return
  const answer = new AuthenticationError(req.t)
  if (graphqlResult)
    return {
      graphqlResult: {
        ...graphqlResult,
        message: answer.message,
        extensions: { ...graphqlResult.extensions, name: answer.name },
      },
    }
  return { response: formatErrors(answer), status: answer.status }
}
