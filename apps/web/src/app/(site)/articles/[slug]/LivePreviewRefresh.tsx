'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'

/** Inside the admin's live preview: re-renders the page on the server after each autosave. */
export const LivePreviewRefresh = ({ serverURL }: { serverURL: string }) => {
  const router = useRouter()
  return <RefreshRouteOnSave refresh={() => router.refresh()} serverURL={serverURL} />
}
