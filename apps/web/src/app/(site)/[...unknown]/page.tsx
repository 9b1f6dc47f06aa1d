import { notFoundBriefly } from '@/freshness/notFoundBriefly'

/** Any address no other route claims gets the site's 404 page inside the site's layout. */
const Unknown = () => notFoundBriefly()

export const dynamic = 'force-static'

export default Unknown
