import type { Role } from '@groundwork/cms'

/**
 * THE table of who may do what, for every collection and global: the role-matrix tests are
 * generated from it, and a test fails when the CMS config has a collection or global without
 * a row here. Change access rules and this table together.
 */
export const callers = ['anonymous', 'api', 'contributor', 'editor', 'admin'] as const
export type Caller = (typeof callers)[number]

export type Operation = 'create' | 'read' | 'update' | 'delete' | 'publish' | 'unpublish'

/**
 * - `true`: on any document;
 * - `false`: never;
 * - `'own'`: only on the caller's own document (articles: one the caller created and that
 *   readers do not see; users: the caller's own account);
 * - `'published'`: only documents readers can see (reads).
 */
export type Rule = boolean | 'own' | 'published'
export type Row = Record<Caller, Rule>

const only = (...allowed: Caller[]): Row =>
  Object.fromEntries(callers.map((caller) => [caller, allowed.includes(caller)])) as Row

const everyone = only(...callers)
const nobody = only()
const staff = only('contributor', 'editor', 'admin')
const editors = only('editor', 'admin')
const admins = only('admin')

/** Shared content only editors and admins change; everyone reads it. */
const editorial = { create: editors, read: everyone, update: editors, delete: editors }

export const collectionMatrix = {
  articles: {
    // Contributors create drafts only: creating one already published is a `publish`.
    create: staff,
    // The `api` role reads drafts too; anonymous readers only what is published.
    read: { ...everyone, anonymous: 'published' },
    update: { ...editors, contributor: 'own' },
    delete: { ...editors, contributor: 'own' },
    publish: editors,
    unpublish: editors,
  },
  authors: editorial,
  topics: editorial,
  disclaimers: editorial,
  redirects: editorial,
  // Readers see uploads that published content shows; contributors change only uploads nobody
  // reads yet (an image readers see is the editors': test/access/mediaAccess.int.test.ts).
  media: {
    create: staff,
    read: { ...everyone, anonymous: 'published' },
    update: staff,
    delete: editors,
  },
  users: {
    create: admins,
    read: { ...admins, api: 'own', contributor: 'own', editor: 'own' },
    // API keys change nothing, not even their own account.
    update: { ...admins, contributor: 'own', editor: 'own' },
    delete: admins,
  },
  webhooks: { create: admins, read: admins, update: admins, delete: admins },
  // The delivery log is written by the jobs queue only: no caller creates or edits an entry.
  'webhook-deliveries': { create: nobody, read: admins, update: nobody, delete: admins },
} satisfies Record<string, Partial<Record<Operation, Row>>>

export const globalMatrix = {
  site: { read: everyone, update: editors },
} satisfies Record<string, Partial<Record<Operation, Row>>>

export type CollectionTarget = keyof typeof collectionMatrix
export type GlobalTarget = keyof typeof globalMatrix

/** One cell of the collection table: what `caller` may do with `op` on `target`. */
export type MatrixRow = { caller: Caller; target: CollectionTarget; op: Operation; rule: Rule }

/** Every cell of the collection table, caller by caller. */
export const matrixRows = (): MatrixRow[] =>
  callers.flatMap((caller) =>
    (Object.keys(collectionMatrix) as CollectionTarget[]).flatMap((target) =>
      (Object.entries(collectionMatrix[target]) as [Operation, Record<Caller, Rule>][]).map(
        ([op, row]) => ({ caller, target, op, rule: row[caller] }),
      ),
    ),
  )

/** Every role the CMS knows must be a caller of the table. */
export const rolesInTable = (roles: readonly Role[]) =>
  roles.every((role) => (callers as readonly string[]).includes(role))
