/**
 * Stories without Astro: which stories may be published (privacy, file names), how authors are
 * named, and the share links. The messages editors read are pinned.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { ContentError, formatProblem } from '../../src/lib/content-rules/content-errors.ts';
import { parseSite, readSite } from '../../src/lib/content-rules/site-file.ts';
import { authorName, checkStory, shareLinks } from '../../src/lib/stories/stories.ts';
import { validateFrontmatter } from '../../src/lib/content-rules/validate.ts';
import { storySchema } from '../../src/schemas/stories.ts';
import { SAMPLE_WARD } from '../sample-ward.ts';

const schema = storySchema(() => z.string(), ['to-1'], ['thanh-nien-so']);

/** The problems `checkStory` finds in a story file, as an editor reads them. */
function check(file: string, fields: string, body: string): string[] {
  const source = `---\ntitle: Bà tôi học số\nauthor:\n  name: Nguyễn Thị Lan\ngroup: to-1\ncategory: thanh-nien-so\ndate: 2025-10-20\n${fields}\n---\n${body}`;
  const { result, frontmatter } = validateFrontmatter(schema, source, file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return checkStory({ file, data: result.data, source: frontmatter }).map(formatProblem);
}

const PUBLISHED = 'consent: true\npublished: true';

describe('a story about to be published', () => {
  it('fails with the line and the match when it gives a phone number or an e-mail address', () => {
    expect(
      check(
        'content/stories/ba-lan.md',
        `summary: Viết cho bà qua lan@example.com nhé.\n${PUBLISHED}`,
        '\nBà học gọi video.\n\nAi cần thì gọi +84 90 123 4567, từ năm 2025.\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/stories/ba-lan.md, dòng 8, trường "summary": Câu chuyện sắp đăng có địa chỉ e-mail "lan@example.com". Để giữ an toàn cho người kể, xóa địa chỉ này đi; chỉ khi người kể muốn công khai, thêm dòng allowContact: true.",
        "content/stories/ba-lan.md, dòng 15: Câu chuyện sắp đăng có số điện thoại "+84 90 123 4567". Để giữ an toàn cho người kể, xóa số này đi; chỉ khi người kể muốn công khai, thêm dòng allowContact: true.",
      ]
    `);
  });

  it('passes when the author asked for their contact details to be shown', () => {
    expect(
      check(
        'content/stories/ba-lan.md',
        `summary: Tóm tắt.\n${PUBLISHED}\nallowContact: true`,
        'Gọi tôi: 0901234567.\n',
      ),
    ).toEqual([]);
  });

  it('is not checked for contact details while unpublished or without consent', () => {
    const body = 'Gọi tôi: 0901234567.\n';
    expect(check('content/stories/a.md', 'summary: T.\nconsent: true', body)).toEqual([]);
    expect(check('content/stories/a.md', 'summary: T.\npublished: true', body)).toEqual([]);
  });

  it('needs a file name that can be its address and is not another gallery page', () => {
    const fields = `summary: Tóm tắt.\n${PUBLISHED}`;
    // A name that is not an address at all is refused for every collection: tests/unit/refusals.
    expect(check('content/stories/Bà Lan.md', fields, 'Chuyện.')).toEqual([]);
    for (const name of ['2', 'gui-cau-chuyen', 'chu-de', 'to']) {
      expect(check(`content/stories/${name}.md`, fields, 'Chuyện.')).toEqual([
        `content/stories/${name}.md: Tên tệp "${name}" trùng với một trang khác của mục câu chuyện. Đổi tên tệp theo tiêu đề, chữ thường không dấu nối bằng dấu gạch ngang, ví dụ: ba-toi-hoc-goi-video.md`,
      ]);
    }
    expect(check('content/stories/ba-lan-2.md', fields, 'Chuyện.')).toEqual([]);
  });
});

describe('authorName', () => {
  const name = 'Nguyễn  Thị Lan ';
  it('shows the whole name, the given name, or no name, as the author chose', () => {
    expect(authorName({ name, display: 'full' }, 'Giấu tên')).toBe('Nguyễn Thị Lan');
    expect(authorName({ name, display: 'first' }, 'Giấu tên')).toBe('Lan');
    expect(authorName({ name, display: 'anonymous' }, 'Giấu tên')).toBe('Giấu tên');
  });
});

describe('shareLinks', () => {
  it('links to the Zalo and Facebook share dialogs with the address encoded', () => {
    expect(shareLinks('https://congdanso.example/cau-chuyen/ba-lan/')).toEqual({
      facebook:
        'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fcongdanso.example%2Fcau-chuyen%2Fba-lan%2F',
      zalo: 'https://sp.zalo.me/share_inline?url=https%3A%2F%2Fcongdanso.example%2Fcau-chuyen%2Fba-lan%2F',
    });
  });
});

describe('site.yaml stories.submit', () => {
  const source = readFileSync(`${SAMPLE_WARD}/site.yaml`, 'utf8');
  const problems = (text: string) => {
    try {
      parseSite(text, 'content/site.yaml');
    } catch (error) {
      if (error instanceof ContentError) return error.problems.map(formatProblem);
      throw error;
    }
    return [];
  };

  it('gives Tân Hưng and Việt Hòa their channels', () => {
    expect(readSite().stories.submit).toEqual({
      zalo: true,
      groupLeaders: true,
      cultureCenter: { name: 'Trung tâm Văn hóa, Thể thao và Truyền thông phường Tân Hưng' },
    });
    expect(readSite('tests/fixtures/viet-hoa/site.yaml').stories.submit).toEqual({
      zalo: false,
      groupLeaders: true,
      cultureCenter: { name: 'Trung tâm VHTTTT phường Việt Hòa' },
    });
  });

  it('refuses a Zalo channel without a Zalo group, and no channel at all', () => {
    const noZalo = source.replace(/ {2}zalo:\n {4}url: .*\n {4}label: .*\n/, '');
    expect(problems(noZalo)).toMatchInlineSnapshot(`
      [
        "content/site.yaml, dòng 78, trường "stories.submit.zalo": zalo: true nghĩa là nhận câu chuyện qua nhóm Zalo ở mục help.zalo, nhưng mục đó chưa có. Thêm help.zalo (url, label) hoặc viết zalo: false.",
      ]
    `);
    const none = source
      .replace('    zalo: true', '    zalo: false')
      .replace('    groupLeaders: true', '    groupLeaders: false')
      .replace(/ {4}cultureCenter:\n {6}name: .*\n/, '');
    expect(problems(none)).toMatchInlineSnapshot(`
      [
        "content/site.yaml, dòng 81, trường "stories.submit": Chưa có cách nào để gửi câu chuyện. Viết zalo: true, groupLeaders: true, hoặc thêm cultureCenter (name: tên đơn vị nhận).",
      ]
    `);
  });
});
