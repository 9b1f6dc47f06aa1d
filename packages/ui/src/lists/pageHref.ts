/** Page 1 lives at the list's own address; later pages under `/page/<n>`. */
export const pageHref = (basePath: string, page: number) =>
  page <= 1 ? basePath : `${basePath === '/' ? '' : basePath}/page/${page}`
