/** News topics, official letters' derived lines, the RSS items and attachment checks. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingAttachments } from '../../src/lib/content-rules/attachments.ts';
import { formatProblem } from '../../src/lib/content-rules/content-errors.ts';
import { feedItems } from '../../src/lib/site/feed.ts';
import {
  attachmentPath,
  headingCase,
  letterDateLine,
  letterSubject,
} from '../../src/lib/site/letters.ts';
import { collectTags, hasTag, tagPath } from '../../src/lib/site/news.ts';

describe('news topics', () => {
  it('gives each topic an ASCII address and merges spellings that fold alike', () => {
    expect(tagPath('Thanh niên số')).toBe('/tin-tuc/the/thanh-nien-so/');
    expect(tagPath('An toàn & bảo mật')).toBe('/tin-tuc/the/an-toan-va-bao-mat/');
    const tags = collectTags([
      { tags: ['Thanh niên số', 'Đăng ký'] },
      { tags: ['thanh nien so'] },
      { tags: ['An toàn trên mạng', 'Thanh Niên Số'] },
    ]);
    expect(tags).toEqual([
      { slug: 'an-toan-tren-mang', name: 'An toàn trên mạng', count: 1 },
      { slug: 'dang-ky', name: 'Đăng ký', count: 1 },
      { slug: 'thanh-nien-so', name: 'Thanh niên số', count: 3 },
    ]);
    expect(hasTag({ tags: ['Thanh Niên Số'] }, 'thanh-nien-so')).toBe(true);
    expect(hasTag({ tags: ['Đăng ký'] }, 'thanh-nien-so')).toBe(false);
  });
});

describe('official letters', () => {
  const letter = { title: 'Triển khai cuộc thi', place: 'Tân Hưng', date: '2025-10-13' };

  it('writes the place and date line unless the letter gives it as printed', () => {
    expect(letterDateLine(letter)).toBe('Tân Hưng, ngày 13 tháng 10 năm 2025');
    expect(letterDateLine({ ...letter, dateLine: 'Tân Hưng, ngày      tháng 10 năm 2025' })).toBe(
      'Tân Hưng, ngày      tháng 10 năm 2025',
    );
  });

  it('shows the V/v line as printed and the title as a heading', () => {
    expect(letterSubject(letter)).toBe('Triển khai cuộc thi');
    expect(letterSubject({ ...letter, subject: 'triển khai cuộc thi' })).toBe(
      'triển khai cuộc thi',
    );
    expect(headingCase('đề nghị hưởng ứng')).toBe('Đề nghị hưởng ứng');
    expect(attachmentPath('ke-hoach', 'the-le.pdf')).toBe('/van-ban/ke-hoach/the-le.pdf');
  });

  it('names an attached file that is not next to the letter', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'letter-'));
    const file = path.join(dir, 'ke-hoach.md');
    writeFileSync(path.join(dir, 'the-le.pdf'), '%PDF-1.4\n');
    const problems = missingAttachments(
      file,
      [{ file: 'the-le.pdf' }, { file: 'huong-dan.pdf' }],
      (where) => (where[1] === 1 ? 14 : 12),
    );
    expect(problems.map(formatProblem)).toEqual([
      `${file}, dòng 14, trường "attachments.1.file": Không thấy tệp "huong-dan.pdf" trong thư mục ${path.basename(dir)}/, cạnh văn bản. Chép tệp PDF vào đó, hoặc sửa tên cho đúng với tên tệp.`,
    ]);
  });
});

describe('feed items', () => {
  it('are newest first, dated at midnight in Vietnam, with absolute links under the base path', () => {
    const items = feedItems(
      [
        {
          title: 'Cũ',
          date: '2025-10-14',
          summary: 'a',
          path: '/tin-tuc/cu/',
          category: 'Tin tức',
        },
        {
          title: 'Mới',
          date: '2025-11-03',
          summary: 'b',
          path: '/van-ban/moi/',
          category: 'Văn bản',
        },
      ],
      'https://example.gov.vn/congdanso/',
    );
    expect(items.map((item) => [item.title, item.link, item.pubDate.toISOString()])).toEqual([
      ['Mới', 'https://example.gov.vn/congdanso/van-ban/moi/', '2025-11-02T17:00:00.000Z'],
      ['Cũ', 'https://example.gov.vn/congdanso/tin-tuc/cu/', '2025-10-13T17:00:00.000Z'],
    ]);
  });
});
