'use client'

/** Shown when a page fails to render (for example, the database is unreachable). */
const ErrorPage = ({ reset }: { error: Error; reset: () => void }) => (
  <section aria-labelledby="gw-error-heading">
    <h1 id="gw-error-heading">Something went wrong on our side</h1>
    <p>Please try again in a moment.</p>
    <p>
      <button type="button" onClick={reset}>
        Try again
      </button>{' '}
      or <a href="/">go to the home page</a>.
    </p>
  </section>
)

export default ErrorPage
