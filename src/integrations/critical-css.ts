/**
 * Writes each built page's stylesheets into its <head> (src/lib/critical-css.ts), so it paints
 * from its first response. Runs before the security headers, which hash the inline styles.
 * CRITICAL_CSS=off keeps the links (the benchmark builds the page both ways to compare).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtStylesheets, criticalCssEnabled, inlineStylesheets } from '../lib/critical-css.ts';

export function criticalCss(): AstroIntegration {
  let base = '/';
  return {
    name: 'critical-css',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!criticalCssEnabled()) {
          logger.info('critical CSS: off (CRITICAL_CSS=off), stylesheets stay linked');
          return;
        }
        const root = fileURLToPath(dir);
        const styles = await builtStylesheets(root, base);
        let pages = 0;
        for (const entry of await readdir(root, { recursive: true })) {
          if (!entry.endsWith('.html')) continue;
          const file = path.join(root, entry);
          const html = await readFile(file, 'utf8');
          const inlined = inlineStylesheets(html, base, (href) => styles.get(href));
          if (inlined !== html) {
            await writeFile(file, inlined);
            pages++;
          }
        }
        logger.info(`critical CSS: stylesheets written into ${pages} page(s)`);
      },
    },
  };
}
