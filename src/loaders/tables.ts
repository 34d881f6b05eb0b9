/**
 * Loaders for the spreadsheet tables and for site.yaml. The reading and checking is plain
 * TypeScript in src/lib (tested without Astro); these only put the checked rows in the store.
 */
import type { Loader } from 'astro/loaders';
import type { CsvRow } from '../lib/csv.ts';
import { contentPath } from '../lib/paths.ts';
import { readSite, SITE_FILE } from '../lib/site-file.ts';

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
    async load({ store, parseData }) {
      const rows = await options.read();
      store.clear();
      for (const row of rows) {
        const id = options.id(row.data);
        store.set({ id, data: await parseData({ id, data: row.data }) });
      }
    },
  };
}

/** site.yaml as a collection of one entry, "site". */
export function siteFile(): Loader {
  return {
    name: 'site-yaml',
    async load({ store, parseData }) {
      const file = contentPath(SITE_FILE);
      const site = readSite(file);
      store.clear();
      store.set({ id: 'site', data: await parseData({ id: 'site', data: site }) });
    },
  };
}
