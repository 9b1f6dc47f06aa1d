import { render, screen } from '@testing-library/react'
import { AuthorBio } from '../src/article/AuthorBio'
import { author, doc, link, paragraph } from './fixtures'

describe('AuthorBio', () => {
  it('renders photo, name, credentials, job title and bio', () => {
    const bio = doc(
      paragraph('Dana has worked in recovery services for twelve years.'),
      paragraph('She writes for ', link('the clinic', 'https://clinic.example'), '.'),
    )
    render(<AuthorBio author={author({ bio })} />)
    const box = screen.getByRole('region', { name: 'About Dana Reyes' })

    const photo = screen.getByRole('img', { name: 'Dana Reyes smiling' })
    expect(box.contains(photo)).toBe(true)
    expect(photo.getAttribute('src')).toBe('/media/dana.jpg')
    expect(photo.getAttribute('alt')).toBe('Dana Reyes smiling')
    expect(photo.getAttribute('width')).toBe('200')
    expect(photo.getAttribute('height')).toBe('200')

    expect(box.querySelector('.gw-author__name')?.textContent).toBe('Dana Reyes, LCSW')
    expect(screen.getByText('Addiction counselor')).toBeTruthy()
    expect(screen.getByText('Dana has worked in recovery services for twelve years.')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'the clinic' }).getAttribute('href')).toBe(
      'https://clinic.example',
    )
  })

  it('falls back to a 96px square when the photo has no size', () => {
    const photo = { url: '/media/d.jpg', alt: 'Portrait of Dana', width: null, height: null }
    render(<AuthorBio author={author({ photo })} />)
    const img = screen.getByRole('img', { name: 'Portrait of Dana' })
    expect(img.getAttribute('width')).toBe('96')
    expect(img.getAttribute('height')).toBe('96')
  })

  it('renders no img when the author has no photo', () => {
    const { container } = render(<AuthorBio author={author({ photo: null })} />)
    expect(container.querySelector('img')).toBeNull()
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.getByText('Dana Reyes')).toBeTruthy()
  })

  it('leaves out credentials, job title and bio when they are empty', () => {
    const { container } = render(
      <AuthorBio author={author({ credentials: null, jobTitle: null, bio: null })} />,
    )
    const box = screen.getByRole('region', { name: 'About Dana Reyes' })
    expect(box.querySelector('.gw-author__name')?.textContent).toBe('Dana Reyes')
    expect(container.querySelector('.gw-author__job')).toBeNull()
    expect(container.querySelector('.gw-author__bio')).toBeNull()
    expect(box.textContent).toBe('Dana Reyes')
  })
})
