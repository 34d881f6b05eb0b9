/**
 * Builds the Pagefind search index of the built site (dist/pagefind/). Runs after `astro build`.
 * Only what each page marks with data-pagefind-body is indexed, so the header, navigation and
 * footer do not drown the results.
 *
 * Each page goes through addHTMLFile rather than addDirectory so that it can first be given its
 * folded metadata (src/lib/search-fold.ts): Pagefind does not fold "đ", so a page saying "Đăng ký"
 * also carries "dăng" in a searched metadata field and is found by "dang ky", while its title
 * and text, which people read, stay as written. The search box weights `fold_title` like `title`.
 *
 *   node scripts/index-search.ts [--dist dist]
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { withFoldedMeta } from '../src/lib/search-fold.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const SITE = values.dist;

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

const files = (await readdir(SITE, { recursive: true }))
  .filter((file) => file.endsWith('.html'))
  .sort();

for (const file of files) {
  const html = await readFile(path.join(SITE, file), 'utf8');
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

console.log(`search: indexed ${files.length} HTML files into ${SITE}/pagefind/`);
await pagefind.close();
