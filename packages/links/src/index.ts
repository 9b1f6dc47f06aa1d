export { safeHref } from './safeHref'
export { slugify } from './slugify'
