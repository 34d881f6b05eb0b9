/**
 * `npm run import:stories`: a form export with good and bad rows becomes draft story files that the
 * collection's schema accepts; rows without consent are skipped by line; nothing is overwritten.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { formatProblem } from '../../src/lib/content-rules/content-errors.ts';
import { readSite } from '../../src/lib/content-rules/site-file.ts';
import { checkStory } from '../../src/lib/stories/stories.ts';
import { importConsent, importDate, importStories } from '../../src/lib/stories/story-import.ts';
import { readGroups } from '../../src/lib/tables/read.ts';
import { validateFrontmatter } from '../../src/lib/content-rules/validate.ts';
import { parseFrontmatter } from '../../src/lib/content-rules/yaml-source.ts';
import { markdownToHtml } from 'satteri';
import { storySchema } from '../../src/schemas/stories.ts';

const EXPORT = 'tests/fixtures/import/stories-export.csv';
const groups = (await readGroups()).map((row) => row.data);
const categories = readSite().stories.categories;
const schema = storySchema(
  () => z.string(),
  groups.map((group) => group.code),
  categories.map((category) => category.code),
);

function runImport(out: string) {
  const run = spawnSync(process.execPath, ['scripts/import-stories.ts', EXPORT, '--out', out], {
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const files = (dir: string) => readdirSync(dir).sort();

describe('import:stories on a sample export', () => {
  it('writes drafts for rows with consent, skips the others by line, and sums up', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'stories-'));
    const run = runImport(out);

    // A row that needs fixing makes the run fail, after the good rows are written.
    expect(run.status).toBe(1);
    expect(files(out)).toEqual([
      'ba-toi-da-biet-goi-video-2.md',
      'ba-toi-da-biet-goi-video.md',
      'hoc-so-cung-con-gai.md',
    ]);
    expect(run.output).toContain('  - dòng 5: bỏ qua, người kể chưa đồng ý đăng.');
    expect(run.output).toContain('  - dòng 8: bỏ qua, người kể chưa đồng ý đăng.');
    expect(run.output).toContain(
      `${EXPORT}, dòng 9, cột "Tổ dân phố": Không có tổ "Tổ 99" trong groups.csv.`,
    );
    expect(run.output).toContain(
      `${EXPORT}, dòng 9, cột "Tuổi": Tuổi "abc" phải là một số, ví dụ: 68`,
    );
    expect(run.output).toContain(
      '    ! có số điện thoại "0901 234 567": xóa đi trước khi duyệt đăng.',
    );
    expect(run.output).toContain(
      'Tổng kết: 6 dòng. 3 bản nháp mới (dòng 2, 6, 10). 2 bỏ qua vì chưa đồng ý đăng (dòng 5, 8). 1 cần sửa (dòng 9). 0 đã có, không ghi đè.',
    );
    // Words of a row without consent are not kept anywhere.
    for (const name of files(out)) {
      expect(readFileSync(path.join(out, name), 'utf8')).not.toContain('chưa được đồng ý');
    }
  });

  it('round-trips: every file written is a valid, unpublished story with the row’s values', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'stories-'));
    runImport(out);
    const stories = files(out).map((name) => {
      const file = path.join(out, name);
      const { result, frontmatter } = validateFrontmatter(schema, readFileSync(file, 'utf8'), file);
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
      if (!result.ok) throw new Error('invalid');
      return { name, file, data: result.data, frontmatter };
    });

    const [second, first, anonymous] = stories;
    expect(first!.data).toMatchObject({
      title: 'Bà tôi đã biết gọi video',
      author: { name: 'Trần Thị Hoa', display: 'full', age: 68 },
      group: 'to-2',
      category: 'nguoi-cao-tuoi',
      date: '2025-10-23',
      summary: 'Cháu ngoại dạy tôi gọi video cho con gái ở xa.',
      consent: true,
      published: false,
      sample: false,
    });
    // Each line of the answer is a paragraph.
    expect(first!.frontmatter.body).toBe(
      '\nTôi 68 tuổi, trước chỉ biết nghe máy.\n\nCháu ngoại ngồi cạnh, chỉ tôi từng bước mở Zalo và bấm gọi video.\n\nGiờ tối nào tôi cũng gọi cho con gái.\n',
    );
    expect(second!.data).toMatchObject({ group: 'to-1', category: 'thanh-nien-so' });
    // No summary in the form: the story's first sentence.
    expect(anonymous!.data).toMatchObject({
      author: { name: 'Phạm Thị Mai', display: 'anonymous' },
      summary: 'Con gái hướng dẫn tôi học trên One Touch mỗi tối.',
    });

    // Published as imported, the draft with a phone number would fail the build.
    const { file, data, frontmatter } = anonymous!;
    expect(checkStory({ file, data, source: frontmatter })).toEqual([]);
    const published = checkStory({ file, data: { ...data, published: true }, source: frontmatter });
    expect(published.map((problem) => problem.message)).toEqual([
      'Câu chuyện sắp đăng có số điện thoại "0901 234 567". Để giữ an toàn cho người kể, xóa số này đi; chỉ khi người kể muốn công khai, thêm dòng allowContact: true.',
    ]);
  });

  it('never overwrites: a second run and an existing file are left as they are', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'stories-'));
    const mine = path.join(out, 'ba-toi-da-biet-goi-video.md');
    // Row 2's story, imported before and edited by hand since: it keeps its author's name.
    const edited = '---\nauthor:\n  name: Trần Thị Hoa\n---\nđã sửa tay\n';
    writeFileSync(mine, edited);
    const first = runImport(out);
    expect(first.output).toContain(`  = dòng 2: đã có ${mine}, giữ nguyên, không ghi đè.`);
    expect(readFileSync(mine, 'utf8')).toBe(edited);
    // Row 10 is another person's story of the same title: a new draft, under the next name.
    expect(first.output).toContain(
      `  + dòng 10: bản nháp ${path.join(out, 'ba-toi-da-biet-goi-video-2.md')}`,
    );

    const before = files(out).map((name) => readFileSync(path.join(out, name), 'utf8'));
    const again = runImport(out);
    expect(again.output).toContain(
      '0 bản nháp mới. 2 bỏ qua vì chưa đồng ý đăng (dòng 5, 8). 1 cần sửa (dòng 9). 3 đã có, không ghi đè (dòng 2, 6, 10).',
    );
    expect(files(out).map((name) => readFileSync(path.join(out, name), 'utf8'))).toEqual(before);
  });
});

describe('importStories', () => {
  const context = { groups, categories };

  it('refuses an export that lacks a needed column, importing nothing', () => {
    const result = importStories(
      'Họ và tên,Câu chuyện\nLan,Chuyện.\n',
      'x.csv',
      context,
      () => undefined,
    );
    expect(result.rows).toEqual([]);
    expect(result.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "x.csv, dòng 1: Thiếu cột: "dau thoi gian", "to dan pho", "chu de", "tieu de", "dong y dang". Dòng đầu cần có các cột (viết có dấu hay không đều được): Dấu thời gian, Họ và tên, Hiển thị tên, Tuổi, Tổ dân phố, Chủ đề, Tiêu đề, Tóm tắt, Câu chuyện, Đồng ý đăng. Hiển thị tên, Tuổi và Tóm tắt có thể bỏ trống.",
      ]
    `);
  });

  it('reads form timestamps and consent answers', () => {
    expect(importDate('3/11/2025 7:05:00')).toBe('2025-11-03');
    expect(importDate('2025-11-03')).toBe('2025-11-03');
    expect(
      [
        'Có',
        'Đồng ý',
        'Tôi đồng ý đăng',
        'x',
        'TRUE',
        'Tôi đồng ý để Trung tâm Văn hóa đăng câu chuyện này',
      ].map(importConsent),
    ).toEqual(['yes', 'yes', 'yes', 'yes', 'yes', 'yes']);
    expect(['', 'Không', 'Không đồng ý', 'Chưa'].map(importConsent)).toEqual([
      'no',
      'no',
      'no',
      'no',
    ]);
    // "không" inside a yes is not a no: the author asks only not to be named.
    expect(
      [
        'Đồng ý, nhưng không ghi tên tôi',
        'Đồng ý nhưng giấu tên',
        'Tôi đồng ý đăng, không ghi tên',
      ].map(importConsent),
    ).toEqual(['anonymous', 'anonymous', 'anonymous']);
    // Anything else is not guessed at.
    expect(['Để tôi suy nghĩ', 'Có lẽ', 'Đồng ý với ban tổ chức'].map(importConsent)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('caps a long title at the file-name rule, keeping the rows after it', () => {
    const long = 'Bà tôi học số '.repeat(25).trim();
    const csv = `Dấu thời gian,Họ và tên,Tổ dân phố,Chủ đề,Tiêu đề,Câu chuyện,Đồng ý đăng
20/10/2025 08:00:00,Nguyễn Thị Lan,to-1,thanh-nien-so,${long},Chuyện dài.,"Đồng ý, nhưng không ghi tên tôi"
21/10/2025 08:00:00,Trần Văn Minh,to-2,thanh-nien-so,Chuyện sau,Chuyện ngắn.,Đồng ý`;
    const { rows } = importStories(csv, 'x.csv', context, () => undefined);
    const drafts = rows.filter((row) => row.kind === 'draft');
    expect(drafts).toHaveLength(2);
    expect(drafts[0]!.slug.length).toBeLessThanOrEqual(76);
    expect(drafts[0]!.slug).toMatch(/^ba-toi-hoc-so-ba-toi-hoc-so-.*[a-z]$/);
    expect(drafts[0]!.text).toContain('display: anonymous');
    expect(drafts[1]!.slug).toBe('chuyen-sau');
  });
});

describe('import:stories on an export with markup, a repeat and broken rows', () => {
  const UNSAFE = 'tests/fixtures/import/stories-unsafe.csv';
  const result = importStories(
    readFileSync(UNSAFE, 'utf8'),
    UNSAFE,
    { groups, categories },
    () => undefined,
  );

  it('gives every row one outcome, by the line it starts on', () => {
    // Header on line 1; the first story spans lines 2–10, its repeat 11–19; then two rows: one
    // cut short after 6 cells, one with a comma in an unquoted answer and a stray cell (13).
    expect(result.problems).toEqual([]);
    expect(result.rows.map((row) => [row.line, row.kind])).toEqual([
      [2, 'draft'],
      [11, 'duplicate'],
      [20, 'invalid'],
      [21, 'invalid'],
    ]);
  });

  it('flags the repeat with the line of the first, and names the real fault of broken rows', () => {
    expect(result.rows[1]).toEqual({ kind: 'duplicate', line: 11, first: 2 });
    const messages = result.rows
      .slice(2)
      .flatMap((row) => (row.kind === 'invalid' ? row.problems.map(formatProblem) : []));
    expect(messages).toEqual([
      `${UNSAFE}, dòng 20: Dòng này chỉ có 6 ô, dòng đầu có 11 cột: thiếu ô hoặc dòng bị ngắt giữa chừng. Mở tệp bằng bảng tính, điền đủ các ô của dòng này (ô không có gì thì để trống) rồi lưu lại dạng "CSV UTF-8".`,
      `${UNSAFE}, dòng 21: Dòng này có 13 ô, nhiều hơn 11 cột của dòng đầu: có thể một câu trả lời chứa dấu phẩy mà thiếu dấu ngoặc kép. Mở tệp bằng bảng tính, kiểm tra dòng này rồi lưu lại dạng "CSV UTF-8".`,
    ]);
  });

  it('writes the answers as plain text: rendered, they are words, never markup', async () => {
    const draft = result.rows[0]!;
    if (draft.kind !== 'draft') throw new Error('expected a draft');
    const { body } = parseFrontmatter(draft.text, 'x.md');
    // Rendered with no sanitiser at all: the escaping alone keeps every vector as text.
    const { html } = await markdownToHtml(body, { features: { rawHtml: true } });
    expect(html).not.toMatch(/<(script|img|svg|iframe|meta|style|form|button|h1|ol)\b/);
    // A web address typed in the story stays a plain link to that address, as in any chat app.
    for (const link of html.match(/<a\b[^>]*>/g) ?? [])
      expect(link).toMatch(/^<a href="https:\/\/lua-dao\.example\/[^"]*">$/);
    expect(html).toContain("Mở đầu &lt;script&gt;alert('s1')&lt;/script&gt; hết.");
    expect(html).toContain("[Bấm vào đây](javascript:alert('l1')) nhé.");
    expect(html).toContain('<p># Không phải tiêu đề</p>');
    expect(html).toContain('<p>1. Không phải danh sách</p>');
  });
});

describe('form timestamps', () => {
  const context = { groups, categories };
  const csv = (dates: string[]) =>
    `Dấu thời gian,Họ và tên,Tổ dân phố,Chủ đề,Tiêu đề,Câu chuyện,Đồng ý đăng\n${dates
      .map(
        (date, index) =>
          `${date},Người ${index + 1},to-1,thanh-nien-so,Chuyện ${index + 1},Chuyện.,Đồng ý`,
      )
      .join('\n')}`;
  const outcome = (dates: string[]) =>
    importStories(csv(dates), 'x.csv', context, () => undefined).rows.map((row) =>
      row.kind === 'draft'
        ? /date: (\S+)/.exec(row.text)![1]
        : row.kind === 'invalid'
          ? row.problems.map(formatProblem)
          : row.kind,
    );

  it('reads a US-English export month first, since one of its dates can only be read so', () => {
    expect(outcome(['11/3/2025 9:00:00', '10/28/2025 9:00:00'])).toEqual([
      '2025-11-03',
      '2025-10-28',
    ]);
  });

  it('flags a date that reads both ways when no date of the export tells which', () => {
    expect(outcome(['11/3/2025 9:00:00', '5/5/2025 9:00:00'])).toMatchInlineSnapshot(`
      [
        [
          "x.csv, dòng 2, cột "Dấu thời gian": Ngày gửi "11/3/2025 9:00:00" có thể là ngày 11 tháng 3 hoặc ngày 3 tháng 11, vì mọi ngày trong tệp đều đọc được cả hai cách. Ghi lại ngày này dạng năm-tháng-ngày: 2025-03-11 (ngày 11 tháng 3) hoặc 2025-11-03 (ngày 3 tháng 11).",
        ],
        "2025-05-05",
      ]
    `);
  });
});
