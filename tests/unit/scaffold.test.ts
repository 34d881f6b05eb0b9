/** `npm run new`: each kind's template is a valid draft of its collection, named by its title. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { formatProblem } from '../../src/lib/content-rules/content-errors.ts';
import { placeName } from '../../src/lib/site/letters.ts';
import {
  scaffold,
  ScaffoldError,
  type ScaffoldKind,
} from '../../src/lib/content-rules/scaffold.ts';
import { validateFrontmatter } from '../../src/lib/content-rules/validate.ts';
import { isPublicEntry } from '../../src/lib/content-rules/visibility.ts';
import { announcementSchema } from '../../src/schemas/announcements.ts';
import { bulletinSchema } from '../../src/schemas/bulletins.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { storySchema } from '../../src/schemas/stories.ts';

const plainImage = () => z.string();
const CONTEXT = {
  today: '2025-10-20',
  wardName: 'Phường Tân Hưng',
  groupCode: 'to-1',
  categoryCode: 'thanh-nien-so',
};
const SCHEMAS: Record<ScaffoldKind, z.ZodType> = {
  news: newsSchema(plainImage),
  letter: announcementSchema,
  story: storySchema(plainImage, ['to-1', 'to-2'], ['thanh-nien-so']),
  bulletin: bulletinSchema,
};
const TITLE = 'Đường đến Đồng Hòa – Ngày hội số: “Tôi học số”!';

describe('scaffold', () => {
  for (const kind of Object.keys(SCHEMAS) as ScaffoldKind[]) {
    it(`makes a ${kind} that its schema accepts, as a hidden draft dated today`, () => {
      const made = scaffold(kind, TITLE, CONTEXT);
      expect(made.fileName).toBe('duong-den-dong-hoa-ngay-hoi-so-toi-hoc-so.md');
      const { result } = validateFrontmatter(SCHEMAS[kind], made.text, made.fileName);
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
      if (!result.ok) return;
      const data = result.data as { title: string; date: string; draft: boolean };
      expect(data.title).toBe(TITLE);
      expect(data.date).toBe('2025-10-20');
      // Written day-first, as staff write dates and as the comment above it says.
      expect(made.text).toMatch(/^date: 20\/10\/2025$/m);
      expect(data.draft).toBe(true);
      expect(isPublicEntry(made.folder, data)).toBe(false);
    });
  }

  it('puts each kind in its folder', () => {
    expect(
      (['news', 'letter', 'story', 'bulletin'] as const).map(
        (kind) => scaffold(kind, 'Tin', CONTEXT).folder,
      ),
    ).toEqual(['news', 'announcements', 'stories', 'bulletins']);
  });

  it('fills a letter from the ward: issuer in capitals and the place name', () => {
    const { text } = scaffold('letter', 'Kế hoạch tuyên truyền', CONTEXT);
    expect(text).toContain('  - PHƯỜNG TÂN HƯNG\nplace: Tân Hưng');
    expect(placeName('Xã Đồng Hòa')).toBe('Đồng Hòa');
  });

  it('refuses an unknown kind, a missing title and a title with no letters, in Vietnamese', () => {
    expect(() => scaffold('tin', 'Tiêu đề', CONTEXT)).toThrow(
      new ScaffoldError(`Không có loại nội dung "tin".
Cách dùng: npm run new -- <loại> "Tiêu đề"
  loại: news (tin tức), letter (văn bản), story (câu chuyện), bulletin (bản tin phát thanh)
  ví dụ: npm run new -- news "Thanh niên số hỗ trợ người cao tuổi"`),
    );
    expect(() => scaffold('news', '   ', CONTEXT)).toThrow(/^Thiếu tiêu đề\./);
    expect(() => scaffold('news', '– !!! –', CONTEXT)).toThrow(
      'Tiêu đề "– !!! –" không có chữ hay số nào để làm tên tệp. Viết tiêu đề bằng chữ.',
    );
  });
});
