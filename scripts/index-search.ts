/**
 * Builds the Pagefind search index of the built site (dist/pagefind/). Runs after `astro build`.
 * Only what each page marks with data-pagefind-body is indexed, so the header, navigation and
 * footer do not drown the results.
 *
 *   node scripts/index-search.ts [--dist dist]
 */
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const SITE = values.dist;

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);

const added = await index.addDirectory({ path: SITE });
if (added.errors.length)
  throw new Error(`Pagefind could not index ${SITE}: ${added.errors.join('; ')}`);

const written = await index.writeFiles({ outputPath: `${SITE}/pagefind` });
if (written.errors.length)
  throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);

console.log(`search: indexed ${added.page_count} pages into ${SITE}/pagefind/`);
await pagefind.close();
