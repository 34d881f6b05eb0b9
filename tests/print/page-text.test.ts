/**
 * The visible text of every built page (dist/, after `npm run build`), as a reader gets it: no
 * space before the punctuation after a link or a name ("hướng dẫn đăng nhập ." or
 * "Hoàng Văn Tâm , 65 tuổi"), and counts of a thousand and more with the Vietnamese separator.
 * Kept with the print checks because, like them, it reads the finished build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { expect, it } from 'vitest';

const DIST = 'dist';
const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((entry) =>
  entry.endsWith('.html'),
);

/**
 * The text a reader sees in <body>: scripts, styles, templates and screen-reader-only text left
 * out, spaces collapsed.
 */
function visibleText(file: string): string {
  const document = parseDocument(readFileSync(path.join(DIST, file), 'utf8'));
  for (const hidden of DomUtils.findAll(
    (node) =>
      ['script', 'style', 'template'].includes(node.name) ||
      /\bsr-only\b/.test(node.attribs.class ?? ''),
    document.children,
  ))
    DomUtils.removeElement(hidden);
  const body = DomUtils.findOne((node) => node.name === 'body', document.children);
  return body ? DomUtils.textContent(body).replace(/\s+/g, ' ') : '';
}

it('reads every built page', () => {
  expect(pages.length).toBeGreaterThan(50);
});

it('no page has a space before a full stop, comma, colon, semicolon, ! or ?', () => {
  const found = pages.flatMap((page) =>
    [...visibleText(page).matchAll(/\S{0,20} [.,;:!?](?=\s|$)/gu)].map(
      (match) => `${page}: “${match[0]}”`,
    ),
  );
  expect(found).toEqual([]);
});

it('no count of a thousand or more is written without its separator', () => {
  const found = pages.flatMap((page) =>
    [
      ...visibleText(page).matchAll(
        /(?<![\d.,/:+-])\d{4,}(?![\d/:])\s(hộ|người|cán bộ|tổ|trang)/gu,
      ),
    ].map((match) => `${page}: “${match[0]}”`),
  );
  expect(found).toEqual([]);
});
