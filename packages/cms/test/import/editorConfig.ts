import os from 'node:os'
import { editorConfigFactory } from '@payloadcms/richtext-lexical'
import { buildCmsConfig } from '../../src/config'

/** The articles' editor, from a config that never connects (no database is needed to convert). */
export const testEditorConfig = async () =>
  editorConfigFactory.default({
    config: await buildCmsConfig({
      databaseUrl: 'postgres://nobody@127.0.0.1:1/unused',
      secret: 'unit-tests-only-secret-0123456789abcdef',
      serverUrl: 'http://localhost:3000',
      mediaDir: os.tmpdir(),
      importMapBaseDir: os.tmpdir(),
      onContentChange: () => {},
    }),
  })
