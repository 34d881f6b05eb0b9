/**
 * Accessibility: every page through axe in Debian's Chromium at a phone's width, against WCAG 2.0
 * to 2.2 A and AA (the same tags as the browser tests), reported in Vietnamese on the content file
 * a page shows. A page whose HTML did not change since the last run is not opened again.
 *
 * axe's work is done in the page's renderer, so pages are opened in as many tabs at once as the
 * machine has cores (at least two: while one tab loads, another is analysed); on a 2-core runner
 * that halves the step, the longest of the check.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import type { Problem } from '../../src/lib/content-rules/content-errors.ts';
import { launchChromium } from '../chromium.ts';
import { serve } from '../serve.ts';
import { pageProblem, sha256, type BuiltPage, type CheckCache } from './findings.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** What the rules content most often breaks mean, for staff (axe has no Vietnamese of its own). */
const RULES_VI: Record<string, string> = {
  'image-alt': 'ảnh chưa có mô tả cho người không nhìn thấy',
  'link-name': 'đường link không có chữ nào để đọc',
  'empty-heading': 'đề mục trống',
  'heading-order': 'đề mục nhảy cấp (ví dụ từ ## xuống ####)',
  'color-contrast': 'chữ không đủ tương phản với nền',
  list: 'danh sách viết sai cấu trúc',
  listitem: 'mục danh sách nằm ngoài danh sách',
  'duplicate-id': 'hai phần tử trùng tên mục (id)',
  'duplicate-id-aria': 'hai phần tử trùng tên mục (id)',
  'document-title': 'trang không có tiêu đề',
  'html-has-lang': 'trang không ghi ngôn ngữ',
  'td-headers-attr': 'ô bảng trỏ tới tiêu đề không có',
  'frame-title': 'khung nhúng không có tiêu đề',
};

export async function axeProblems(
  dist: string,
  pages: readonly BuiltPage[],
  base: string,
  cache: CheckCache,
): Promise<Problem[]> {
  const todo = pages.filter((page) => !page.path.startsWith('/quan-tri/'));
  let opened: Promise<Browsing> | undefined;
  const results: Problem[][] = [];
  let next = 0;
  /** One tab's share: the next page no tab has taken yet, until none is left. */
  const work = async () => {
    let tab: Page | undefined;
    for (let index = next++; index < todo.length; index = next++) {
      const page = todo[index]!;
      const html = readFileSync(path.join(dist, page.file), 'utf8');
      results[index] = await cache.get('axe', sha256(html), async () => {
        // Chromium and the server start only when a page has to be opened.
        opened ??= openBrowsing(dist);
        const browsing = await opened;
        tab ??= await browsing.context.newPage();
        return pageViolations(tab, `${browsing.origin}${base}${page.path.slice(1)}`, page);
      });
    }
  };
  const tabs = Math.min(Math.max(2, availableParallelism()), todo.length);
  try {
    await Promise.all(Array.from({ length: tabs }, work));
  } finally {
    await (await opened)?.close();
  }
  return results.flat();
}

interface Browsing {
  origin: string;
  context: BrowserContext;
  close: () => Promise<void>;
}

async function openBrowsing(dist: string): Promise<Browsing> {
  const server = await serve({ dir: dist, host: '127.0.0.1', port: 0 });
  const browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 393, height: 851 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    context,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function pageViolations(tab: Page, url: string, page: BuiltPage): Promise<Problem[]> {
  await tab.goto(url);
  const results = await new AxeBuilder({ page: tab }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((violation) => {
    const where = violation.nodes
      .slice(0, 3)
      .map((node) => node.target.join(' '))
      .join('; ');
    const meaning = RULES_VI[violation.id] ?? `chưa đạt quy tắc "${violation.help}"`;
    return pageProblem(
      page,
      `chưa dễ đọc cho mọi người: ${meaning} (quy tắc trợ năng ${violation.id}, ${violation.nodes.length} chỗ, ví dụ ${where}). Sửa phần nội dung đó; xem ${violation.helpUrl}.`,
    );
  });
}
