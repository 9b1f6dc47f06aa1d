import {
  type AppProcess,
  planProfile,
  type RunningNginx,
  startAppProcess,
  startNginx,
} from '@groundwork/web/scripts'

export type ProductionSetup = { app: AppProcess; nginx: RunningNginx; stop: () => Promise<void> }

/**
 * The app started as `npm start` does (built, `next start`, embedded PostgreSQL, demo content)
 * behind the shipped nginx profile, which it trusts for client addresses (TRUST_PROXY=1) and
 * refreshes when content changes (PROXY_REFRESH_URL).
 */
export const startProductionSetup = async (
  name: string,
  env: Record<string, string> = {},
): Promise<ProductionSetup> => {
  console.log('Starting the app as `npm start` does (build included, a minute or two)…')
  // The app learns the profile's address and token first, to refresh its pages on a publish.
  const plan = await planProfile()
  const app = await startAppProcess({ name, env: { ...env, ...plan.appEnv, TRUST_PROXY: '1' } })
  const nginx = await startNginx(`127.0.0.1:${app.port}`, plan).catch(async (error: unknown) => {
    await app.stop()
    throw error
  })
  return {
    app,
    nginx,
    stop: async () => {
      await nginx.stop()
      await app.stop()
    },
  }
}
