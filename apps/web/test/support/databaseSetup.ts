import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { createTestDatabase } from './testDatabase'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    /** A folder the suite's uploads go under, removed with the database when the suite ends. */
    mediaRoot: string
  }
}

/** One fresh database for the integration suite; each test file migrates it once. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase('int')
  const mediaRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-int-media-'))
  project.provide('databaseUrl', database.url)
  project.provide('mediaRoot', mediaRoot)
  return async () => {
    fs.rmSync(mediaRoot, { recursive: true, force: true })
    await database.drop()
  }
}
