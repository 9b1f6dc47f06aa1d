/** Hostile REST and GraphQL calls (`badInput/http.ts`), at this path for the tests outside the suite. */
export * from './badInput/http'
