import { type ArticleContent, type StoredArticle, sameContent } from './storedArticle'

/**
 * What a save left in Postgres, judged against what was there before it and what it sent: the
 * new version or the old (for a create, nothing), each whole; `problems` names whatever is torn.
 * Whole means the live row and its versions tell the same story: one latest version, equal to
 * the live row; the new save added exactly one version, the old state none.
 */
export type Judgement = {
  outcome: 'new version' | 'old version' | 'nothing created' | 'torn'
  problems: string[]
}

/** What is wrong between the live row and the version history: nothing, for a whole article. */
export const versionProblems = (stored: StoredArticle): string[] => {
  const latest = stored.versions.filter((version) => version.latest)
  if (latest.length !== 1) return [`${latest.length} versions are marked latest`]
  return sameContent(stored.live, latest[0] as ArticleContent)
    ? []
    : ['the live row differs from its latest version']
}

/** An update of an existing article: `before` is what was stored when the save was sent. */
export const judgeUpdate = (
  before: StoredArticle,
  after: StoredArticle,
  saved: ArticleContent,
): Judgement => {
  const known = new Set(before.versions.map((version) => version.id))
  const added = after.versions.filter((version) => !known.has(version.id))
  const kept = after.versions.filter((version) => known.has(version.id))
  const problems = versionProblems(after)
  if (kept.length !== before.versions.length) problems.push('earlier versions disappeared')
  if (sameContent(after.live, saved)) {
    if (added.length !== 1 || !sameContent(added[0], saved))
      problems.push(`the save added ${added.length} versions instead of one equal to it`)
    return { outcome: 'new version', problems }
  }
  if (before.live && sameContent(after.live, before.live)) {
    if (added.length > 0)
      problems.push(`the old row stayed but ${added.length} versions were added`)
    return { outcome: 'old version', problems }
  }
  return { outcome: 'torn', problems: ['the live row is neither the old nor the new save'] }
}

/** A create: `after` is null when no article with the save's slug exists. */
export const judgeCreate = (
  after: StoredArticle | null,
  orphanVersions: number,
  saved: ArticleContent,
): Judgement => {
  const problems = orphanVersions > 0 ? [`${orphanVersions} versions without an article`] : []
  if (!after) return { outcome: 'nothing created', problems }
  problems.push(...versionProblems(after))
  if (!sameContent(after.live, saved)) problems.push('the created article is not what was sent')
  if (after.versions.length !== 1) problems.push(`${after.versions.length} versions, not one`)
  return { outcome: 'new version', problems }
}
