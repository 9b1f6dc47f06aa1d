import sharp from 'sharp'

export type UploadedImage = { id: number; filename: string }

/**
 * Uploads a plain PNG through `POST /api/media` as the given account, as the admin's upload
 * does; fails the test, naming the answer, unless it is stored. Hands back the PNG it sent too.
 */
export const uploadPng = async (
  baseUrl: string,
  token: string,
  {
    alt,
    name,
    width = 1800,
    height = 1000,
    colour = '#1f5f8b',
    extra = {},
  }: {
    alt: string
    name: string
    width?: number
    height?: number
    colour?: string
    /** Other fields of the media document, such as `public`. */
    extra?: Record<string, unknown>
  },
): Promise<UploadedImage & { png: Buffer }> => {
  const png = await sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(png)], { type: 'image/png' }),
    `${name}-${Date.now()}.png`,
  )
  form.append('_payload', JSON.stringify({ alt, ...extra }))
  const upload = await fetch(`${baseUrl}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}` },
    body: form,
  })
  if (upload.status !== 201)
    throw new Error(`Upload refused: ${upload.status} ${await upload.text()}`)
  return { ...((await upload.json()) as { doc: UploadedImage }).doc, png }
}
