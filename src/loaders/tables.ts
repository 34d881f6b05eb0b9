/**
 * Loaders for the spreadsheet tables and for site.yaml. The reading and checking is plain
 * TypeScript in src/lib (tested without Astro), with the same schemas as the collections; these
 * only put the checked rows in the store, without running the schema a second time.
 */
import type { Loader } from 'astro/loaders';
import type { CsvRow } from '../lib/tables/csv.ts';
import { contentFolderProblems, symlinkProblems } from '../lib/content-rules/content-files.ts';
import { throwIfProblems } from '../lib/content-rules/content-errors.ts';
import { contentDir, contentPath } from '../lib/site/paths.ts';
import { readSite, SITE_FILE } from '../lib/content-rules/site-file.ts';

/**
 * A collection from a table (.csv or .xlsx). `read` finds, parses and checks the file (throwing
 * with every problem); `id` gives each row its entry id.
 */
export function table<T extends Record<string, unknown>>(options: {
  read: () => Promise<CsvRow<T>[]>;
  id: (row: T) => string;
}): Loader {
  return {
    name: 'table',
    async load({ store }) {
      const rows = await options.read();
      store.clear();
      for (const row of rows) store.set({ id: options.id(row.data), data: row.data });
    },
  };
}

/** site.yaml as a collection of one entry, "site". */
export function siteFile(): Loader {
  return {
    name: 'site-yaml',
    async load({ store }) {
      // Every file of the content folder's top is one the build reads, and none anywhere is a
      // symbolic link (src/lib/content-rules/content-files.ts).
      throwIfProblems([...contentFolderProblems(contentDir()), ...symlinkProblems(contentDir())]);
      const site = readSite(contentPath(SITE_FILE));
      store.clear();
      store.set({ id: 'site', data: site });
    },
  };
}
