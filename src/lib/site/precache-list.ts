/**
 * The service worker's precache list: each file kept for offline with its address and its
 * revision, as Workbox's `getManifest` writes it (`{ url, revision }`, the revision the MD5 of the
 * file's bytes, `null` for a file whose name already changes with its content). Written here
 * rather than taken from workbox-build: that package brings a bundler (rollup, babel, terser: 324
 * packages) into every ward's install for what is, with the files already chosen, a hash of each.
 * The worker's runtime is still Workbox's own (src/sw/).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

export interface PrecacheList {
  entries: PrecacheEntry[];
  /** Files kept, and their bytes. */
  count: number;
  size: number;
  /** Files left out, each in a sentence. */
  warnings: string[];
}

export async function precacheList(
  dir: string,
  files: string[],
  options: {
    /** Put in front of each file's path: the site's base path. */
    base: string;
    /** Addresses whose file name changes with the content: no revision. */
    hashedNames: RegExp;
    /** A larger file is left out, with a warning. */
    maximumBytes: number;
  },
): Promise<PrecacheList> {
  const list: PrecacheList = { entries: [], count: 0, size: 0, warnings: [] };
  // In the order given: the worker fetches them in this order, the offline page first.
  for (const file of new Set(files)) {
    const bytes = await readFile(path.join(dir, file));
    if (bytes.length > options.maximumBytes) {
      list.warnings.push(
        `${file} is ${bytes.length} bytes, more than ${options.maximumBytes}: not kept for offline`,
      );
      continue;
    }
    const url = `${options.base}${file}`;
    const revision = options.hashedNames.test(url)
      ? null
      : createHash('md5').update(bytes).digest('hex');
    list.entries.push({ url, revision });
    list.count += 1;
    list.size += bytes.length;
  }
  return list;
}
