import { render, screen, within } from '@testing-library/react'
import { AlsoBrowsed } from '../src/article/AlsoBrowsed'
import { card } from './fixtures'

describe('AlsoBrowsed', () => {
  it('renders its heading and links each article in order', () => {
    const articles = [
      card('first-week', 'Your first week'),
      card('sleep-and-cravings', 'Sleep and cravings'),
      card('family-talks', 'Talking with family'),
    ]
    render(<AlsoBrowsed articles={articles} />)
    const box = screen.getByRole('region', { name: 'People who read this article also browsed:' })
    expect(within(box).getByRole('heading').textContent).toBe(
      'People who read this article also browsed:',
    )
    const links = within(box).getAllByRole('link')
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Your first week', '/articles/first-week'],
      ['Sleep and cravings', '/articles/sleep-and-cravings'],
      ['Talking with family', '/articles/family-talks'],
    ])
  })

  it('renders nothing for an empty list', () => {
    const { container } = render(<AlsoBrowsed articles={[]} />)
    expect(container.innerHTML).toBe('')
    expect(screen.queryByText('People who read this article also browsed:')).toBeNull()
  })
})
