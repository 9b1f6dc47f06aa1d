/** What is wrong with one import file, worded for the person who wrote it. */
export class ImportError extends Error {
  override name = 'ImportError'
}
