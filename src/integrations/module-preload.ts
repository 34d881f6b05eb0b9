/**
 * After the build: every page lists what its module scripts import as modulepreload links
 * (src/lib/site/module-preload.ts), so no page waits on a chained import before `load`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { moduleScripts, staticImports, withModulePreloads } from '../lib/site/module-preload.ts';

export function modulePreloads(base: string): AstroIntegration {
  return {
    name: 'module-preload',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const read = (address: string) => {
          if (!address.startsWith(base)) return undefined;
          const file = path.join(root, address.slice(base.length));
          return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
        };
        let changed = 0;
        for (const entry of await readdir(root, { recursive: true })) {
          if (!entry.endsWith('.html')) continue;
          const file = path.join(root, entry);
          const html = await readFile(file, 'utf8');
          const imports = await staticImports(moduleScripts(html), read);
          if (!imports.length) continue;
          await writeFile(file, withModulePreloads(html, imports));
          changed++;
        }
        logger.info(`modulepreload links for chained imports written into ${changed} page(s)`);
      },
    },
  };
}
