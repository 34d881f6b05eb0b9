/**
 * Fills the security headers template (public/_headers, copied to dist/_headers) with the hashes
 * of every inline script and style of the built pages, and writes the same headers for nginx
 * (dist/_headers.nginx). Runs after the HTML is normalised, so the hashes match what is served.
 * See src/lib/security-headers.ts and docs/nginx.conf.
 *
 * Astro's own `security.csp` was not used: it writes the policy into a <meta> element, which
 * cannot carry frame-ancestors (nor X-Frame-Options and the other headers), and it leaves
 * `is:inline` scripts to be hashed by hand. A header built from the finished pages covers both.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  cspHash,
  fillTemplate,
  inlineCode,
  MAX_HASHES,
  nginxHeaders,
  parseHeaders,
  unfilledPlaceholders,
} from '../lib/security-headers.ts';

export const HEADERS_FILE = '_headers';
export const NGINX_FILE = '_headers.nginx';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const target = path.join(root, HEADERS_FILE);
        if (!existsSync(target)) {
          logger.warn(`public/${HEADERS_FILE} is missing: no security headers were written`);
          return;
        }
        const scripts = new Map<string, string>();
        const styles = new Map<string, string>();
        const blocked: string[] = [];
        for (const entry of await readdir(root, { recursive: true })) {
          if (!entry.endsWith('.html')) continue;
          const found = inlineCode(await readFile(path.join(root, entry), 'utf8'));
          const page = entry.split(path.sep).join('/');
          for (const code of found.scripts) scripts.set(cspHash(code), page);
          for (const code of found.styles) styles.set(cspHash(code), page);
          blocked.push(...found.blocked.map((what) => `${page}: ${what}`));
        }
        for (const [kind, hashes] of [
          ['script', scripts],
          ['style', styles],
        ] as const) {
          if (hashes.size > MAX_HASHES)
            throw new Error(
              `The built pages have ${hashes.size} different inline ${kind}s (at most ${MAX_HASHES}), ` +
                `e.g. in ${[...new Set(hashes.values())].slice(0, 3).join(', ')}: an inline ${kind} ` +
                `changes from page to page, so the Content-Security-Policy would grow with the site. ` +
                `Put per-page data in a data-* attribute and keep the ${kind} the same everywhere.`,
            );
        }
        if (blocked.length)
          logger.warn(
            `the Content-Security-Policy blocks ${blocked.length} attribute(s); use a class or a ` +
              `script instead:\n  ${blocked.slice(0, 10).join('\n  ')}`,
          );
        const filled = fillTemplate(await readFile(target, 'utf8'), {
          scripts: scripts.keys(),
          styles: styles.keys(),
        });
        const left = unfilledPlaceholders(filled);
        if (left.length)
          throw new Error(`public/${HEADERS_FILE} has unknown placeholders: ${left.join(', ')}`);
        await writeFile(target, filled);
        await writeFile(path.join(root, NGINX_FILE), nginxHeaders(parseHeaders(filled)));
        logger.info(
          `security headers: ${scripts.size} inline script hash(es), ${styles.size} inline style ` +
            `hash(es) in ${HEADERS_FILE} and ${NGINX_FILE}`,
        );
      },
    },
  };
}
