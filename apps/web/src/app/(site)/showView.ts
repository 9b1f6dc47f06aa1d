import type { Metadata } from 'next'
import { permanentRedirect } from 'next/navigation'
import type { ReactNode } from 'react'
import type { View } from '@/queries/views/view'
import { notFoundPage } from './notFoundPage'

/**
 * What every reader page does with its view: shows the model, follows a rename to `movedTo`
 * (a permanent redirect), or answers the site's 404.
 */
export const showView = async <Model>(
  view: View<Model>,
  show: (model: Model) => ReactNode,
  movedTo?: (slug: string) => string,
): Promise<ReactNode> => {
  if (view.kind === 'found') return show(view.model)
  if (view.kind === 'moved' && movedTo) permanentRedirect(movedTo(view.slug))
  return notFoundPage()
}

/** A page's metadata from the same view: none for a page that shows nothing. */
export const metadataOf = <Model>(
  view: View<Model>,
  describe: (model: Model) => Metadata,
): Metadata => (view.kind === 'found' ? describe(view.model) : {})
