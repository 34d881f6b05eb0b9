/**
 * Writes the service worker (dist/sw.js) over the finished dist/: the last step of
 * `npm run build`, after the search index and the prints.
 *
 * - Kept at the first visit (precache): the home page, every guide, the rules, the FAQ, the
 *   self-check and the offline page (src/lib/app.ts), with every stylesheet, script, picture and
 *   icon those pages load, found in their HTML, and the scripts those scripts load by their
 *   address (the "Nghe" player). A file's revision is its content's hash, so a
 *   rebuild that changes a page gives a new worker that replaces the old cache.
 * - A group page the phone has opened is kept too (network first, so it is fresh when online).
 * - Any other page without a signal gets the offline page, with the hotline.
 *
 * The worker's code is src/sw/service-worker.ts with the Workbox modules it uses, bundled and
 * minified into one self-contained script by scripts/sw-bundle.ts, which keeps it between builds
 * and bundles again only when its inputs change. Each build only lists the files to keep, with
 * src/lib/precache-list.ts (size limit, base path, content hashes), and writes that list into
 * the code in place of `self.__WB_MANIFEST`: well under a second, where generateSW's rollup,
 * babel and terser took 2–3 s on every build.
 *
 *   node scripts/service-worker.ts [--dist dist] [--no-cache]
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'node:fs/promises';
import { OFFLINE_PATH, PRECACHED_PAGES } from '../src/lib/app.ts';
import { precacheList } from '../src/lib/precache-list.ts';
import { readSite } from '../src/lib/site-file.ts';
import { workerBundle } from './sw-bundle.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, cache: { type: 'boolean', default: true } },
  allowNegative: true,
});
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

/** The site's own scripts a script names by their address (`import("/_astro/….js")`). */
function scriptsLoadedBy(code: string): string[] {
  return [...code.matchAll(/["'`]([^"'`\s]+\.js)["'`]/g)]
    .map((match) => match[1]!)
    .filter((ref) => ref.startsWith(`${BASE}_astro/`))
    .map((ref) => ref.slice(BASE.length))
    .filter((file) => existsSync(path.join(DIST, file)));
}

const pages: string[] = [];
for (const pattern of PRECACHED_PAGES)
  for await (const file of glob(pattern, { cwd: DIST })) pages.push(file.split(path.sep).join('/'));
const assets = new Set<string>();
for (const page of pages)
  for (const file of assetsOf(await readFile(path.join(DIST, page), 'utf8'))) assets.add(file);
// What those scripts load later by its address (the "Nghe" player, on its first press).
for (const file of [...assets].filter((name) => name.endsWith('.js')))
  for (const loaded of scriptsLoadedBy(await readFile(path.join(DIST, file), 'utf8')))
    assets.add(loaded);
// Icons are named by the manifest, not by any page.
for await (const file of glob('icon/*.png', { cwd: DIST }))
  assets.add(file.split(path.sep).join('/'));

const {
  count,
  size,
  warnings,
  entries: manifestEntries,
} = await precacheList(DIST, [...pages, ...assets], {
  base: BASE,
  // Hashed file names (_astro/) change with their content: no revision needed for them.
  hashedNames: /\/_astro\//,
  maximumBytes: 512 * 1024,
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);

const worker = await workerBundle(`${BASE}${OFFLINE_PATH.slice(1)}index.html`, {
  cache: values.cache,
});
// Written as generateSW wrote it, so the tests and the benchmark read the list the same way.
const manifest = `[${manifestEntries
  .map(({ url, revision }) => `{url:${JSON.stringify(url)},revision:${JSON.stringify(revision)}}`)
  .join(',')}]`;
const parts = worker.code.split('self.__WB_MANIFEST');
if (parts.length !== 2)
  throw new Error(
    `service worker: the bundle names self.__WB_MANIFEST ${parts.length - 1} times, not once`,
  );
const swDest = path.join(DIST, 'sw.js');
await writeFile(swDest, parts.join(manifest));

console.log(
  `service worker: ${count} files kept for offline (${pages.length} pages), ${(size / 1024).toFixed(1)} KiB, in ${path.relative(process.cwd(), swDest)} (code ${worker.reused ? 'from the cache' : 'bundled'})`,
);
