import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { SIGNATURE_HEADER, verifySignature } from '@groundwork/cms'
import { describe, expect, inject, it } from 'vitest'
import { staffApi } from '../support/e2e/staff'

/** The running app's own jobs queue delivers webhooks: no cron, no admin visit needed. */
describe('webhooks from the running app', () => {
  const baseUrl = inject('baseUrl')

  it('delivers a signed event for a publish made over REST', async () => {
    const bodies: { body: string; signature: string }[] = []
    const server = http.createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => {
        body += chunk
      })
      request.on('end', () => {
        bodies.push({ body, signature: String(request.headers[SIGNATURE_HEADER]) })
        response.end()
      })
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    const api = staffApi(baseUrl)
    const secret = 'e2e-webhook-secret'
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
    const { doc: hook } = await api('POST', 'webhooks', { url, events: ['update'], secret })
    try {
      const { docs } = await (
        await fetch(`${baseUrl}/api/articles?where[slug][equals]=after-a-relapse`)
      ).json()
      await api('PATCH', `articles/${docs[0].id}`, {
        excerpt: `Edited ${Date.now()}`,
        _status: 'published',
      })
      for (let i = 0; i < 60 && bodies.length === 0; i++)
        await new Promise((r) => setTimeout(r, 250))
      expect(bodies).toHaveLength(1)
      const event = JSON.parse(bodies[0]?.body ?? '{}')
      expect(event).toMatchObject({
        type: 'articles.update',
        id: docs[0].id,
        slug: 'after-a-relapse',
      })
      expect(verifySignature(secret, bodies[0]?.body ?? '', bodies[0]?.signature)).toBe(true)
    } finally {
      await api('PATCH', `webhooks/${hook.id}`, { active: false })
      server.close()
    }
  })
})
