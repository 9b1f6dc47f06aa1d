/**
 * What a document id can be. Payload would `parseFloat` a bad id and let Postgres refuse it (a
 * 500), or worse act on the number in front of the junk (`5abc` is article 5).
 */

/** The largest integer a Postgres `integer` column holds or compares with; beyond it Postgres refuses. */
export const PG_INTEGER = 2_147_483_647

/** Every id is a Postgres `serial`: 1 to 2^31 - 1. */
export const MAX_ID = PG_INTEGER

/** A positive integer of at most 10 digits, within `serial`, and nothing else (no sign, space, 0x, 1e3…). */
export const isValidId = (value: string): boolean =>
  /^[1-9]\d{0,9}$/.test(value) && Number(value) <= MAX_ID
