import { afterAll, beforeAll } from 'vitest'
import { noCache, type QueryDeps } from '@/queries/cache'
import { quiet, body as richBody } from '../content'
import { later } from '../later'
import { startTestCms, type TestCms } from '../testPayload'
import { type Answer, type Method, rest } from './http'
import { type StoredState, storedState } from './state'

/**
 * What every bad-input file stands on: an admin and a contributor signed in, a calm published
 * article (with its author and topic), a hidden draft and the site settings. Each file makes its
 * own, named after its surface, because the int files share one database: the names keep them
 * apart, and a leak of any file's hidden draft or staff email is a finding in every file.
 */

export type Caller = 'anon' | 'admin' | 'contributor'

/** Words only the hidden drafts hold: an anonymous answer that carries them leaked a draft. */
export const MARKER = 'zqxhiddendraftmarker'
/** Every fixture's staff emails match this; an anonymous answer must never carry one. */
export const STAFF_EMAIL = /badinput-[a-z]+-(admin|contributor)@example\.test/
export const PASSWORD = 'a-long-badinput-password-1'
export const SITE_NAME = 'Bad input site'
export const CALM_TITLE = 'A calm article'

export type Ids = {
  article: number
  author: number
  topic: number
  contributor: number
  admin: number
}

export type BadInput = {
  /** The calm fixtures' slugs and the hidden draft's. */
  slugs: { article: string; topic: string; author: string; hidden: string }
  emails: Record<'admin' | 'contributor', string>
  ids: Ids
  /** Read inside tests and hooks, once the fixtures are made. */
  readonly cms: TestCms
  readonly deps: QueryDeps
  readonly mediaDir: string
  /** The caller's credentials as request headers (none for `anon`). */
  auth: (caller?: Caller) => Record<string, string>
  snapshot: () => Promise<StoredState>
  /** One REST call as `caller`; `type` is the content type, if any. */
  call: (
    caller: Caller,
    method: Method,
    target: string,
    body?: BodyInit,
    type?: string | null,
  ) => Promise<Answer>
  /** The id of the newest document of each collection a write could add to. */
  newestIds: () => Promise<Record<string, number>>
  /** Deletes what was created after `newestIds` was taken. */
  deleteCreatedSince: (newest: Record<string, number>) => Promise<void>
  /** Puts back what a write that went through changed; true when anything had to be remade. */
  restoreFixtures: () => Promise<boolean>
}

const WRITABLE = ['articles', 'users', 'media', 'authors', 'topics'] as const

/** Registers the fixtures' setup and teardown in the calling file; `name` is its surface. */
export const useBadInput = (name: string): BadInput => {
  const slugs = {
    article: `badinput-${name}-calm-article`,
    topic: `badinput-${name}-calm-topic`,
    author: `badinput-${name}-calm-author`,
    hidden: `badinput-${name}-hidden-${MARKER}`,
  }
  const emails = {
    admin: `badinput-${name}-admin@example.test`,
    contributor: `badinput-${name}-contributor@example.test`,
  }
  const calmArticle = () => ({
    title: CALM_TITLE,
    slug: slugs.article,
    body: richBody({ p: 'Recovery takes time. See [SAMHSA](https://www.samhsa.gov).' }),
    _status: 'published' as const,
    authors: [ids.author],
    topics: [ids.topic],
  })
  const ids: Ids = { article: 0, author: 0, topic: 0, contributor: 0, admin: 0 }
  const tokens: Record<Caller, string> = { anon: '', admin: '', contributor: '' }
  /** When the fixtures were last saved: a later `updatedAt` means a hostile write landed. */
  const stamps = { article: '', site: '' }
  let siteData: Record<string, unknown> = {}
  const started = later<{ cms: TestCms; deps: QueryDeps; mediaDir: string }>(
    'The bad-input fixtures',
  )
  const running = started.made
  const payload = () => running().cms.payload

  const signIn = async (caller: 'admin' | 'contributor') => {
    const user = await payload().create({
      collection: 'users',
      data: { email: emails[caller], password: PASSWORD, role: caller },
      context: quiet,
    })
    const login = await payload().login({
      collection: 'users',
      data: { email: emails[caller], password: PASSWORD },
    })
    ids[caller] = user.id
    tokens[caller] = login.token ?? ''
  }

  const makeArticle = async () => {
    const article = await payload().create({
      collection: 'articles',
      data: calmArticle(),
      context: quiet,
    })
    ids.article = article.id
    stamps.article = article.updatedAt
  }

  const saveSite = async (data: Record<string, unknown>) => {
    const site = await payload().updateGlobal({ slug: 'site', data, context: quiet })
    stamps.site = site.updatedAt ?? ''
    return site as unknown as Record<string, unknown>
  }

  beforeAll(async () => {
    const cms = await startTestCms()
    const upload = (await cms.config).collections.find((c) => c.slug === 'media')?.upload
    const mediaDir = typeof upload === 'object' ? (upload.staticDir ?? '') : ''
    started.set({ cms, deps: { payload: cms.payload, cached: noCache }, mediaDir })

    await signIn('admin')
    await signIn('contributor')
    const author = await payload().create({
      collection: 'authors',
      data: { name: 'Calm Author', slug: slugs.author, bio: richBody({ p: 'Writes calmly.' }) },
      context: quiet,
    })
    const topic = await payload().create({
      collection: 'topics',
      data: { name: 'Calm topic', slug: slugs.topic },
      context: quiet,
    })
    ids.author = author.id
    ids.topic = topic.id
    await makeArticle()
    await payload().create({
      collection: 'articles',
      draft: true,
      data: {
        title: `Hidden draft ${MARKER}`,
        slug: slugs.hidden,
        body: richBody({ p: `Nobody outside may read ${MARKER}.` }),
        authors: [author.id],
        topics: [topic.id],
        _status: 'draft',
      },
      context: quiet,
    })
    const {
      id: _i,
      updatedAt: _u,
      createdAt: _c,
      globalType: _g,
      ...data
    } = await saveSite({
      name: SITE_NAME,
    })
    siteData = data
  })
  afterAll(() => started.ifMade()?.cms.payload.destroy())

  const auth = (caller: Caller = 'anon'): Record<string, string> =>
    caller === 'anon' ? {} : { authorization: `JWT ${tokens[caller]}` }

  const restoreFixtures = async (): Promise<boolean> => {
    let remade = false
    const live = await payload().find({
      collection: 'articles',
      where: { slug: { equals: slugs.article } },
      depth: 0,
      limit: 1,
    })
    const article = live.docs[0]
    if (!article || article.updatedAt !== stamps.article) {
      // Deleted and made again: an update would keep the bad save among the versions.
      if (article)
        await payload().delete({ collection: 'articles', id: article.id, context: quiet })
      await makeArticle()
      remade = true
    }
    const site = await payload().findGlobal({ slug: 'site', depth: 0 })
    if (site.updatedAt !== stamps.site) {
      await saveSite(siteData)
      remade = true
    }
    const contributor = await payload().findByID({
      collection: 'users',
      id: ids.contributor,
      depth: 0,
    })
    if (contributor.role !== 'contributor') {
      await payload().update({
        collection: 'users',
        id: ids.contributor,
        data: { role: 'contributor' },
        context: quiet,
      })
      remade = true
    }
    return remade
  }

  const helpers: Omit<BadInput, 'cms' | 'deps' | 'mediaDir'> = {
    slugs,
    emails,
    ids,
    auth,
    snapshot: () => storedState(payload(), running().mediaDir),
    call: (caller, method, target, body, type) =>
      rest(running().cms.config, target, {
        method,
        body,
        headers: { ...auth(caller), ...(type ? { 'content-type': type } : {}) },
      }),
    newestIds: async () => {
      const newest: Record<string, number> = {}
      for (const collection of WRITABLE) {
        const { docs } = await payload().find({
          collection,
          sort: '-id',
          limit: 1,
          depth: 0,
          draft: true,
          pagination: false,
          select: {},
        })
        newest[collection] = Number(docs[0]?.id ?? 0)
      }
      return newest
    },
    deleteCreatedSince: async (newest) => {
      for (const [collection, id] of Object.entries(newest)) {
        await payload().delete({
          collection: collection as 'articles',
          where: { id: { greater_than: id } },
          context: quiet,
        })
      }
    },
    restoreFixtures,
  }
  return Object.assign(started.fields(['cms', 'deps', 'mediaDir']), helpers)
}
