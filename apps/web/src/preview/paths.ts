import { PREVIEW_PATH } from '@groundwork/cms'
import { z } from 'zod'

/** Only article pages are previewed; anything else is refused rather than redirected to. */
export const previewTargetSchema = z
  .string()
  .regex(
    /^\/articles\/[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be an article path such as /articles/my-slug',
  )

export const exitPreviewHref = (path: string) =>
  `${PREVIEW_PATH}/exit?${new URLSearchParams({ path })}`
