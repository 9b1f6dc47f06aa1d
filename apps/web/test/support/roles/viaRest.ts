import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@/http/routes'
import { type Json, restCall } from '../routes'
import type { TestCms } from '../testPayload'
import { type Call, type Id, type Identity, idOf, type Outcome } from './call'

const restErrorOf = (body: Json) =>
  (body.errors as { message?: string; name?: string }[] | undefined)?.[0]

/** A call over the REST route handlers, the caller's credentials in its headers. */
export const viaRest = async (cms: TestCms, who: Identity, call: Call): Promise<Outcome> => {
  const json = (data: Json) => ({
    headers: { ...who.headers, 'content-type': 'application/json' },
    body: JSON.stringify(data),
  })
  const draft = (on?: boolean) => (on ? '&draft=true' : '')
  let answer: { status: number; body: Json }
  let id: Id | undefined
  switch (call.op) {
    case 'create': {
      let init: RequestInit = json(call.data)
      if (call.upload) {
        const form = new FormData()
        form.append('_payload', JSON.stringify(call.data))
        const file = new Blob([new Uint8Array(call.upload.data)], { type: call.upload.mimetype })
        form.append('file', file, call.upload.name)
        init = { headers: who.headers, body: form }
      }
      answer = await restCall(cms.config, `${call.collection}?depth=0`, {
        ...init,
        method: 'POST',
        handler: REST_POST,
      })
      id = idOf(answer.body.doc)
      break
    }
    case 'read':
      answer = await restCall(
        cms.config,
        `${call.collection}/${call.id}?depth=0${draft(call.draft)}`,
        {
          headers: who.headers,
        },
      )
      id = idOf(answer.body)
      break
    case 'update':
      answer = await restCall(
        cms.config,
        `${call.collection}/${call.id}?depth=0${draft(call.draft)}`,
        {
          ...json(call.data),
          method: 'PATCH',
          handler: REST_PATCH,
        },
      )
      id = idOf(answer.body.doc)
      break
    case 'delete':
      answer = await restCall(cms.config, `${call.collection}/${call.id}`, {
        headers: who.headers,
        method: 'DELETE',
        handler: REST_DELETE,
      })
      id = idOf(answer.body.doc)
      break
    case 'readGlobal':
      answer = await restCall(cms.config, `globals/${call.global}?depth=0`, {
        headers: who.headers,
        handler: REST_GET,
      })
      break
    case 'updateGlobal':
      answer = await restCall(cms.config, `globals/${call.global}?depth=0`, {
        ...json(call.data),
        method: 'POST',
        handler: REST_POST,
      })
      break
  }
  const error = restErrorOf(answer.body)
  return { status: answer.status, id, message: error?.message, name: error?.name }
}
