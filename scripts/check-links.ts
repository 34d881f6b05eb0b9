/**
 * Checks the built site for broken internal links: every href, src, srcset and og:image that
 * points into the site must name a file that was built, and every #fragment must name an id on that page.
 * External links are not fetched (the build machine may have no network). Exits non-zero with a
 * list of what to fix.
 *
 *   node scripts/check-links.ts [dist]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import { readSite } from '../src/lib/site-file.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const site = readSite();
const origin = new URL(site.site.url).origin;
const base = new URL(site.site.url).pathname;

interface Page {
  ids: Set<string>;
  links: { attribute: string; value: string }[];
}

const pages = new Map<string, Page>();
for (const entry of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
  if (!entry.endsWith('.html')) continue;
  const document = parseDocument(readFileSync(path.join(dist, entry), 'utf8'));
  const elements = DomUtils.findAll(() => true, document.children);
  const ids = new Set<string>();
  const links: Page['links'] = [];
  for (const element of elements) {
    const { id, name, href, src, srcset, property, content } = element.attribs;
    if (id) ids.add(id);
    if (name && element.name === 'a') ids.add(name);
    if (href !== undefined && element.name !== 'base')
      links.push({ attribute: 'href', value: href });
    if (src !== undefined) links.push({ attribute: 'src', value: src });
    // Link previews must not point at a missing image either.
    if (element.name === 'meta' && property === 'og:image' && content) {
      links.push({ attribute: 'og:image', value: content });
    }
    for (const candidate of srcset?.split(',') ?? []) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) links.push({ attribute: 'srcset', value: url });
    }
  }
  pages.set(entry.split(path.sep).join('/'), { ids, links });
}

/** The built file a site path is served from, or undefined when nothing was built there. */
function builtFile(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const relative = decodeURIComponent(pathname.slice(base.length));
  const candidates =
    relative === '' || relative.endsWith('/')
      ? [`${relative}index.html`]
      : [relative, `${relative}/index.html`, `${relative}.html`];
  return candidates.find((candidate) => {
    const file = path.join(dist, candidate);
    return existsSync(file) && statSync(file).isFile();
  });
}

const broken: string[] = [];
for (const [file, page] of pages) {
  const pageUrl = new URL(`${base}${file.replace(/(^|\/)index\.html$/, '$1')}`, origin);
  for (const { attribute, value } of page.links) {
    if (/^(mailto|tel|data|javascript):/i.test(value)) continue;
    const target = new URL(value, pageUrl);
    if (target.origin !== origin) continue;
    const targetFile = builtFile(target.pathname);
    if (!targetFile) {
      broken.push(
        `${file}: ${attribute}="${value}" points to ${target.pathname}, which was not built`,
      );
      continue;
    }
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment && targetFile.endsWith('.html') && !pages.get(targetFile)?.ids.has(fragment)) {
      broken.push(
        `${file}: ${attribute}="${value}" points to #${fragment}, which is not an id on ${targetFile}`,
      );
    }
  }
}

if (broken.length) {
  console.error(
    `Broken internal links (${broken.length}):\n${broken.map((line) => `  - ${line}`).join('\n')}`,
  );
  console.error(
    '\nFix the link in the page or the content it comes from, or build the missing page; ' +
      'for a #fragment, link to a heading or element id that exists on the target page.',
  );
  process.exit(1);
}
console.log(`links: ${pages.size} pages checked, no broken internal links or anchors.`);
