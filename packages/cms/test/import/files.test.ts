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
    expect(files).toEqual([
      { path: nested, root: path.join(root, 'posts') },
      { path: a, root: path.join(root, 'posts') },
      { path: b, root: path.join(root, 'posts') },
    ])
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
      root,
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
    const plan = (src: string) => () => planImages([{ src, alt: 'x' }], folder, folder)
    expect(plan('gone.png')).toThrow(/image "gone.png" not found/)
    expect(plan('doc.pdf')).toThrow(/not a PNG, JPEG/)
    expect(plan('data:image/png;base64,AA')).toThrow(/neither a file nor a web address/)
  })

  it('reads nothing outside the imported folder: not by ../, an absolute path or a link', () => {
    const imported = path.join(root, 'imported')
    const posts = path.join(imported, 'posts')
    write('imported/img/inside.png')
    const secret = write('secret.png')
    write('elsewhere/picture.png')
    fs.mkdirSync(posts, { recursive: true })
    fs.symlinkSync(secret, path.join(posts, 'linked.png'))
    fs.symlinkSync(path.join(root, 'elsewhere'), path.join(posts, 'linked-folder'))
    const plan = (src: string) => () => planImages([{ src, alt: 'x' }], posts, imported)

    expect(plan('../img/inside.png')().images.get('../img/inside.png')).toMatchObject({
      kind: 'local',
      path: path.join(imported, 'img/inside.png'),
    })
    const outside = `is outside the imported folder (${imported}): only images inside it are imported`
    expect(plan('../../secret.png')).toThrow(`image "../../secret.png" ${outside}`)
    expect(plan('%2e%2e/%2e%2e/secret.png')).toThrow(`image "%2e%2e/%2e%2e/secret.png" ${outside}`)
    expect(plan(secret)).toThrow(
      `image "${secret}" is an absolute path: write it relative to the article's file`,
    )
    const linked = `leads outside the imported folder (${imported}) through a symbolic link`
    expect(plan('linked.png')).toThrow(`image "linked.png" ${linked}`)
    expect(plan('linked-folder/picture.png')).toThrow(`image "linked-folder/picture.png" ${linked}`)
  })

  it('turns file names into readable alt text', () => {
    expect(humaniseFileName('photos/IMG_0042.jpeg')).toBe('IMG 0042')
    expect(humaniseFileName('a-quiet--room.webp')).toBe('A quiet room')
  })
})
