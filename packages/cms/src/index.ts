export type { AuthAttempts, AuthAttemptVerdict } from './auth/authAttempts'
export { cacheTags, tagsForChange } from './cacheTags'
export {
  ALSO_BROWSED_FILL_READ,
  ALSO_BROWSED_MAX,
  ALSO_BROWSED_MIN,
  alsoBrowsedList,
} from './collections/articles/alsoBrowsedRule'
export {
  childrenOf,
  isMediaUpload,
  mediaUploadIds,
  type UploadNode,
} from './collections/media/uploadNodes'
export { buildCmsConfig, type CmsOptions, cmsConfig, GRAPHQL_MAX_COMPLEXITY } from './config'
export {
  type ContentChange,
  type ContentSource,
  contentChangeSchema,
  type OnContentChange,
} from './contentChange'
export { slugify, slugSchema } from './fields/slug'
export { PUBLIC_MAX_DEPTH, PUBLIC_MAX_LIMIT } from './hooks/limitPublicReads'
export { readJobsFromPrimary } from './jobs/readJobsFromPrimary'
export type { MediaStorage } from './mediaStorage'
export { buildOpenApi, CONTENT_API_VERSION, type OpenApiDocument } from './openapi'
export { PREVIEW_PATH } from './preview'
export { type Id, idOf, idsOf } from './relations'
export { hasRole, type Role, roles, staffRoles } from './roles'
export type { WebhookEvent } from './webhooks/event'
export {
  REPLAY_TOLERANCE_SECONDS,
  SIGNATURE_HEADER,
  signatureHeader,
  verifySignature,
} from './webhooks/signature'
