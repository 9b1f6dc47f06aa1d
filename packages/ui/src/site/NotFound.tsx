/** The calm page for an address that leads nowhere. */
export const NotFound = () => (
  <section className="gw-not-found" aria-labelledby="gw-not-found-heading">
    <h1 id="gw-not-found-heading">We couldn’t find that page</h1>
    <p>The page may have moved or no longer exists.</p>
    <p>
      <a href="/">Go to the home page</a>
    </p>
  </section>
)
