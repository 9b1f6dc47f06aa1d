/** Imports run outside a web request: nothing to revalidate (it would throw), drafts only. */
export const importContext = { disableRevalidate: true }
