import { type S3StorageOptions, s3Storage } from '@payloadcms/storage-s3'
import type {
  CollectionBeforeOperationHook,
  CollectionConfig,
  Config,
  Field,
  Plugin,
} from 'payload'
import { noOne } from './collections/media/access'

/**
 * Media in an S3-compatible bucket instead of `mediaDir` (docs/scaling.md, "Media on S3").
 * Uploads and every image size are written to the bucket under their file name; readers still
 * fetch `/api/media/file/<name>` from the app, where Payload checks the media collection's read
 * access before streaming the object, exactly as on disk. So the bucket stays private:
 * no public ACL, no direct or presigned links, no uploads from the browser.
 */
export type MediaStorage = {
  bucket: string
  /**
   * The AWS SDK v3 client settings (endpoint, region, credentials, path style). The app sets
   * `requestChecksumCalculation`/`responseChecksumValidation: 'WHEN_REQUIRED'`, which servers
   * without aws-chunked uploads (OpenStack Swift, older MinIO) need.
   */
  s3: S3StorageOptions['config']
}

const MEDIA = 'media'

/**
 * The storage plugin adds `_objectKey` to the media collection, and `prefix` when a prefix is
 * configured or the plugin is off with `alwaysInsertFields`. Here both are always there (an empty
 * prefix, and `alwaysInsertFields`), so the schema, and the migrations, are the same with media on
 * disk or in a bucket. Both say where an object lives: only the plugin writes them ('' and null
 * for every upload the server makes), never an API caller, and no answer shows them.
 */
const STORAGE_FIELDS = new Set(['prefix', '_objectKey'])

/**
 * plugin-cloud-storage 3.90.1 keeps the upload (`_payloadCloudStorage`) and a "skip" flag in
 * `req.context`, which the Local API shares by reference with the caller's `context` object. A
 * script that passes one object to several creates (the Markdown import's `importContext`, the
 * tests' `quiet`) stored the first file only, or the first file's bytes under later names
 * (payloadcms/payload#17546 and #18191, open). Each write of a media document gets a context of
 * its own: the caller's object is never changed, and nested writes still see the plugin's flag.
 */
const contextOfItsOwn: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update') req.context = { ...req.context }
  return args
}

const fitMedia = (collection: CollectionConfig): CollectionConfig =>
  collection.slug !== MEDIA
    ? collection
    : {
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [...(collection.hooks?.beforeOperation ?? []), contextOfItsOwn],
        },
        fields: collection.fields.map(
          (field): Field =>
            'name' in field && STORAGE_FIELDS.has(field.name) && field.type === 'text'
              ? { ...field, access: { read: noOne, create: noOne, update: noOne } }
              : field,
        ),
      }

/** The plugin for `CmsOptions.mediaStorage`: the bucket when given, else the disk as before. */
export const mediaStoragePlugin =
  (storage: MediaStorage | undefined): Plugin =>
  async (incoming: Config) => {
    const withStorage = await s3Storage({
      enabled: storage !== undefined,
      alwaysInsertFields: true,
      bucket: storage?.bucket ?? '',
      config: storage?.s3 ?? {},
      // The plugin keeps one client per key for the whole process: one per bucket *and*
      // endpoint, so two configs naming the same bucket on different servers never share one.
      clientCacheKey: `s3:${String(storage?.s3.endpoint ?? 'aws')}:${storage?.bucket ?? ''}`,
      collections: { [MEDIA]: { prefix: '' } },
    })(incoming)
    return { ...withStorage, collections: withStorage.collections?.map(fitMedia) }
  }
