/**
 * Builds the Pagefind search index of the built site (dist/pagefind/). Runs after `astro build`.
 * Only what each page marks with data-pagefind-body is indexed, so the header, navigation and
 * footer do not drown the results.
 *
 * Each page goes through addHTMLFile rather than addDirectory so that it can first be given its
 * folded metadata (src/lib/search/search-fold.ts): Pagefind does not fold "đ", so a page saying "Đăng ký"
 * also carries "dăng" in a searched metadata field and is found by "dang ky", while its title
 * and text, which people read, stay as written. The search box weights `fold_title` like `title`.
 *
 * Then the search page is given the names of the files Pagefind will need, so it can ask for them
 * all at once instead of one after another (src/lib/search/search-preload.ts).
 *
 *   node scripts/index-search.ts [--dist dist]
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { withFoldedMeta } from '../src/lib/search/search-fold.ts';
import {
  PRELOAD_PLACEHOLDER,
  searchPreload,
  withSearchPreload,
  type PagefindEntry,
} from '../src/lib/search/search-preload.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const SITE = values.dist;

const LANGUAGE = 'vi';
const { index, errors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

const files = (await readdir(SITE, { recursive: true }))
  .filter((file) => file.endsWith('.html'))
  .sort();

/** The pages holding a search box, filled in once the index is written. */
const searchPages: string[] = [];
for (const file of files) {
  const html = await readFile(path.join(SITE, file), 'utf8');
  if (html.includes(PRELOAD_PLACEHOLDER)) searchPages.push(file);
  // The address Pagefind would give the file itself: relative to the site, without index.html.
  const url = `/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
  const added = await index.addHTMLFile({ url, content: withFoldedMeta(html) });
  if (added.errors.length)
    throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
}

// A stale index from an earlier run would leave its fragments behind.
await rm(`${SITE}/pagefind`, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: `${SITE}/pagefind` });
if (written.errors.length)
  throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);

const OUT = `${SITE}/pagefind`;
const entry = JSON.parse(await readFile(`${OUT}/pagefind-entry.json`, 'utf8')) as PagefindEntry;
const chunks = await Promise.all(
  (await readdir(`${OUT}/index`)).map(async (name) => ({
    file: `index/${name}`,
    bytes: (await stat(`${OUT}/index/${name}`)).size,
  })),
);
const preload = searchPreload(entry, LANGUAGE, chunks);
for (const file of searchPages) {
  const target = path.join(SITE, file);
  await writeFile(target, withSearchPreload(await readFile(target, 'utf8'), preload));
}

console.log(`search: indexed ${files.length} HTML files into ${SITE}/pagefind/`);
await pagefind.close();
