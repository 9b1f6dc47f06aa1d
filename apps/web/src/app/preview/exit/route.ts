import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { previewTargetSchema } from '@/preview/paths'

/** Leaves preview: draft mode off, back to the page as readers see it. */
export const GET = async (request: Request) => {
  ;(await draftMode()).disable()
  const path = previewTargetSchema.safeParse(new URL(request.url).searchParams.get('path'))
  redirect(path.success ? path.data : '/')
}
