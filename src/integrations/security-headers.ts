/**
 * Fills the security headers template (public/_headers, copied to dist/_headers) with the hashes
 * of the project's own inline scripts and styles, registered in src/lib/security/inline-code.ts, and writes
 * the same headers for nginx (dist/_headers.nginx). See src/lib/security/security-headers.ts and
 * docs/nginx.conf.
 *
 * It also reads every built page and stops the build, naming the page and the content file it
 * most likely came from, when a page holds an inline script or style nobody registered, or markup
 * that runs code or reaches another site (src/lib/security/security-headers.ts `inlineCode`). Markdown
 * content is sanitised (src/lib/content-rules/markdown.ts); this is the net under it, and under MDX.
 *
 * Every page also carries the policy in a `<meta http-equiv>` element (without what a `<meta>`
 * cannot carry: frame-ancestors), so a host that sends no headers, such as GitHub Pages, still
 * enforces it. Astro's own `security.csp` writes such a `<meta>` too, but from the hashes of what
 * Astro renders: the project's styles are written into each page after rendering (critical CSS),
 * and the policy must be the one of `public/_headers`, the same on every host.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { throwIfProblems, type Problem } from '../lib/content-rules/content-errors.ts';
import { allowedHashes, FORM_ACTIONS } from '../lib/security/inline-code.ts';
import { contentFileOfPage } from '../lib/content-rules/page-source.ts';
import {
  cspHash,
  fillTemplate,
  headersFor,
  inlineCode,
  nginxHeaders,
  nginxHeadersFor,
  parseHeaders,
  unfilledPlaceholders,
} from '../lib/security/security-headers.ts';
import { withPolicyMeta } from '../lib/security/policy-meta.ts';

export const HEADERS_FILE = '_headers';
export const NGINX_FILE = '_headers.nginx';
export const CMS_NGINX_FILE = '_headers.quan-tri.nginx';

export function securityHeaders(
  options: {
    /**
     * The <style> texts the critical-CSS step wrote into each page, by its path in dist/
     * (src/integrations/critical-css.ts): the project's own stylesheets, the only inline styles.
     */
    criticalStyles?: () => ReadonlyMap<string, readonly string[]>;
  } = {},
): AstroIntegration {
  let base = '';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/$/, '');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const target = path.join(root, HEADERS_FILE);
        // The critical CSS (src/lib/security/critical-css.ts) writes the rules of the project's own
        // stylesheets each page uses into it: register exactly those texts, page by page, as the
        // one source of inline styles it is. The headers file allows any page's.
        const styled = options.criticalStyles?.() ?? new Map<string, readonly string[]>();
        const allowed = allowedHashes([...styled.values()].flat());
        const formActions = FORM_ACTIONS.map((action) => `${base}${action}`);
        if (!existsSync(target)) {
          logger.warn(`public/${HEADERS_FILE} is missing: no security headers were written`);
          return;
        }
        const template = await readFile(target, 'utf8');
        const filled = fillTemplate(template, allowed);
        const left = unfilledPlaceholders(filled);
        if (left.length)
          throw new Error(`public/${HEADERS_FILE} has unknown placeholders: ${left.join(', ')}`);
        const rules = parseHeaders(filled);
        const problems: Problem[] = [];
        const blocked: string[] = [];
        let withMeta = 0;
        for (const entry of (await readdir(root, { recursive: true })).sort()) {
          if (!entry.endsWith('.html')) continue;
          const file = path.join(root, entry);
          const html = await readFile(file, 'utf8');
          const found = inlineCode(html, { formActions });
          const page = entry.split(path.sep).join('/');
          // This page's own: the registered inline code and the styles written into it.
          const own = allowedHashes(styled.get(page) ?? []);
          const allowedSet = new Set([...own.scripts, ...own.styles]);
          const unknown = [
            ...found.scripts.filter((code) => !allowedSet.has(cspHash(code))).map(() => '<script>'),
            ...found.styles.filter((code) => !allowedSet.has(cspHash(code))).map(() => '<style>'),
          ];
          for (const what of [...new Set([...unknown, ...found.dangers])])
            problems.push(unsafeMarkup(page, what));
          blocked.push(...found.blocked.map((what) => `${page}: ${what}`));
          // The policy travels in the page too: GitHub Pages and plain buckets send no headers.
          // The page's copy lists only the registered hashes of its own inline code.
          const present = (codes: string[]) =>
            codes.map(cspHash).filter((hash) => allowedSet.has(hash));
          const pageRules = parseHeaders(
            fillTemplate(template, {
              scripts: present(found.scripts),
              styles: present(found.styles),
            }),
          );
          const policy = headersFor(pageRules, `/${page.replace(/(^|\/)index\.html$/, '$1')}`).get(
            'content-security-policy',
          );
          if (policy) {
            await writeFile(file, withPolicyMeta(html, policy));
            withMeta++;
          }
        }
        throwIfProblems(problems);
        if (blocked.length)
          logger.warn(
            `the Content-Security-Policy blocks ${blocked.length} attribute(s); use a class or a ` +
              `script instead:\n  ${blocked.slice(0, 10).join('\n  ')}`,
          );
        // The template's comments explain the template; the written file says where it came from.
        const written = filled
          .split('\n')
          .filter((line) => !line.startsWith('#'))
          .join('\n')
          .trimStart();
        await writeFile(
          target,
          `# Generated by the build from public/${HEADERS_FILE}: edit that file, not this one.\n${written}`,
        );
        await writeFile(path.join(root, NGINX_FILE), nginxHeaders(rules));
        // The content editor's own policy, for its nginx location (docs/nginx.conf).
        await writeFile(path.join(root, CMS_NGINX_FILE), nginxHeadersFor(rules, '/quan-tri/'));
        logger.info(
          `security headers: ${allowed.scripts.length} inline script hash(es), ${allowed.styles.length} inline style ` +
            `hash(es) in ${HEADERS_FILE}, ${NGINX_FILE} and the policy <meta> of ${withMeta} page(s)`,
        );
      },
    },
  };
}

/** One problem for markup that must not reach a page, on the content file it came from. */
function unsafeMarkup(page: string, what: string): Problem {
  const file = contentFileOfPage(page);
  const where = `trang ${page}`;
  return {
    file: file ?? `dist/${page}`,
    message: file
      ? `Nội dung này đưa mã ${what} vào ${where}. Trang web không được chạy mã lạ: xóa đoạn mã đó, chỉ viết chữ và định dạng markdown.`
      : `${capitalised(where)} có mã ${what} không thuộc danh sách mã của dự án (src/lib/security/inline-code.ts). Xóa mã đó, hoặc nếu là mã của dự án thì đăng ký nó ở đó.`,
  };
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
