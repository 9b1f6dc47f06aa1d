import { notFound } from 'next/navigation'

/** Any address no other route claims gets the site's 404 page inside the site's layout. */
const Unknown = () => notFound()

export const dynamic = 'force-static'

export default Unknown
