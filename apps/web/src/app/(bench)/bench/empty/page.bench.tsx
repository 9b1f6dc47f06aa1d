// Prerendered at build time like any static page, and it reads no database.
export const dynamic = 'force-static'

const EmptyPage = () => (
  <main>
    <h1>Empty</h1>
  </main>
)

export default EmptyPage
