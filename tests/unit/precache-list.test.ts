/** The service worker's precache list, as Workbox's getManifest wrote it. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { precacheList } from '../../src/lib/site/precache-list.ts';

it('lists each file under the base path in the order given, with the MD5 of its bytes, none for hashed names', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'precache-'));
  mkdirSync(path.join(dir, '_astro'));
  writeFileSync(path.join(dir, 'index.html'), 'abc');
  writeFileSync(path.join(dir, '_astro/app.B1x.js'), 'x');
  writeFileSync(path.join(dir, 'big.pdf'), Buffer.alloc(11));
  const list = await precacheList(
    dir,
    ['index.html', '_astro/app.B1x.js', 'big.pdf', 'index.html'],
    {
      base: '/congdanso/',
      hashedNames: /\/_astro\//,
      maximumBytes: 10,
    },
  );
  // MD5("abc"), from RFC 1321's test suite.
  // In the order given, each once.
  expect(list.entries).toEqual([
    { url: '/congdanso/index.html', revision: '900150983cd24fb0d6963f7d28e17f72' },
    { url: '/congdanso/_astro/app.B1x.js', revision: null },
  ]);
  expect(list.count).toBe(2);
  expect(list.size).toBe(4);
  expect(list.warnings).toEqual(['big.pdf is 11 bytes, more than 10: not kept for offline']);
});
