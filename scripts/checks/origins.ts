/**
 * Nothing from another origin: no page loads a script, a style sheet, a picture, a font or a frame
 * from anywhere but the site (links to other sites are fine: they are followed only when clicked),
 * and every page carries its Content-Security-Policy in a `<meta>`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import type { Problem } from '../../src/lib/content-rules/content-errors.ts';
import { pageProblem, type BuiltPage } from './findings.ts';

/** `<link rel>` values whose href the browser loads by itself. */
const LOADED_LINKS =
  /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/i;

/** The addresses a page loads by itself (not links a person follows). */
export function loadedUrls(html: string): string[] {
  const urls: string[] = [];
  let inStyle = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        for (const key of ['src', 'poster', 'data'])
          if (attributes[key]) urls.push(attributes[key]);
        for (const candidate of attributes.srcset?.split(',') ?? []) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) urls.push(url);
        }
        if (name === 'link' && attributes.href && LOADED_LINKS.test(attributes.rel ?? ''))
          urls.push(attributes.href);
        inStyle = name === 'style';
      },
      ontext(text) {
        if (inStyle)
          for (const match of text.matchAll(/url\(\s*['"]?([^'")\s]+)/g)) urls.push(match[1]!);
      },
      onclosetag() {
        inStyle = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  return urls;
}

export function originProblems(
  dist: string,
  pages: readonly BuiltPage[],
  siteUrl: string,
): Problem[] {
  const own = new URL(siteUrl);
  const problems: Problem[] = [];
  for (const page of pages) {
    const html = readFileSync(path.join(dist, page.file), 'utf8');
    const pageUrl = new URL(page.path.slice(1), own);
    for (const value of loadedUrls(html)) {
      let url: URL;
      try {
        url = new URL(value, pageUrl);
      } catch {
        continue;
      }
      if (url.protocol === 'data:' || url.origin === own.origin) continue;
      problems.push(
        pageProblem(
          page,
          `trang tải "${value}" từ một trang web khác. Website không tải gì từ nơi khác (để giữ an toàn cho người xem và chạy được khi mạng yếu): chép tệp đó vào thư mục của bài, cạnh tệp nội dung, rồi ghi đường dẫn bắt đầu bằng ./`,
        ),
      );
    }
    if (!/<meta http-equiv="content-security-policy" content="[^"]+"/.test(html))
      problems.push(
        pageProblem(
          page,
          'trang thiếu chính sách bảo mật (thẻ <meta http-equiv="content-security-policy">). Đây là lỗi của bản dựng, không phải của nội dung: báo cho người phụ trách kỹ thuật.',
        ),
      );
  }
  return problems;
}
