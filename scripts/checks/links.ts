/**
 * Broken internal links: every href, src, srcset and og:image that points into the site must name
 * a file that was built, and every #fragment an id on that page. External links are not fetched
 * (the build machine may have no network). Used by `npm run check:links` and the content check.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { BuiltPage } from './findings.ts';

interface Links {
  ids: Set<string>;
  links: { attribute: string; value: string }[];
}

function linksOf(html: string): Links {
  const document = parseDocument(html);
  const ids = new Set<string>();
  const links: Links['links'] = [];
  for (const element of DomUtils.findAll(() => true, document.children)) {
    const { id, name, href, src, srcset, property, content } = element.attribs;
    if (id) ids.add(id);
    if (name && element.name === 'a') ids.add(name);
    if (href !== undefined && element.name !== 'base')
      links.push({ attribute: 'href', value: href });
    if (src !== undefined) links.push({ attribute: 'src', value: src });
    // Link previews must not point at a missing image either.
    if (element.name === 'meta' && property === 'og:image' && content)
      links.push({ attribute: 'og:image', value: content });
    for (const candidate of srcset?.split(',') ?? []) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) links.push({ attribute: 'srcset', value: url });
    }
  }
  return { ids, links };
}

/** Each broken link of the built site, in Vietnamese, by the page it is on. */
export function brokenLinks(
  dist: string,
  pages: readonly BuiltPage[],
  siteUrl: string,
): { page: BuiltPage; message: string }[] {
  const origin = new URL(siteUrl).origin;
  const base = new URL(siteUrl).pathname;
  const parsed = new Map(
    pages.map((page) => [page.file, linksOf(readFileSync(path.join(dist, page.file), 'utf8'))]),
  );
  /** The built file a site path is served from, or undefined when nothing was built there. */
  const builtFile = (pathname: string): string | undefined => {
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
  };
  const broken: { page: BuiltPage; message: string }[] = [];
  for (const page of pages) {
    const pageUrl = new URL(`${base}${page.path.slice(1)}`, origin);
    for (const { attribute, value } of parsed.get(page.file)!.links) {
      if (/^(mailto|tel|data|javascript):/i.test(value)) continue;
      const target = new URL(value, pageUrl);
      if (target.origin !== origin) continue;
      const targetFile = builtFile(target.pathname);
      if (!targetFile) {
        broken.push({
          page,
          message: `đường link ${attribute}="${value}" dẫn tới ${target.pathname}, nhưng website không có trang hay tệp đó. Sửa đường link cho đúng địa chỉ một trang của website (bắt đầu bằng /, kết thúc bằng /), hoặc thêm tệp còn thiếu.`,
        });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetFile.endsWith('.html') && !parsed.get(targetFile)?.ids.has(fragment))
        broken.push({
          page,
          message: `đường link ${attribute}="${value}" dẫn tới mục #${fragment}, nhưng trang ${target.pathname} không có mục đó. Sửa phần sau dấu # cho đúng tên một đề mục của trang đó, hoặc bỏ phần #… đi.`,
        });
    }
  }
  return broken;
}
