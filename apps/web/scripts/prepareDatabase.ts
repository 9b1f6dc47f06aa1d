/**
 * Applies pending migrations and seeds demo content into an empty site. Run by `npm start`
 * before the server starts; safe to run again (it adds nothing the second time).
 */
import { resolveLexicalBuildsDirectly } from './lib/lexicalBuilds'

const main = async () => {
  // Payload and Lexical load only after the module hook that keeps Node 20 from stalling on
  // Lexical's top-level awaits (seen as exit code 13, "unsettled top-level await").
  resolveLexicalBuildsDirectly()
  const [{ migrations }, { isEmptySite, seedDemoContent }, { getPayload }, { default: config }] =
    await Promise.all([
      import('@groundwork/cms/migrations'),
      import('@groundwork/cms/seed'),
      import('payload'),
      import('../src/payload.config'),
    ])
  const payload = await getPayload({ config })
  try {
    // Payload imports migration files itself in the CLI; here we hand it the compiled list.
    await payload.db.migrate({ migrations })
    if (await isEmptySite(payload)) {
      const seeded = await seedDemoContent(payload)
      console.log(
        `Seeded demo content: ${seeded.articles} articles, ${seeded.authors} authors, ${seeded.topics} topics, ${seeded.disclaimers} disclaimers.`,
      )
    }
  } finally {
    await payload.destroy()
  }
}

// Payload keeps timers and sockets open after destroy(); the exit code is what callers read.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
