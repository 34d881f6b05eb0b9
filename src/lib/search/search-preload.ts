/**
 * What the search page fetches before the resident types, so the first result comes within 3 s
 * of the last keystroke on an EDGE-like link (800 ms round trip, 250 kbit/s).
 *
 * Left to itself, Pagefind fetches its files one after another, each waiting for the last:
 * pagefind.js, then pagefind-entry.json, then the metadata and the WebAssembly, then the index
 * chunk of the word typed, then the fragments: six round trips and 130 kB after the keystroke.
 * The build knows all of their names, so the search page is given them (scripts/index-search.ts)
 * and asks for them all at once when it has loaded or when the box takes focus. Pagefind's own
 * requests then meet the answers already on their way (preloads are matched by address).
 *
 * - The entry is fetched by Pagefind with `?ts=` and a cache tag; the tag is set to the metadata's
 *   hash, which changes with the index, so the address is known in advance.
 * - Index chunks are listed while they add up to at most INDEX_PRELOAD_BYTES: a ward's whole
 *   index is one chunk of about 46 kB; a large ward's many chunks are left to Pagefind's own
 *   preload of the word being typed.
 * No dependencies: the build runs it, and the tests.
 */

/** The most index bytes fetched before typing (a small ward's single chunk fits). */
export const INDEX_PRELOAD_BYTES = 64 * 1024;

/** The parts of pagefind-entry.json read here. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

export interface SearchPreload {
  /** The cache tag given to Pagefind (`metaCacheTag`), so the entry's address is fixed. */
  tag: string;
  /** Files to fetch, relative to the Pagefind bundle's folder, in the order to ask for them. */
  files: string[];
}

/**
 * The files the search page fetches ahead, for the index of `language`. `chunks` are the index
 * chunks (`index/<name>.pf_index`) with their sizes, as written.
 */
export function searchPreload(
  entry: PagefindEntry,
  language: string,
  chunks: readonly { file: string; bytes: number }[],
): SearchPreload {
  const index = entry.languages[language];
  if (!index) throw new Error(`the search index has no language "${language}"`);
  const files = [
    'pagefind.js',
    `pagefind-entry.json?ts=${index.hash}`,
    `pagefind.${index.hash}.pf_meta`,
    `wasm.${index.wasm ?? 'unknown'}.pagefind`,
  ];
  const total = chunks.reduce((sum, chunk) => sum + chunk.bytes, 0);
  if (total <= INDEX_PRELOAD_BYTES) files.push(...chunks.map((chunk) => chunk.file).sort());
  return { tag: index.hash, files };
}

/**
 * The search box's attribute as Astro writes it, before the index exists: the build replaces it
 * with the tag and the files, space-separated (the development server leaves it as it is).
 */
export const PRELOAD_PLACEHOLDER = 'data-preload="pagefind"';

/** Writes the list into every search box of a built page; the page as it was when it has none. */
export function withSearchPreload(html: string, preload: SearchPreload): string {
  const value = [preload.tag, ...preload.files].join(' ');
  return html.replaceAll(PRELOAD_PLACEHOLDER, `data-preload="${value}"`);
}
