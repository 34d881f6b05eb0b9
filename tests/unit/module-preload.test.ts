/**
 * No chained imports: every file a page's module scripts import, directly or not, is listed for
 * the browser to ask for at once; dynamic imports and other sites' files are left alone.
 */
import { expect, it } from 'vitest';
import {
  moduleScripts,
  staticImports,
  withModulePreloads,
} from '../../src/lib/site/module-preload.ts';

const files: Record<string, string> = {
  '/_astro/Search.js': 'import{f as o}from"./fold.js";import"./side.js";o();',
  '/_astro/fold.js': 'import{d}from"./dates.js";export const f=()=>d;',
  '/_astro/dates.js': 'export const d=1;',
  '/_astro/side.js': 'const p=import("/pagefind/pagefind.js");',
  '/_astro/Alone.js': 'console.log(1);',
};

it('lists what each script imports, to any depth, each once, but not dynamic imports', async () => {
  const html =
    '<head><title>t</title></head><body><script type="module" src="/_astro/Search.js"></script>' +
    '<script type="module" src="/_astro/Alone.js"></script><script src="/legacy.js"></script></body>';
  const scripts = moduleScripts(html);
  expect(scripts).toEqual(['/_astro/Search.js', '/_astro/Alone.js']);
  const imports = await staticImports(scripts, (address) => files[address]);
  expect(imports).toEqual(['/_astro/fold.js', '/_astro/side.js', '/_astro/dates.js']);
  expect(withModulePreloads(html, imports)).toContain(
    '<link rel="modulepreload" href="/_astro/fold.js"><link rel="modulepreload" href="/_astro/side.js">' +
      '<link rel="modulepreload" href="/_astro/dates.js"></head>',
  );
});

it('leaves a page whose scripts import nothing as it was', async () => {
  const html = '<head></head><script type="module" src="/_astro/Alone.js"></script>';
  expect(await staticImports(moduleScripts(html), (address) => files[address])).toEqual([]);
  expect(withModulePreloads(html, [])).toBe(html);
});
