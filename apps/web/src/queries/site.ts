import { cacheTags } from '@groundwork/cms'
import { type SiteChrome, siteChromeSchema } from '@groundwork/ui'
import type { QueryDeps } from './cache'

/** Site settings as stored: read once, shared by the layout and every article page. */
export const getSiteSettings = ({ payload, cached }: QueryDeps) =>
  cached(['site-settings'], [cacheTags.site], () =>
    payload.findGlobal({
      slug: 'site',
      depth: 0,
      overrideAccess: false,
      select: {
        name: true,
        description: true,
        callToAction: true,
        cookieNotice: true,
        defaultDisclaimer: true,
      },
    }),
  )

export const getSiteChrome = async (deps: QueryDeps): Promise<SiteChrome> => {
  const site = await getSiteSettings(deps)
  return siteChromeSchema.parse({
    name: site.name,
    description: site.description,
    cookieNotice: {
      text: site.cookieNotice.text,
      policyLabel: site.cookieNotice.policyLabel ?? null,
      policyUrl: site.cookieNotice.policyUrl ?? null,
    },
  })
}
