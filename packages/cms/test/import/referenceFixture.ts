import fs from 'node:fs'
import path from 'node:path'

const repoRoot = path.resolve(import.meta.dirname, '../../../..')
/** shared/ sits beside the repository, in CI too. */
export const referenceArticlePath = path.resolve(
  repoRoot,
  '../shared/fixtures/reference-article.md',
)
export const readReferenceArticle = () => fs.readFileSync(referenceArticlePath, 'utf8')
