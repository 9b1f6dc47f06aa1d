import { render, screen, within } from '@testing-library/react'
import { ArticlePage } from '../src/article/ArticlePage'
import { chooseDisclaimer } from '../src/article/fallbacks'
import { articlePage, author, disclaimer, doc, h2, h3, heading, link, paragraph } from './fixtures'

const bodyOf = (container: HTMLElement) => {
  const body = container.querySelector<HTMLElement>('.gw-article__body')
  if (!body) throw new Error('article body not rendered')
  return body
}

const contentsLinks = () =>
  within(screen.getByRole('navigation', { name: 'In this article' })).getAllByRole('link')

const expectInDocumentOrder = (elements: Element[]) => {
  elements.slice(1).forEach((element, index) => {
    const previous = elements[index] as Element
    expect(previous.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    )
  })
}

describe('ArticlePage contents ("In this article")', () => {
  it('links every H2 of the body, in order, with the same text and an existing id', () => {
    const { container } = render(<ArticlePage article={articlePage()} />)
    const bodyH2s = Array.from(bodyOf(container).querySelectorAll('h2'))
    const links = contentsLinks()

    expect(bodyH2s.map((h) => h.textContent)).toEqual(['What helped', 'Setbacks', 'What helped'])
    expect(links).toHaveLength(bodyH2s.length)
    expect(links.map((a) => a.getAttribute('href'))).toEqual(bodyH2s.map((h) => `#${h.id}`))
    expect(links.map((a) => a.textContent)).toEqual(bodyH2s.map((h) => h.textContent))

    for (const a of links) {
      const id = (a.getAttribute('href') ?? '').slice(1)
      const target = document.getElementById(id)
      expect(target, `target of ${a.getAttribute('href')}`).not.toBeNull()
      expect(target?.tagName).toBe('H2')
      expect(target?.textContent).toBe(a.textContent)
      expect(bodyOf(container).contains(target)).toBe(true)
      expect(document.querySelectorAll(`[id="${id}"]`)).toHaveLength(1)
    }
  })

  it('gives two H2s with identical text distinct ids', () => {
    render(<ArticlePage article={articlePage()} />)
    const hrefs = contentsLinks().map((a) => a.getAttribute('href'))
    expect(hrefs).toEqual(['#what-helped', '#setbacks', '#what-helped-2'])
    expect(new Set(hrefs).size).toBe(hrefs.length)
  })

  it('keeps the same ids across two renders', () => {
    const article = articlePage()
    const first = render(<ArticlePage article={article} />)
    const idsOf = (root: HTMLElement) =>
      Array.from(bodyOf(root).querySelectorAll('h2, h3')).map((h) => h.id)
    const firstIds = idsOf(first.container)
    first.unmount()
    const second = render(<ArticlePage article={article} />)
    expect(idsOf(second.container)).toEqual(firstIds)
    expect(firstIds).toEqual(['what-helped', 'sleep', 'setbacks', 'what-helped-2'])
  })

  it('gives H3s ids but leaves them out of the contents', () => {
    const { container } = render(<ArticlePage article={articlePage()} />)
    const h3s = Array.from(bodyOf(container).querySelectorAll('h3'))
    expect(h3s.map((h) => [h.id, h.textContent])).toEqual([['sleep', 'Sleep']])
    expect(contentsLinks().map((a) => a.textContent)).not.toContain('Sleep')
    expect(contentsLinks().map((a) => a.getAttribute('href'))).not.toContain('#sleep')
  })

  it('links a heading whose text is split across text and link nodes', () => {
    const body = doc(h2('Read ', link('the guide', 'https://www.samhsa.gov'), ' first'))
    const { container } = render(<ArticlePage article={articlePage({ body })} />)
    const [a] = contentsLinks()
    expect(a?.textContent).toBe('Read the guide first')
    expect(a?.getAttribute('href')).toBe('#read-the-guide-first')
    expect(bodyOf(container).querySelector('h2#read-the-guide-first')?.textContent).toBe(
      'Read the guide first',
    )
  })

  it('has no contents when the body has no H2', () => {
    const body = doc(paragraph('Just a short note.'), h3('A small section'), paragraph('More.'))
    const { container } = render(<ArticlePage article={articlePage({ body })} />)
    expect(screen.queryByRole('navigation')).toBeNull()
    expect(screen.queryByText('In this article')).toBeNull()
    expect(bodyOf(container).querySelector('h3')?.id).toBe('a-small-section')
  })

  it('keeps the page title the only h1 when the body holds an h1 heading', () => {
    const body = doc(heading('h1', 'Pasted title'), paragraph('x'))
    render(<ArticlePage article={articlePage({ body })} />)
    expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual([
      'Living with recovery',
    ])
    expect(screen.getByRole('heading', { name: 'Pasted title' })).toBeTruthy()
  })
})

describe('ArticlePage layout', () => {
  it('orders title, byline, contents, body, CTA, bio, also browsed, disclaimer', () => {
    const { container } = render(<ArticlePage article={articlePage()} />)
    const title = screen.getByRole('heading', { level: 1, name: 'Living with recovery' })
    const byline = container.querySelector('.gw-byline')
    const contents = screen.getByRole('navigation', { name: 'In this article' })
    const body = bodyOf(container)
    const cta = screen.getByRole('complementary', { name: 'Talk to someone today' })
    const bio = screen.getByRole('region', { name: 'About Dana Reyes' })
    const also = screen.getByRole('region', { name: 'People who read this article also browsed:' })
    const disclaimerBox = screen.getByRole('complementary', { name: 'Medical disclaimer' })

    expect(byline).not.toBeNull()
    const parts = [title, byline as Element, contents, body, cta, bio, also, disclaimerBox]
    parts.forEach((part) => {
      expect(container.contains(part)).toBe(true)
    })
    expectInDocumentOrder(parts)
  })

  it('writes the byline with the linked author, the publication date and the reading time', () => {
    const { container } = render(<ArticlePage article={articlePage()} />)
    const byline = container.querySelector('.gw-byline')
    expect(byline?.textContent).toBe(
      'By Dana Reyes · March 2, 2025 · Updated March 4, 2025 · 1 min read',
    )
    expect(byline?.querySelector('a')?.getAttribute('href')).toBe('/authors/dana-reyes')
    expect(byline?.querySelector('time')?.getAttribute('dateTime')).toBe('2025-03-02T10:00:00.000Z')
  })

  it('announces no update when the article changed again on the day it was published', () => {
    const article = articlePage({ updatedAt: '2025-03-02T18:30:00.000Z' })
    const { container } = render(<ArticlePage article={article} />)
    expect(container.querySelector('.gw-byline')?.textContent).toBe(
      'By Dana Reyes · March 2, 2025 · 1 min read',
    )
  })

  it('names the medical reviewer, credentials and review date under the byline', () => {
    const medicalReview = {
      reviewer: { name: 'Priya Castellan', slug: 'priya-castellan', credentials: 'LCSW' },
      reviewedAt: '2025-02-20T00:00:00.000Z',
    }
    const { container } = render(<ArticlePage article={articlePage({ medicalReview })} />)
    const line = container.querySelector('.gw-review')
    expect(line?.textContent).toBe(
      'Medically reviewed by Priya Castellan, LCSW on February 20, 2025',
    )
    expect(line?.querySelector('a')?.getAttribute('href')).toBe('/authors/priya-castellan')
    expect(container.querySelector('.gw-byline')?.nextElementSibling).toBe(line)
  })

  it('claims no medical review when the article has none', () => {
    const { container } = render(<ArticlePage article={articlePage()} />)
    expect(container.querySelector('.gw-review')).toBeNull()
    expect(container.textContent).not.toContain('Medically reviewed')
  })

  it('estimates the reading time from the body at 200 words a minute', () => {
    const long = doc(paragraph(Array.from({ length: 401 }, () => 'word').join(' ')))
    const { container } = render(<ArticlePage article={articlePage({ body: long })} />)
    expect(container.querySelector('.gw-byline')?.textContent).toMatch(/· 3 min read$/)
  })

  it('draws the hero and author photos through the renderer the app passes in', () => {
    const hero = { url: '/hero.jpg', alt: 'A calm lake', width: 1600, height: 900 }
    const drawn: string[] = []
    const { container } = render(
      <ArticlePage
        article={articlePage({ heroImage: hero })}
        renderImage={(image, { sizes }) => {
          drawn.push(`${image.alt}|${sizes}`)
          return <img src={image.url} alt={image.alt} data-drawn="yes" />
        }}
      />,
    )
    expect(drawn[0]).toBe('A calm lake|(min-width: 48rem) 44rem, 100vw')
    expect(drawn.slice(1).every((entry) => entry.endsWith('|96px'))).toBe(true)
    expect(container.querySelectorAll('img[data-drawn]').length).toBe(drawn.length)
    const figure = container.querySelector('figure.gw-hero')
    expect(figure?.querySelector('img')?.getAttribute('alt')).toBe('A calm lake')
    expect(figure?.previousElementSibling?.tagName).toBe('HEADER')
    expect(figure?.nextElementSibling?.classList.contains('gw-toc')).toBe(true)
  })

  it('shows the excerpt and links each topic to its page', () => {
    render(<ArticlePage article={articlePage()} />)
    expect(screen.getByText('What the first year looks like.')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Recovery support' }).getAttribute('href')).toBe(
      '/topics/recovery-support',
    )
  })

  it('names every author in the byline and gives each a bio', () => {
    const authors = [
      author(),
      author({ name: 'Sam Lee', slug: 'sam-lee', photo: null }),
      author({ name: 'Ana Ruiz', slug: 'ana-ruiz', bio: null }),
    ]
    const { container } = render(<ArticlePage article={articlePage({ authors })} />)
    expect(container.querySelector('.gw-byline')?.textContent).toMatch(
      /^By Dana Reyes, Sam Lee and Ana Ruiz · /,
    )
    const bios = screen.getAllByRole('region', { name: /^About / })
    expect(bios.map((bio) => bio.getAttribute('aria-label'))).toEqual([
      'About Dana Reyes',
      'About Sam Lee',
      'About Ana Ruiz',
    ])
  })

  it('renders the call to action with its text and a safe link', () => {
    render(<ArticlePage article={articlePage()} />)
    const cta = screen.getByRole('complementary', { name: 'Talk to someone today' })
    expect(within(cta).getByText('Free, confidential help, any time.')).toBeTruthy()
    expect(within(cta).getByRole('link', { name: 'Find help' }).getAttribute('href')).toBe(
      'https://www.samhsa.gov/find-help',
    )
  })

  it('drops the call to action button when its url is unsafe', () => {
    const callToAction = {
      heading: 'Talk to someone today',
      text: null,
      linkLabel: 'Find help',
      linkUrl: 'javascript:alert(1)',
    }
    render(<ArticlePage article={articlePage({ callToAction })} />)
    const cta = screen.getByRole('complementary', { name: 'Talk to someone today' })
    expect(within(cta).queryByRole('link')).toBeNull()
    expect(cta.querySelector('[href]')).toBeNull()
  })

  it('leaves out the call to action, also browsed and disclaimer when there are none', () => {
    render(
      <ArticlePage
        article={articlePage({ callToAction: null, alsoBrowsed: [], disclaimer: null })}
      />,
    )
    expect(screen.queryAllByRole('complementary')).toHaveLength(0)
    expect(screen.queryByText('People who read this article also browsed:')).toBeNull()
    expect(screen.queryByText('This article is not medical advice.')).toBeNull()
    expect(screen.getByRole('region', { name: 'About Dana Reyes' })).toBeTruthy()
  })

  it('shows the site default disclaimer when the article has none', () => {
    const siteDefault = disclaimer({
      title: 'Site disclaimer',
      body: doc(paragraph('Talk to your doctor before changing treatment.')),
    })
    const chosen = chooseDisclaimer(null, siteDefault)
    render(<ArticlePage article={articlePage({ disclaimer: chosen })} />)
    const box = screen.getByRole('complementary', { name: 'Site disclaimer' })
    expect(box.textContent).toBe('Talk to your doctor before changing treatment.')
  })

  it('labels a disclaimer without a title "Disclaimer"', () => {
    render(<ArticlePage article={articlePage({ disclaimer: disclaimer({ title: '' }) })} />)
    const box = screen.getByRole('complementary', { name: 'Disclaimer' })
    expect(box.textContent).toBe('This article is not medical advice.')
  })
})
