import { contentChangeSchema, SIGNATURE_HEADER, verifySignature } from '@groundwork/cms'
import { expireTags } from '@/freshness/revalidate'
import { parseEnv } from '@/runtime/env'

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * Where the app's own background work (the jobs queue) expires cache tags: signed with the
 * Payload secret and fresh, or refused. Never cached.
 */
export const POST = async (request: Request) => {
  const body = await request.text()
  const { PAYLOAD_SECRET } = parseEnv(process.env)
  if (!verifySignature(PAYLOAD_SECRET, body, request.headers.get(SIGNATURE_HEADER))) {
    return refuse(401, 'Signature missing or invalid.')
  }
  const change = contentChangeSchema.safeParse(parseJson(body))
  if (!change.success) return refuse(400, 'Not a content change.')
  expireTags(change.data)
  return new Response(null, { status: 204 })
}
