import type { Pagination as PaginationModel } from './model'
import { pageHref } from './pageHref'

/** Previous / next links with the current position, as a labelled navigation landmark. */
export const Pagination = ({ pagination }: { pagination: PaginationModel }) => {
  const { page, totalPages, basePath } = pagination
  if (totalPages <= 1) return null
  return (
    <nav className="gw-pagination" aria-label="Pages">
      {page > 1 ? (
        <a href={pageHref(basePath, page - 1)} rel="prev">
          Newer articles
        </a>
      ) : null}
      <span aria-current="page">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <a href={pageHref(basePath, page + 1)} rel="next">
          Older articles
        </a>
      ) : null}
    </nav>
  )
}
