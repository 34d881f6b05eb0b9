/**
 * Writes into each built page's <head> the CSS it uses (src/lib/security/critical-css.ts), so it paints
 * from its first response. Runs before the security headers, which list the hashes of exactly the
 * style texts written here: `stylesWritten()` gives them, page by page (the page's path in dist/,
 * e.g. `huong-dan/tao-tai-khoan/index.html`).
 * CRITICAL_CSS=off keeps the links (the benchmark builds the page both ways to compare).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  builtAssets,
  criticalCssEnabled,
  inlineStylesheets,
  pageScripts,
} from '../lib/security/critical-css.ts';

export type CriticalCss = AstroIntegration & {
  /** The <style> texts written into each page, by its path in dist/ ('/'-separated). */
  stylesWritten: () => ReadonlyMap<string, readonly string[]>;
};

export function criticalCss(): CriticalCss {
  let base = '/';
  const written = new Map<string, string[]>();
  return {
    name: 'critical-css',
    stylesWritten: () => written,
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        written.clear();
        if (!criticalCssEnabled()) {
          logger.info('critical CSS: off (CRITICAL_CSS=off), stylesheets stay linked');
          return;
        }
        const root = fileURLToPath(dir);
        const [styles, scripts] = await Promise.all([
          builtAssets(root, base, '.css'),
          builtAssets(root, base, '.js'),
        ]);
        for (const entry of (await readdir(root, { recursive: true })).sort()) {
          if (!entry.endsWith('.html')) continue;
          const file = path.join(root, entry);
          const html = await readFile(file, 'utf8');
          const inlined = await inlineStylesheets(
            html,
            base,
            (href) => styles.get(href),
            pageScripts(html, base, (src) => scripts.get(src)),
          );
          if (inlined.html === html) continue;
          await writeFile(file, inlined.html);
          written.set(entry.split(path.sep).join('/'), inlined.styles);
        }
        logger.info(`critical CSS: the rules each page uses written into ${written.size} page(s)`);
      },
    },
  };
}
