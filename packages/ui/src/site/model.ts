import { z } from 'zod'

/** What every reader page shows around its content. */
export const siteChromeSchema = z.object({
  name: z.string().min(1),
  /** What the site offers, in a sentence: the home page's meta description, the feed's. */
  description: z.string().min(1),
  cookieNotice: z.object({
    text: z.string().min(1),
    policyLabel: z.string().nullable(),
    policyUrl: z.string().nullable(),
  }),
})
export type SiteChrome = z.infer<typeof siteChromeSchema>
