/**
 * Writes the service worker (dist/sw.js) over the finished dist/: the last step of
 * `npm run build`, after the search index and the prints.
 *
 * - Kept at the first visit, whatever the connection: the offline page and what it loads (the
 *   precache: content hashes as revisions, so a rebuild that changes it gives a new worker that
 *   replaces the old cache).
 * - The help (src/lib/site/app.ts: the guides, the rules, the FAQ, the self-check) and what each page
 *   needs offline (src/lib/site/offline-files.ts: scripts, stylesheets, one size of each picture, and
 *   the scripts those scripts load by their address, the "Nghe" player), each file with the
 *   SHA-256 of its content: kept when a page asks (on an ordinary connection at once, when saving
 *   data on request), checked against the browser's cache first, so nothing just loaded is
 *   downloaded twice.
 * - A group page the phone has opened is kept too (network first, so it is fresh when online).
 * - Any other page without a signal gets the offline page, with the hotline.
 *
 * The worker's code is src/sw/service-worker.ts with the Workbox modules it uses, bundled and
 * minified into one self-contained script by scripts/sw-bundle.ts, which keeps it between builds
 * and bundles again only when its inputs change. Each build only lists the files to keep, with
 * src/lib/site/precache-list.ts (size limit, base path, content hashes), and writes the lists into
 * the code in place of `self.__WB_MANIFEST` and `self.__HELP_PAGES`: well under a second, where generateSW's rollup,
 * babel and terser took 2–3 s on every build.
 *
 *   node scripts/service-worker.ts [--dist dist] [--no-cache]
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'node:fs/promises';
import { HELP_PAGES, OFFLINE_PATH } from '../src/lib/site/app.ts';
import { offlineFiles } from '../src/lib/site/offline-files.ts';
import { precacheList } from '../src/lib/site/precache-list.ts';
import { readSite } from '../src/lib/content-rules/site-file.ts';
import { workerBundle } from './sw-bundle.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, cache: { type: 'boolean', default: true } },
  allowNegative: true,
});
const DIST = path.resolve(values.dist);
const BASE = new URL(readSite().site.url).pathname;

/** The site's own files a page needs offline, as paths in dist/. */
function assetsOf(html: string): string[] {
  return offlineFiles(html)
    .filter((ref) => ref.startsWith(BASE))
    .map((ref) => decodeURI(ref.slice(BASE.length)))
    .filter((file) => existsSync(path.join(DIST, file)));
}

/** The site's own scripts a script names by their address (`import("/_astro/….js")`). */
function scriptsLoadedBy(code: string): string[] {
  return [...code.matchAll(/["'`]([^"'`\s]+\.js)["'`]/g)]
    .map((match) => match[1]!)
    .filter((ref) => ref.startsWith(`${BASE}_astro/`))
    .map((ref) => ref.slice(BASE.length))
    .filter((file) => existsSync(path.join(DIST, file)));
}

/** Pages (paths in dist/) and every file they need offline, pages first, each once. */
async function withAssets(pages: string[]): Promise<string[]> {
  const assets = new Set<string>();
  for (const page of pages)
    for (const file of assetsOf(await readFile(path.join(DIST, page), 'utf8'))) assets.add(file);
  // What those scripts load later by its address (the "Nghe" player, on its first press).
  for (const file of [...assets].filter((name) => name.endsWith('.js')))
    for (const loaded of scriptsLoadedBy(await readFile(path.join(DIST, file), 'utf8')))
      assets.add(loaded);
  return [...new Set([...pages, ...[...assets].sort()])];
}

const offlinePage = `${OFFLINE_PATH.slice(1)}index.html`;
const helpPages: string[] = [];
for (const pattern of HELP_PAGES)
  for await (const file of glob(pattern, { cwd: DIST }))
    helpPages.push(file.split(path.sep).join('/'));
const precached = await withAssets([offlinePage]);
// What the offline page already keeps is not listed twice.
const help = (await withAssets(helpPages.sort())).filter((file) => !precached.includes(file));
const helpList = await Promise.all(
  help.map(async (file) => ({
    // A page by the address people open ("/huong-dan/"), the one the browser has it under.
    url: `${BASE}${encodeURI(file.replace(/(^|\/)index\.html$/, '$1'))}`,
    sha256: createHash('sha256')
      .update(await readFile(path.join(DIST, file)))
      .digest('hex'),
  })),
);

const {
  count,
  size,
  warnings,
  entries: manifestEntries,
} = await precacheList(DIST, precached, {
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
const helpManifest = `[${helpList
  .map(({ url, sha256 }) => `{url:${JSON.stringify(url)},sha256:${JSON.stringify(sha256)}}`)
  .join(',')}]`;
let code = worker.code;
for (const [placeholder, list] of [
  ['self.__WB_MANIFEST', manifest],
  ['self.__HELP_PAGES', helpManifest],
] as const) {
  const parts = code.split(placeholder);
  if (parts.length !== 2)
    throw new Error(
      `service worker: the bundle names ${placeholder} ${parts.length - 1} times, not once`,
    );
  code = parts.join(list);
}
const swDest = path.join(DIST, 'sw.js');
await writeFile(swDest, code);

console.log(
  `service worker: ${count} files kept at the first visit (${(size / 1024).toFixed(1)} KiB), ${helpList.length} of help (${helpPages.length} pages) kept when asked, in ${path.relative(process.cwd(), swDest)} (code ${worker.reused ? 'from the cache' : 'bundled'})`,
);
