import { safeHref } from '@groundwork/links'
import { SAFE_HREFS, UNSAFE_HREFS } from '@groundwork/links/examples'
import { render, screen } from '@testing-library/react'
import { RichText } from '../src/rich-text/RichText'
import { doc, h2, link, list, paragraph, quote } from './fixtures'

describe('safeHref', () => {
  it.each(SAFE_HREFS)('keeps %s', (href) => {
    expect(safeHref(href)).toBe(href)
  })

  it('trims surrounding whitespace', () => {
    expect(safeHref('  https://example.org/a  ')).toBe('https://example.org/a')
  })

  it.each([...UNSAFE_HREFS, '\u0000/articles', ''])('rejects %j', (href) =>
    expect(safeHref(href)).toBeUndefined(),
  )

  it.each([undefined, null, 42])('rejects the non-string %j', (href) =>
    expect(safeHref(href)).toBeUndefined(),
  )
})

describe('RichText links', () => {
  const renderLink = (url: string, label = 'click here') =>
    render(<RichText value={doc(paragraph('Before ', link(label, url), ' after.'))} />)

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example'])(
    'renders a %j link as inert text',
    (url) => {
      const { container } = renderLink(url)
      const label = screen.getByText('click here')
      expect(label.tagName).toBe('SPAN')
      expect(label.closest('a')).toBeNull()
      expect(container.querySelector('a')).toBeNull()
      expect(container.querySelector('[href]')).toBeNull()
      expect(container.textContent).toBe('Before click here after.')
    },
  )

  it.each(['https://www.samhsa.gov', 'mailto:help@example.org', '/x', '#y'])(
    'renders a %j link as an anchor',
    (url) => {
      renderLink(url)
      const anchor = screen.getByRole('link', { name: 'click here' })
      expect(anchor.tagName).toBe('A')
      expect(anchor.getAttribute('href')).toBe(url)
      expect(anchor.hasAttribute('target')).toBe(false)
    },
  )

  it('opens new-tab links with noopener noreferrer', () => {
    render(<RichText value={doc(paragraph(link('SAMHSA', 'https://www.samhsa.gov', true)))} />)
    const anchor = screen.getByRole('link', { name: 'SAMHSA' })
    expect(anchor.getAttribute('target')).toBe('_blank')
    expect(anchor.getAttribute('rel')).toBe('noopener noreferrer')
  })

  it('renders a link that has no url as inert text', () => {
    const node = { ...link('no url', ''), fields: { linkType: 'custom' } }
    const { container } = render(<RichText value={doc(paragraph(node))} />)
    expect(screen.getByText('no url').tagName).toBe('SPAN')
    expect(container.querySelector('a')).toBeNull()
  })
})

describe('RichText', () => {
  it('renders paragraphs, headings, lists and quotes inside the given class', () => {
    const value = doc(
      h2('Steps'),
      paragraph('Start small.'),
      list(['Name the trigger', 'Call someone'], 'number'),
      quote('One day at a time.'),
    )
    const { container } = render(<RichText value={value} className="prose" />)
    const wrapper = container.firstElementChild
    expect(wrapper?.className).toBe('prose')
    expect(screen.getByRole('heading', { level: 2, name: 'Steps' })).toBeTruthy()
    expect(screen.getByText('Start small.').tagName).toBe('P')
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Name the trigger',
      'Call someone',
    ])
    expect(screen.getByRole('list').tagName).toBe('OL')
    expect(screen.getByText('One day at a time.').closest('blockquote')).not.toBeNull()
  })
})

describe('images in the body', () => {
  const upload = (value: unknown) => ({ type: 'upload', relationTo: 'media', value, fields: null })

  it('render the image the query put in place of the media id', () => {
    const image = {
      url: '/api/media/file/group.jpg',
      alt: 'A circle of chairs',
      width: 800,
      height: 600,
    }
    render(<RichText value={doc(paragraph('Before'), upload(image), paragraph('After'))} />)
    const img = screen.getByRole('img', { name: 'A circle of chairs' })
    expect(img.getAttribute('src')).toBe('/api/media/file/group.jpg')
    expect(img.getAttribute('width')).toBe('800')
  })

  it('render nothing for a bare id, a foreign address or a script URL', () => {
    const { container } = render(
      <RichText
        value={doc(
          upload(7),
          upload({ url: 'https://tracker.example/pixel.gif', alt: 'x' }),
          upload({ url: 'data:text/html,<script>alert(1)</script>', alt: 'y' }),
        )}
      />,
    )
    expect(container.querySelectorAll('img, a')).toHaveLength(0)
  })
})
