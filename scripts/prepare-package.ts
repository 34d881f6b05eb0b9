/**
 * Run by `npm pack` and `npm publish` (the `prepack` script): copies into `vendor/` the few files
 * of the editor's packages that a ward's build uses, so that a ward installs neither package nor
 * what they depend on (a map library, an SVG optimiser, an HTML-to-markdown converter and their
 * own dependencies, about 70 MB): Sveltia CMS's script and interface strings, and the one icon
 * font file. The versions are the ones this repository's lockfile holds, so a release pins them.
 * Each package's licence goes with it. src/lib/editor/cms-bundle.ts reads `vendor/` when it is there.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { VENDOR_FOLDER } from '../src/lib/editor/cms-bundle.ts';
import { packageDir, productPath } from '../src/lib/site/paths.ts';

const PARTS: Record<string, string[]> = {
  '@sveltia/cms': ['package.json', 'LICENSE.txt', 'dist/sveltia-cms.js', 'locales'],
  '@fontsource-variable/material-symbols-outlined': [
    'package.json',
    'LICENSE',
    'files/material-symbols-outlined-latin-wght-normal.woff2',
  ],
};

const vendor = productPath(VENDOR_FOLDER);
rmSync(vendor, { recursive: true, force: true });
for (const [name, parts] of Object.entries(PARTS)) {
  const from = packageDir(name);
  for (const part of parts) {
    const to = path.join(vendor, name, part);
    mkdirSync(path.dirname(to), { recursive: true });
    cpSync(path.join(from, part), to, { recursive: true });
  }
}
console.log(`prepack: the editor's files from ${Object.keys(PARTS).join(', ')} in ${vendor}`);
