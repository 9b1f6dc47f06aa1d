/** An account's API key fields once its key is gone: Payload finds keys by `apiKeyIndex`. */
export const noApiKey = { enableAPIKey: false, apiKey: null, apiKeyIndex: null } as const
