import * as migration_20261127_082339_initial from './20261127_082339_initial'
import * as migration_20261127_091500_article_search from './20261127_091500_article_search'
import * as migration_20261127_093248_api_keys from './20261127_093248_api_keys'
import * as migration_20261127_093704_webhooks from './20261127_093704_webhooks'
import * as migration_20261127_111014_editorial_workflow from './20261127_111014_editorial_workflow'
import * as migration_20261127_200958_site_description from './20261127_200958_site_description'
import * as migration_20261208_000744_media_visibility from './20261208_000744_media_visibility'
import * as migration_20261208_003146_revoke_staff_api_keys from './20261208_003146_revoke_staff_api_keys'
import * as migration_20261208_030036_media_storage_fields from './20261208_030036_media_storage_fields'

export const migrations = [
  {
    up: migration_20261127_082339_initial.up,
    down: migration_20261127_082339_initial.down,
    name: '20261127_082339_initial',
  },
  {
    up: migration_20261127_091500_article_search.up,
    down: migration_20261127_091500_article_search.down,
    name: '20261127_091500_article_search',
  },
  {
    up: migration_20261127_093248_api_keys.up,
    down: migration_20261127_093248_api_keys.down,
    name: '20261127_093248_api_keys',
  },
  {
    up: migration_20261127_093704_webhooks.up,
    down: migration_20261127_093704_webhooks.down,
    name: '20261127_093704_webhooks',
  },
  {
    up: migration_20261127_111014_editorial_workflow.up,
    down: migration_20261127_111014_editorial_workflow.down,
    name: '20261127_111014_editorial_workflow',
  },
  {
    up: migration_20261127_200958_site_description.up,
    down: migration_20261127_200958_site_description.down,
    name: '20261127_200958_site_description',
  },
  {
    up: migration_20261208_000744_media_visibility.up,
    down: migration_20261208_000744_media_visibility.down,
    name: '20261208_000744_media_visibility',
  },
  {
    up: migration_20261208_003146_revoke_staff_api_keys.up,
    down: migration_20261208_003146_revoke_staff_api_keys.down,
    name: '20261208_003146_revoke_staff_api_keys',
  },
  {
    up: migration_20261208_030036_media_storage_fields.up,
    down: migration_20261208_030036_media_storage_fields.down,
    name: '20261208_030036_media_storage_fields',
  },
]
