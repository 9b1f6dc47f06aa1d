/** The app's import aliases (tsconfig `paths`), for every vitest config of the app. */
export const appAliases = {
  '@payload-config': new URL('./src/payload.config.ts', import.meta.url).pathname,
  // tsconfig's `@/*`: the app's source, for tests and for the source itself.
  '@/': new URL('./src/', import.meta.url).pathname,
}
