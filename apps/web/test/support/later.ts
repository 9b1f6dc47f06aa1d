/**
 * What a file's `beforeAll` makes, for the tests and hooks that run after it. Reading it before
 * it is made is a mistake in the test: it throws, naming `what`, instead of answering undefined.
 */
export const later = <T extends object>(what: string) => {
  let value: T | undefined
  const made = (): T => {
    if (!value) throw new Error(`${what} is not made yet: read it inside a test or hook`)
    return value
  }
  return {
    made,
    set: (next: T) => {
      value = next
    },
    /** For `afterAll`, which runs even when `beforeAll` failed. */
    ifMade: () => value,
    /** An object whose `keys` read the made value's fields when asked. */
    fields: <K extends keyof T>(keys: readonly K[]) =>
      Object.defineProperties(
        {},
        Object.fromEntries(keys.map((key) => [key, { get: () => made()[key], enumerable: true }])),
      ) as { readonly [P in K]: T[P] },
  }
}
