/**
 * Messages the editor's guide (docs/huong-dan-bien-tap.md) quotes, from real broken content:
 * a YAML syntax error (which Astro's own parser would report in English), a missing cover
 * picture and a missing attachment (which Astro would report without naming the entry).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astro, copyContent } from './astro.ts';
import { SAMPLE_WARD } from '../sample-ward.ts';

const LETTER = 'announcements/trien-khai-cuoc-thi-cong-dan-so-hai-phong-2025.md';

describe('mistakes editors make are named in Vietnamese, with the file and line', () => {
  it('an unclosed quote in frontmatter', () => {
    const dir = copyContent(SAMPLE_WARD);
    writeFileSync(
      path.join(dir, 'news/tin-loi.md'),
      '---\ntitle: "Ngày hội số ở nhà văn hóa\ndate: 2025-11-05\nsummary: Tóm tắt.\n---\n\nNội dung.\n',
    );
    const run = astro(['sync'], { SITE_CONTENT: dir });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      `${dir}/news/tin-loi.md, dòng 4: YAML sai cú pháp (MISSING_CHAR). Kiểm tra dấu hai chấm, dấu ngoặc kép và thụt lề ở dòng này.`,
    );
  });

  it('a cover picture that is not next to the news item', () => {
    const dir = copyContent(SAMPLE_WARD);
    writeFileSync(
      path.join(dir, 'news/tin-loi.md'),
      '---\ntitle: Tin\ndate: 2025-11-03\nsummary: Tóm tắt.\ncover: ./anh-chua-co.jpg\ncoverAlt: Ảnh.\n---\n',
    );
    const run = astro(['sync'], { SITE_CONTENT: dir });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      `${dir}/news/tin-loi.md, dòng 5, trường "cover": Ảnh "./anh-chua-co.jpg" không có trong thư mục news/. Chép ảnh (JPG, PNG, WebP hoặc AVIF) vào thư mục của bài, cạnh tệp nội dung, rồi ghi tên ảnh bắt đầu bằng ./, ví dụ: ./ten-anh.jpg, đúng từng chữ, kể cả phần đuôi .jpg hay .png.`,
    );
  });

  it('an attached PDF that is not next to the letter', () => {
    const dir = copyContent(SAMPLE_WARD);
    const letter = path.join(dir, LETTER);
    writeFileSync(
      letter,
      readFileSync(letter, 'utf8').replace(
        'summary: >-',
        'attachments:\n  - title: Thể lệ\n    file: the-le.pdf\nsummary: >-',
      ),
    );
    const run = astro(['sync'], { SITE_CONTENT: dir });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(
      /trien-khai-cuoc-thi-cong-dan-so-hai-phong-2025\.md, dòng \d+, trường "attachments\.0\.file": Không thấy tệp "the-le\.pdf" trong thư mục announcements\/, cạnh văn bản\. Chép tệp PDF vào đó, hoặc sửa tên cho đúng với tên tệp\./,
    );
  });

  it('a story photo and a picture in a story body that are not next to it', () => {
    const dir = copyContent(SAMPLE_WARD);
    writeFileSync(
      path.join(dir, 'stories/anh-thieu.md'),
      '---\ntitle: Ảnh thiếu\nauthor:\n  name: Nguyễn Thị Lan\ngroup: to-1\ncategory: thanh-nien-so\ndate: 2025-10-20\nsummary: Tóm tắt.\nphoto: ./chua-co.jpg\nphotoAlt: Bà Lan.\n---\n\nĐoạn đầu.\n\n![Bà cầm máy](./cung-chua-co.jpg)\n',
    );
    const run = astro(['sync'], { SITE_CONTENT: dir });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      `${dir}/stories/anh-thieu.md, dòng 9, trường "photo": Ảnh "./chua-co.jpg" không có trong thư mục stories/. Chép ảnh (JPG, PNG, WebP hoặc AVIF) vào thư mục của bài, cạnh tệp nội dung, rồi ghi tên ảnh bắt đầu bằng ./, ví dụ: ./ten-anh.jpg, đúng từng chữ, kể cả phần đuôi .jpg hay .png.`,
    );
    expect(run.output).toContain(
      `${dir}/stories/anh-thieu.md, dòng 15: Ảnh "./cung-chua-co.jpg" không có trong thư mục stories/.`,
    );
    // Printed once, in Vietnamese, without Astro's English frame around it.
    expect(run.output.match(/Nội dung chưa hợp lệ/g)).toHaveLength(1);
    expect(run.output).not.toMatch(/ImageNotFound|AstroUserError|Stack trace|Hint:/);
  });
});
