import * as migration_20261127_082339_initial from './20261127_082339_initial'
import * as migration_20261127_091500_article_search from './20261127_091500_article_search'

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
]
