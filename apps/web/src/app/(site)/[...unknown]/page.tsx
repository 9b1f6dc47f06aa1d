import { notFoundPage } from '../notFoundPage'

/** Any address no other route claims gets the site's 404 page inside the site's layout. */
const Unknown = () => notFoundPage()

export const dynamic = 'force-static'

export default Unknown
