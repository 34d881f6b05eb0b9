/**
 * The files the search page asks for before typing: Pagefind's script, its entry (at the address
 * Pagefind will use, with the index's hash as its tag), metadata and WebAssembly, and the index
 * while it is small enough to be worth fetching whole.
 */
import { expect, it } from 'vitest';
import { searchPreload, withSearchPreload } from '../../src/lib/search/search-preload.ts';

const entry = { languages: { vi: { hash: 'vi_3d51ee8af2', wasm: null } } };

it('lists the whole chain, and the one chunk of a small index', () => {
  expect(searchPreload(entry, 'vi', [{ file: 'index/vi_1.pf_index', bytes: 46_000 }])).toEqual({
    tag: 'vi_3d51ee8af2',
    files: [
      'pagefind.js',
      'pagefind-entry.json?ts=vi_3d51ee8af2',
      'pagefind.vi_3d51ee8af2.pf_meta',
      'wasm.unknown.pagefind',
      'index/vi_1.pf_index',
    ],
  });
});

it("leaves a large ward's chunks to the word being typed", () => {
  // Two chunks of 40 kB: 80 kB is over the 64 KiB fetched before typing.
  const chunks = [
    { file: 'index/vi_a.pf_index', bytes: 40_000 },
    { file: 'index/vi_b.pf_index', bytes: 40_000 },
  ];
  expect(searchPreload(entry, 'vi', chunks).files).not.toContainEqual(
    expect.stringContaining('index/'),
  );
});

it('writes the list into the search box of a built page only', () => {
  const preload = { tag: 't', files: ['pagefind.js', 'wasm.unknown.pagefind'] };
  expect(withSearchPreload('<site-search data-preload="pagefind">', preload)).toBe(
    '<site-search data-preload="t pagefind.js wasm.unknown.pagefind">',
  );
  expect(withSearchPreload('<p>no box</p>', preload)).toBe('<p>no box</p>');
});
