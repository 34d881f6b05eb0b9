/**
 * Writes the service worker (dist/sw.js) with Workbox's generateSW, over the finished dist/: the
 * last step of `npm run build`, after the search index and the prints.
 *
 * - Kept at the first visit (precache): the home page, every guide, the rules, the FAQ, the
 *   self-check and the offline page (src/lib/app.ts), with every stylesheet, script, picture and
 *   icon those pages load, found in their HTML. A file's revision is its content's hash, so a
 *   rebuild that changes a page gives a new worker that replaces the old cache.
 * - A group page the phone has opened is kept too (network first, so it is fresh when online).
 * - Any other page without a signal gets the offline page, with the hotline.
 *
 *   node scripts/service-worker.ts [--dist dist]
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'node:fs/promises';
import { generateSW } from 'workbox-build';
import { OFFLINE_PATH, PRECACHED_PAGES } from '../src/lib/app.ts';
import { readSite } from '../src/lib/site-file.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const DIST = path.resolve(values.dist);
const BASE = new URL(readSite().site.url).pathname;

/** The site's own files a page loads (stylesheets, scripts, pictures, icons, manifest). */
function assetsOf(html: string): string[] {
  const refs = [
    ...html.matchAll(/\s(?:href|src)="([^"]+)"/g),
    ...[...html.matchAll(/\ssrcset="([^"]+)"/g)].flatMap((match) =>
      match[1]!.split(',').map((part) => [part, part.trim().split(/\s+/)[0]!]),
    ),
  ].map((match) => match[1]!);
  return refs
    .filter((ref) => ref.startsWith(BASE) && !ref.endsWith('/') && !ref.includes('#'))
    .map((ref) => decodeURI(ref.slice(BASE.length)))
    .filter(
      (file) =>
        !file.endsWith('.html') && !file.endsWith('.xml') && existsSync(path.join(DIST, file)),
    );
}

const pages: string[] = [];
for (const pattern of PRECACHED_PAGES)
  for await (const file of glob(pattern, { cwd: DIST })) pages.push(file.split(path.sep).join('/'));
const assets = new Set<string>();
for (const page of pages)
  for (const file of assetsOf(await readFile(path.join(DIST, page), 'utf8'))) assets.add(file);
// Icons are named by the manifest, not by any page.
for await (const file of glob('icon/*.png', { cwd: DIST }))
  assets.add(file.split(path.sep).join('/'));

const { count, size, warnings } = await generateSW({
  globDirectory: DIST,
  globPatterns: [...pages, ...assets].sort(),
  // Hashed file names (_astro/) change with their content: no revision needed for them.
  dontCacheBustURLsMatching: /^_astro\//,
  modifyURLPrefix: { '': BASE },
  swDest: path.join(DIST, 'sw.js'),
  mode: 'production',
  sourcemap: false,
  inlineWorkboxRuntime: true,
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  directoryIndex: 'index.html',
  maximumFileSizeToCacheInBytes: 512 * 1024,
  runtimeCaching: [
    {
      // A group page (the QR code's target) once visited: fresh when online, kept for offline.
      urlPattern: ({ request, url }) =>
        request.mode === 'navigate' && url.pathname.includes('/to-dan-pho/'),
      handler: 'NetworkFirst',
      options: {
        cacheName: 'to-dan-pho',
        expiration: { maxEntries: 20 },
        precacheFallback: { fallbackURL: `${BASE}${OFFLINE_PATH.slice(1)}index.html` },
      },
    },
    {
      // Any other page: the network, and the offline page when there is none.
      urlPattern: ({ request }) => request.mode === 'navigate',
      handler: 'NetworkOnly',
      options: { precacheFallback: { fallbackURL: `${BASE}${OFFLINE_PATH.slice(1)}index.html` } },
    },
    {
      // Pictures and styles of pages visited that are not kept at the first visit.
      urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/_astro/'),
      handler: 'StaleWhileRevalidate',
      options: { cacheName: 'astro-assets', expiration: { maxEntries: 60 } },
    },
  ],
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(
  `service worker: ${count} files kept for offline (${pages.length} pages), ${(size / 1024).toFixed(1)} KiB, in ${path.relative(process.cwd(), path.join(DIST, 'sw.js'))}`,
);
