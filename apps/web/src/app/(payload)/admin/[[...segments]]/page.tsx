/*
 * Payload's standard admin page (as `create-payload-app` generates it), except that it first
 * checks the database: without one Payload can only fail with a generic error.
 */
import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'
import type { Metadata } from 'next'
import { databaseReachable } from '@/admin/databaseReachable'
import { DatabaseUnreachable } from '../DatabaseUnreachable'
import { importMap } from '../importMap.js'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

export const generateMetadata = async ({ params, searchParams }: Args): Promise<Metadata> =>
  (await databaseReachable())
    ? generatePageMetadata({ config, params, searchParams })
    : { title: 'Database unreachable' }

const Page = async ({ params, searchParams }: Args) =>
  (await databaseReachable()) ? (
    RootPage({ config, params, searchParams, importMap })
  ) : (
    <DatabaseUnreachable />
  )

export default Page
