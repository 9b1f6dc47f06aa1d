import { buildOpenApi } from '@groundwork/cms'
import type { SanitizedConfig } from 'payload'

/**
 * The response behind GET /api/openapi.json, apart from the route so tests can hand it their
 * own config. Five minutes of caching: the document changes only when the code does.
 */
export const openApiResponse = async (
  config: SanitizedConfig | Promise<SanitizedConfig>,
  serverUrl: string,
): Promise<Response> =>
  Response.json(await buildOpenApi(await config, { serverUrl }), {
    headers: { 'cache-control': 'public, max-age=300' },
  })
