/**
 * Applies pending migrations and seeds demo content into an empty site. Run by `npm start`
 * before the server starts; safe to run again (it adds nothing the second time).
 */
import { migrations } from '@groundwork/cms/migrations'
import { isEmptySite, seedDemoContent } from '@groundwork/cms/seed'
import { getPayload } from 'payload'

const { default: config } = await import('../src/payload.config')
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
process.exit(0)
