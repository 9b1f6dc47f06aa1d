import { hasRole, PREVIEW_PATH, staffRoles } from '@groundwork/cms'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { previewTargetSchema } from '@/preview/paths'
import { siteDeps } from '@/queries/deps'

/**
 * The admin's Preview button and live preview land here. Signed-in staff get draft mode and the
 * real page; anyone else is sent to sign in first (and back here after), never shown a draft.
 */
export const GET = async (request: Request) => {
  const url = new URL(request.url)
  const path = previewTargetSchema.safeParse(url.searchParams.get('path'))
  if (!path.success) {
    return Response.json(
      { errors: [{ message: `path ${path.error.issues[0]?.message}` }] },
      { status: 400 },
    )
  }
  const { payload } = await siteDeps()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !hasRole(user, ...staffRoles)) {
    const back = `${PREVIEW_PATH}?${new URLSearchParams({ path: path.data })}`
    redirect(`/admin/login?${new URLSearchParams({ redirect: back })}`)
  }
  ;(await draftMode()).enable()
  redirect(path.data)
}
