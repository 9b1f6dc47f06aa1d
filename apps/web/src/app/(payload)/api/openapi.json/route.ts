/*
 * The content API's OpenAPI document. This static segment wins over Payload's `[...slug]`
 * catch-all beside it, so Payload never sees /api/openapi.json.
 */
import config from '@payload-config'
import { parseEnv } from '@/runtime/env'
import { openApiResponse } from './openApiResponse'

export const GET = () => openApiResponse(config, parseEnv(process.env).SERVER_URL)
