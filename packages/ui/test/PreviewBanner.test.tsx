import { render, screen } from '@testing-library/react'
import { PreviewBanner } from '../src/site/PreviewBanner'

describe('the preview banner', () => {
  it('says the page is a draft and links out of preview', () => {
    render(<PreviewBanner exitHref="/preview/exit?path=%2Farticles%2Fa" />)
    expect(screen.getByRole('status').textContent).toContain('not what readers see')
    expect(screen.getByRole('link', { name: 'Leave preview' }).getAttribute('href')).toBe(
      '/preview/exit?path=%2Farticles%2Fa',
    )
  })
})
