/**
 * The editor's save check (src/editor/save-check.ts, loaded in /quan-tri/ before a commit): what
 * the build would refuse is refused before it is saved, with the build's own message, and what
 * the build accepts passes. The cases are the build's own bad files (tests/fixtures/bad/) and
 * entries written here by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAdditions, type SaveCheckContext } from '../../src/editor/save-check.ts';

const context: SaveCheckContext = {
  groups: ['to-1', 'to-2', 'to-3', 'to-4', 'to-5'].map((code) => ({ code, name: code })),
  groupsFile: 'groups.csv',
  categories: ['thanh-nien-so'],
  target: 70,
};

const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const check = (path: string, text: string | Buffer) =>
  checkAdditions([{ path, contents: base64(text) }], context);

const news = (lines: string[]) => ['---', ...lines, '---', '', 'Nội dung bài.', ''].join('\n');

describe('the editor refuses a save the build would refuse', () => {
  it('a news cover without its description, naming file, line and field', async () => {
    const text = news([
      'title: Tập huấn ở nhà văn hóa',
      'date: 2025-11-12',
      'summary: Đoàn viên hướng dẫn bà con.',
      'cover: ./tap-huan.jpg',
    ]);
    expect(await check('content/news/tap-huan.md', text)).toEqual([
      '- content/news/tap-huan.md, dòng 2, trường "coverAlt": Có ảnh (cover) thì phải mô tả ảnh cho người không nhìn thấy. Ví dụ: coverAlt: "Đoàn viên hướng dẫn bà con cài ứng dụng"',
    ]);
  });

  it('passes the same news item with its description', async () => {
    const text = news([
      'title: Tập huấn ở nhà văn hóa',
      'date: 2025-11-12',
      'summary: Đoàn viên hướng dẫn bà con.',
      'cover: ./tap-huan.jpg',
      'coverAlt: Đoàn viên ngồi cạnh bà con, cầm điện thoại',
    ]);
    expect(await check('content/news/tap-huan.md', text)).toEqual([]);
  });

  it('a story in a group the groups table does not have', async () => {
    const text = news([
      'title: Bà tôi học gọi video',
      'author:',
      '  name: Nguyễn Thị Lan',
      '  display: first',
      'group: to-9',
      'category: thanh-nien-so',
      'date: 2025-11-01',
      'summary: Bà đã tự gọi cho cháu.',
      'consent: true',
      'published: true',
    ]);
    const problems = await check('content/stories/ba-toi.md', text);
    expect(problems).toHaveLength(1);
    // "group" is on the frontmatter's sixth line (the file's line 6).
    expect(problems[0]).toMatch(/^- content\/stories\/ba-toi\.md, dòng 6, trường "group": .*to-9/);
  });

  it('a participation table with more households joined than there are (150 in to-3 of 100)', async () => {
    const problems = await check(
      'content/participation.csv',
      readFileSync('tests/fixtures/bad/participation-bad-rows.csv'),
    );
    // Worked out from the file: row 3 "một trăm" households, row 4 150 joined of 100, row 5 no
    // date, row 6 -3 households, row 7 a second count for to-1 on the same day.
    expect(problems.map((line) => /dòng (\d+)/.exec(line)?.[1])).toEqual(['3', '4', '5', '6', '7']);
    expect(problems[1]).toMatch(/^- content\/participation\.csv, dòng 4/);
    expect(problems[1]).toContain('150');
  });

  it('site.yaml whose contest closes before it opens', async () => {
    const problems = await check(
      'content/site.yaml',
      readFileSync('tests/fixtures/bad/site-impossible-date.yaml'),
    );
    // November has 30 days: "closes: 2025-11-31" is the file's line 18.
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^- content\/site\.yaml, dòng 18, trường "campaign\.closes": .*2025-11-31/,
    );
  });

  it('leaves pictures and files it does not know to the build', async () => {
    expect(await check('content/news/tap-huan.jpg', Buffer.from([0xff, 0xd8, 0xff]))).toEqual([]);
  });
});
