/**
 * Shown above a page rendered in draft mode: staff must never mistake a draft for what readers
 * see, and leaving preview is one click away.
 */
export const PreviewBanner = ({ exitHref }: { exitHref: string }) => (
  <div className="gw-preview-banner" role="status">
    <strong>Preview</strong>: you are seeing the latest draft, not what readers see.{' '}
    <a href={exitHref}>Leave preview</a>
  </div>
)
