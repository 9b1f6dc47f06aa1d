import type { PlannedImage } from './images'
import type { ImageRef } from './source'

/** Where an image of the body ends up: an upload in media, or a link to another site. */
export type ImageTarget = { upload: number } | { link: string; label: string }

/** Link labels are plain text: brackets would end a Markdown label early. */
const plainLabel = (label: string) => label.replace(/[[\]]/g, '')

/** Looks up each image of the body in the plan and the ids its uploads got. */
export const imageTargets =
  (planned: Map<string, PlannedImage>, uploads: Map<string, number>) =>
  (image: ImageRef): ImageTarget => {
    const plan = planned.get(image.src)
    if (plan?.kind === 'remote') return { link: plan.url, label: plainLabel(plan.label) }
    const id = plan && uploads.get(plan.path)
    if (id === undefined) throw new Error(`image "${image.src}" was not uploaded`)
    return { upload: id }
  }
