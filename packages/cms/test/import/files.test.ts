import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { collectImportFiles } from '../../src/import/collectFiles'
import { humaniseFileName, planImages } from '../../src/import/images'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-import-unit-'))
const write = (name: string, text = 'x') => {
  const file = path.join(root, name)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
  return file
}
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describe('finding the files to import', () => {
  it('searches folders for Markdown and HTML, and reports what it cannot use', () => {
    const b = write('posts/b.md')
    const a = write('posts/a.html')
    const nested = write('posts/2024/c.markdown')
    write('posts/picture.png')
    write('posts/.drafts/hidden.md')
    const notes = write('notes.txt')
    const { files, failures } = collectImportFiles([
      path.join(root, 'posts'),
      b,
      notes,
      path.join(root, 'missing.md'),
    ])
    expect(files).toEqual([nested, a, b])
    expect(failures.map((failure) => [path.basename(failure.file), failure.ok && ''])).toEqual([
      ['notes.txt', false],
      ['missing.md', false],
    ])
    expect(failures[1]).toMatchObject({ reason: 'no such file or folder' })
  })
})

describe('planning images', () => {
  it('finds local images beside the file and warns about missing alt text and remote ones', () => {
    write('article/img/recovery-circle_02.png')
    const { images, warnings } = planImages(
      [
        { src: 'img/recovery-circle_02.png', alt: '' },
        { src: 'https://cdn.example.org/a.png', alt: 'Remote' },
      ],
      path.join(root, 'article'),
    )
    expect(images.get('img/recovery-circle_02.png')).toMatchObject({
      kind: 'local',
      alt: 'Recovery circle 02',
      mimeType: 'image/png',
    })
    expect(images.get('https://cdn.example.org/a.png')).toMatchObject({
      kind: 'remote',
      label: 'Remote',
    })
    expect(warnings).toEqual([
      expect.stringMatching(
        /"img\/recovery-circle_02.png" has no alt text: used "Recovery circle 02"/,
      ),
      expect.stringMatching(
        /"https:\/\/cdn.example.org\/a.png" is on another site: kept as a link/,
      ),
    ])
  })

  it('fails an article whose image is missing or not a picture', () => {
    write('article/doc.pdf')
    const folder = path.join(root, 'article')
    expect(() => planImages([{ src: 'gone.png', alt: 'x' }], folder)).toThrow(
      /image "gone.png" not found/,
    )
    expect(() => planImages([{ src: 'doc.pdf', alt: 'x' }], folder)).toThrow(/not a PNG, JPEG/)
    expect(() => planImages([{ src: 'data:image/png;base64,AA', alt: 'x' }], folder)).toThrow(
      /neither a file nor a web address/,
    )
  })

  it('turns file names into readable alt text', () => {
    expect(humaniseFileName('photos/IMG_0042.jpeg')).toBe('IMG 0042')
    expect(humaniseFileName('a-quiet--room.webp')).toBe('A quiet room')
  })
})
