import type { Caller } from './fixture'
import { blob, pngClaiming } from './png'

/**
 * Hostile uploads to /api/media: files that lie about their type, script in SVG, bombs, broken
 * forms and names that try to leave the media folder. Each entry names what it tries.
 */

const MB = 1024 * 1024

export const SVG_WITH_SCRIPT =
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'

export type UploadCase = {
  name: string
  filename: string
  type: string
  bytes: Buffer | string
  /** The `alt` sent in `_payload`; null sends no `_payload` at all. */
  alt?: string | null
  /** Further form fields or files. */
  extra?: (form: FormData) => void
  /** Sent as this raw body and content type instead of the form. */
  raw?: { body: string; contentType: string }
  as?: Caller
  /** 'refused': a 4xx; 'safe': refused, or stored with a safe name and served as an image. */
  expect: 'refused' | 'safe'
}

type More = Partial<Omit<UploadCase, 'name'>>

/** A file that must be refused. */
const file = (
  name: string,
  filename: string,
  type: string,
  bytes: Buffer | string,
  more: More = {},
): UploadCase => ({ name, filename, type, bytes, expect: 'refused', ...more })

/** Sent as `photo.png`, typed image/png. */
const asPng = (name: string, bytes: Buffer | string, more: More = {}) =>
  file(name, 'photo.png', 'image/png', bytes, more)

/** A form without a file part, or no form at all: what `more` adds is all there is. */
const noFile = (name: string, more: More) => file(name, '', '', '', { alt: 'x', ...more })

const executable = (magic: string) => Buffer.concat([Buffer.from(magic), Buffer.alloc(256)])

export const uploadCases = (png: Buffer): UploadCase[] => {
  const big = (mb: number) => Buffer.concat([png, Buffer.alloc(mb * MB)])
  /** A real PNG under a name or type that is not one: refused, or stored harmlessly. */
  const disguised = (name: string, filename: string, type = 'image/png') =>
    file(name, filename, type, png, { expect: 'safe' })
  return [
    asPng('text posing as a PNG', 'just some words, no image here'),
    asPng('HTML posing as a PNG', '<html><body><script>alert(1)</script></body></html>'),
    asPng('SVG with script posing as a PNG', SVG_WITH_SCRIPT),
    file('SVG with script posing as a GIF', 'photo.gif', 'image/gif', SVG_WITH_SCRIPT),
    file('SVG with script', 'drawing.svg', 'image/svg+xml', SVG_WITH_SCRIPT),
    file(
      'SVG with an external entity',
      'drawing.svg',
      'image/svg+xml',
      '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
    ),
    file(
      'a harmless SVG (type not allowed)',
      'drawing.svg',
      'image/svg+xml',
      '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
    ),
    file('a Windows executable', 'setup.exe', 'application/x-msdownload', executable('MZ\x90\x00')),
    asPng('a Windows executable posing as a PNG', executable('MZ\x90\x00')),
    file(
      'an ELF binary posing as a JPEG',
      'photo.jpg',
      'image/jpeg',
      executable('\x7fELF\x02\x01\x01'),
    ),
    asPng('a PDF posing as a PNG', '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'),
    file(
      'a PHP script with a double extension',
      'shell.php.png',
      'image/png',
      "<?php system($_GET['c']); ?>",
    ),
    file('an HTML page', 'page.html', 'text/html', '<script>alert(1)</script>'),
    file(
      'a PNG signature then garbage',
      'broken.png',
      'image/png',
      Buffer.concat([png.subarray(0, 16), Buffer.from('garbage'.repeat(50))]),
    ),
    file(
      'a PNG claiming 60000 × 60000 pixels',
      'bomb.png',
      'image/png',
      pngClaiming(png, 60_000, 60_000),
    ),
    file('an empty file', 'empty.png', 'image/png', Buffer.alloc(0)),
    asPng('a PNG without alt text', png, { alt: null }),
    asPng('alt text that is an object', png, {
      alt: null,
      extra: (form) => form.append('_payload', '{"alt":{"$ne":null}}'),
    }),
    asPng('malformed _payload JSON', png, {
      alt: null,
      extra: (form) => form.append('_payload', '{"alt":'),
    }),
    noFile('a file field that is JSON text (client upload)', {
      extra: (form) =>
        form.append(
          'file',
          '{"filename":"../../etc/passwd","url":"http://169.254.169.254/latest/meta-data/"}',
        ),
    }),
    noFile('a file field that is plain text', {
      extra: (form) => form.append('file', 'not json'),
    }),
    noFile('the file under another field name', {
      extra: (form) => form.append('notfile', blob(png, 'image/png'), 'photo.png'),
    }),
    file('four files at once', 'one.png', 'image/png', png, {
      extra: (form) => {
        for (const n of [2, 3, 4]) form.append('file', blob(png, 'image/png'), `${n}.png`)
      },
    }),
    asPng('25 form fields', png, {
      extra: (form) => {
        for (let n = 0; n < 25; n++) form.append(`f${n}`, 'x')
      },
    }),
    file('a 21 MB file (over the 20 MB limit)', 'big.png', 'image/png', big(21)),
    file('a 60 MB file (over the request limit)', 'huge.png', 'image/png', big(60)),
    asPng('an anonymous upload', png, { as: 'anon' }),
    noFile('multipart without a boundary', {
      alt: undefined,
      raw: { body: '--x\r\n', contentType: 'multipart/form-data' },
    }),
    noFile('multipart with a bogus boundary', {
      alt: undefined,
      raw: { body: 'no parts here', contentType: 'multipart/form-data; boundary=zzz' },
    }),
    disguised('a PNG named .html', 'page.html', 'text/html'),
    disguised('a PNG named .svg', 'drawing.svg', 'image/svg+xml'),
    disguised('a PNG with a traversal name', '../../../../tmp/escaped.png'),
    disguised('a PNG with a 300-character name', `${'n'.repeat(300)}.png`),
    disguised('a PNG with a script tag for a name', '<img src=x onerror=alert(1)>.png'),
  ]
}
