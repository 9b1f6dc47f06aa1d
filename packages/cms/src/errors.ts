import { APIError } from 'payload'

/**
 * An error the caller should read, with its HTTP status. Payload's error answer shows a message
 * only when the error has a `name`, which Payload takes from the class; production bundles strip
 * class names, so these answered "An unknown error occurred." there (and only there). Named here.
 */
export const clientError = (message: string, status: number, name = 'APIError') => {
  const error = new APIError(message, status, null, true)
  error.name = name
  return error
}
