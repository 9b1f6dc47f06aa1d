import { safeHref } from '@groundwork/links'
import type { CallToAction as CallToActionModel } from './model'

export const CallToAction = ({ cta }: { cta: CallToActionModel }) => {
  const href = safeHref(cta.linkUrl)
  return (
    <aside className="gw-cta" aria-labelledby="gw-cta-heading">
      <h2 id="gw-cta-heading">{cta.heading}</h2>
      {cta.text ? <p>{cta.text}</p> : null}
      {href && cta.linkLabel ? (
        <a className="gw-button" href={href}>
          {cta.linkLabel}
        </a>
      ) : null}
    </aside>
  )
}
