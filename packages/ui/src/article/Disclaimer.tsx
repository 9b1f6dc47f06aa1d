import { RichText } from '../rich-text/RichText'
import type { Disclaimer as DisclaimerModel } from './model'

export const Disclaimer = ({ disclaimer }: { disclaimer: DisclaimerModel }) => (
  <aside className="gw-disclaimer" aria-label={disclaimer.title || 'Disclaimer'}>
    <RichText value={disclaimer.body} />
  </aside>
)
