import type {
  ArticleCard,
  ArticlePageModel,
  Author,
  CallToAction,
  Disclaimer,
} from '../src/article/model'
import type { LexicalNode, RichTextValue } from '../src/rich-text/model'

/** Lexical JSON builders shaped like Payload's stored rich text (see cms/src/seed/lexical.ts). */
type Child = LexicalNode | string

export const text = (value: string): LexicalNode => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const nodes = (children: Child[]) =>
  children.map((child) => (typeof child === 'string' ? text(child) : child))

const element = (
  type: string,
  children: Child[],
  extra: Record<string, unknown> = {},
): LexicalNode => ({
  ...extra,
  type,
  children: nodes(children),
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
})

export const link = (label: string, url: string, newTab = false): LexicalNode => ({
  ...element('link', [label]),
  fields: { linkType: 'custom', url, newTab },
  version: 3,
})

export const paragraph = (...children: Child[]) =>
  element('paragraph', children, { textFormat: 0, textStyle: '' })

export const heading = (tag: 'h1' | 'h2' | 'h3' | 'h4', ...children: Child[]) =>
  element('heading', children, { tag })
export const h2 = (...children: Child[]) => heading('h2', ...children)
export const h3 = (...children: Child[]) => heading('h3', ...children)

export const list = (items: string[], listType: 'bullet' | 'number' = 'bullet') =>
  element(
    'list',
    items.map((item, index) => element('listitem', [item], { value: index + 1 })),
    { listType, start: 1, tag: listType === 'bullet' ? 'ul' : 'ol' },
  )

export const quote = (...children: Child[]) => element('quote', children)

export const doc = (...children: LexicalNode[]): RichTextValue => ({
  root: {
    type: 'root',
    children,
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})

/** View-model builders. */
export const card = (slug: string, title = `Title of ${slug}`): ArticleCard => ({
  title,
  slug,
  excerpt: null,
  publishedAt: '2025-01-15T09:00:00.000Z',
})

export const author = (overrides: Partial<Author> = {}): Author => ({
  name: 'Dana Reyes',
  slug: 'dana-reyes',
  jobTitle: 'Addiction counselor',
  credentials: 'LCSW',
  bio: doc(paragraph('Dana has worked in recovery services for twelve years.')),
  photo: { url: '/media/dana.jpg', alt: 'Dana Reyes smiling', width: 200, height: 200 },
  ...overrides,
})

export const callToAction = (overrides: Partial<CallToAction> = {}): CallToAction => ({
  heading: 'Talk to someone today',
  text: 'Free, confidential help, any time.',
  linkLabel: 'Find help',
  linkUrl: 'https://www.samhsa.gov/find-help',
  ...overrides,
})

export const disclaimer = (overrides: Partial<Disclaimer> = {}): Disclaimer => ({
  title: 'Medical disclaimer',
  body: doc(paragraph('This article is not medical advice.')),
  ...overrides,
})

export const articlePage = (overrides: Partial<ArticlePageModel> = {}): ArticlePageModel => ({
  title: 'Living with recovery',
  slug: 'living-with-recovery',
  excerpt: 'What the first year looks like.',
  publishedAt: '2025-03-02T10:00:00.000Z',
  topics: [{ name: 'Recovery support', slug: 'recovery-support' }],
  heroImage: null,
  updatedAt: '2025-03-04T10:00:00.000Z',
  body: doc(
    paragraph('The first year is hard, and that is normal.'),
    h2('What helped'),
    paragraph('Routine, sleep and ', link('support groups', 'https://www.aa.org'), '.'),
    h3('Sleep'),
    paragraph('Going to bed at the same time.'),
    h2('Setbacks'),
    list(['Name the trigger', 'Call someone']),
    h2('What helped'),
    quote('One day at a time.'),
  ),
  authors: [author()],
  callToAction: callToAction(),
  alsoBrowsed: [card('first-week'), card('sleep-and-cravings'), card('family-talks')],
  disclaimer: disclaimer(),
  medicalReview: null,
  meta: {
    title: 'Living with recovery',
    description: 'What the first year looks like.',
    image: null,
  },
  ...overrides,
})
