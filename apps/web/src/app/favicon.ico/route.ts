/**
 * `/favicon.ico`: browsers (the admin's pages, which declare Payload's own icons, still get asked
 * for it), feed readers and bookmark tools request it without reading a page. They get the site's
 * icon instead of a 404. A relative Location keeps the answer the same on every origin, so it is
 * built once.
 */
export const dynamic = 'force-static'

export const GET = () => new Response(null, { status: 308, headers: { location: '/icon.svg' } })
