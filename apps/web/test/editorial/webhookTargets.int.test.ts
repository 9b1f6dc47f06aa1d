import { lookup } from 'node:dns/promises'
import { once } from 'node:events'
import http from 'node:http'
import { type AddressInfo, isIP } from 'node:net'
import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createArticle, createAuthor } from '../support/content'
import { startTestCms, type TestCms } from '../support/testPayload'

/**
 * Names this test controls, as a DNS server would answer them: `hooks.example.com` resolves to a
 * public address when a webhook is saved and to this machine later (DNS changed, or rebinding).
 * Every other name resolves as the system does (`localhost` among them).
 */
const dnsAnswers = new Map<string, string>()
const resolve = async (hostname: string) => {
  const address = dnsAnswers.get(hostname)
  if (address) return [{ address, family: isIP(address) }]
  return lookup(hostname, { all: true, verbatim: true })
}

const refusedOnSave = [
  'http://127.0.0.1:8080/hook',
  'http://127.8.9.10/',
  'http://[::1]/hook',
  'http://10.1.2.3/',
  'http://172.16.0.1/',
  'http://172.31.255.255/',
  'http://192.168.1.1/',
  'http://169.254.169.254/latest/meta-data/',
  'http://[fd12:3456::1]/',
  'http://[fe80::1]/',
  'http://0.0.0.0/',
  'http://[::ffff:127.0.0.1]/',
  'http://2130706433/',
  'http://localhost:3000/hook',
]

/** Webhook URLs may not reach this server or its private networks unless the operator allows. */
describe('webhook targets', () => {
  let cms: TestCms
  beforeAll(async () => {
    // As in production: WEBHOOKS_ALLOW_PRIVATE_TARGETS unset.
    cms = await startTestCms({ webhookTargets: { resolve } })
  })
  afterAll(() => cms.payload.destroy())

  const saveWebhook = (url: string) =>
    cms.payload.create({
      collection: 'webhooks',
      data: { url, events: ['publish'], secret: 'receiver-secret' },
    })

  it.each(refusedOnSave)('refuses %s on save, with a message on the URL field', async (url) => {
    const error = await saveWebhook(url).then(
      () => null,
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors).toEqual([
      expect.objectContaining({
        path: 'url',
        message: expect.stringContaining('private network'),
      }),
    ])
  })

  it('accepts public addresses, names that resolve to them, and names not resolvable yet', async () => {
    dnsAnswers.set('hooks.example.com', '203.0.113.7')
    for (const url of [
      'https://172.32.0.1/hook',
      'https://hooks.example.com/hook',
      'https://not-registered-yet.example.test/hook',
    ]) {
      const saved = await saveWebhook(url)
      await cms.payload.delete({ collection: 'webhooks', id: saved.id })
    }
  })

  it('refuses at delivery a name that has come to resolve to this machine, and logs why', async () => {
    const received: string[] = []
    const server = http.createServer((request, response) => {
      received.push(request.url ?? '')
      response.end()
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    try {
      const { port } = server.address() as AddressInfo
      dnsAnswers.set('hooks.example.com', '203.0.113.7')
      const webhook = await saveWebhook(`http://hooks.example.com:${port}/hook`)
      dnsAnswers.set('hooks.example.com', '127.0.0.1')
      const author = await createAuthor(cms.payload, 'Noor Haddad')
      await createArticle(cms.payload, { title: 'Rebound', authors: [author.id] }, {})
      for (let round = 0; round < 3; round++) {
        await cms.payload.jobs.run({ queue: 'webhooks', limit: 50 })
      }
      expect(received).toEqual([])
      const { docs } = await cms.payload.find({
        collection: 'webhook-deliveries',
        where: { webhook: { equals: webhook.id } },
      })
      // Logged once: a refusal is the policy's answer, not a failure worth retrying.
      expect(docs).toHaveLength(1)
      expect(docs[0]).toMatchObject({ ok: false, status: 0 })
      expect(docs[0]?.error).toContain('hooks.example.com (127.0.0.1) is on this server')
    } finally {
      server.close()
    }
  })
})
