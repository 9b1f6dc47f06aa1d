import { NotFound } from '@groundwork/ui'
import { draftMode } from 'next/headers'
import { Suspense } from 'react'
import { notFoundBriefly } from '@/freshness/notFoundBriefly'

const Miss = async (): Promise<never> => notFoundBriefly()

/**
 * The site's 404 page, rendered on the server. A `notFound()` thrown outside any Suspense
 * boundary fails the whole server render (only a client error boundary catches it), and Next
 * 16.4 answers with an empty `__next_error__` shell that only the browser fills: a blank page
 * with JavaScript off. Thrown inside a boundary, the prerender completes around it and Next still
 * sets the 404 (app-render's "HTTP access fallback inside a Suspense boundary" path). The
 * fallback is empty so that the page shows the 404 once; with JavaScript on, the boundary of
 * `not-found.tsx` swaps in the same page. A preview renders per request, where Next sets the
 * status only for an error outside a boundary, so staff get the plain `notFound()`.
 */
export const notFoundPage = async () => {
  if ((await draftMode()).isEnabled) return notFoundBriefly()
  return (
    <>
      <NotFound />
      <Suspense fallback={null}>
        <Miss />
      </Suspense>
    </>
  )
}
