/**
 * The editor's save check (src/editor/save-check.ts, loaded in /quan-tri/ before a commit): what
 * the build would refuse is refused before it is saved, in the words of the screen it was saved
 * from (the form's labels, no file or line; an upload's file, sheet and row), and what the build
 * accepts passes. A table uploaded under a name the site does not read is offered its name; an
 * entry that would be saved but not shown says why. The cases are the build's own bad files
 * (tests/fixtures/bad/) and entries written here by hand.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkAdditions, type SaveCheckContext } from '../../src/editor/save-check.ts';
import { cmsConfig } from '../../src/lib/editor/cms-config.ts';
import { formLabels } from '../../src/lib/editor/form-words.ts';

const groups = ['to-1', 'to-2', 'to-3', 'to-4', 'to-5'].map((code) => ({ code, name: code }));
const categories = [{ code: 'thanh-nien-so', name: 'Thanh niên số' }];
const context: SaveCheckContext = {
  groups,
  groupsFile: 'groups.csv',
  categories: categories.map((category) => category.code),
  target: 70,
  // The labels the built editor's forms show, as the build writes them into save-check.json.
  labels: formLabels(
    cmsConfig({
      groups,
      categories,
      guides: [{ code: 'an-toan-tren-mang', name: 'An toàn trên mạng' }],
      repo: 'phuong/cong-dan-so',
      branch: 'main',
      site: { title: 'Công dân số', base: '/' },
    }).collections,
  ),
};

const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
/** The refusals of one file, saved on 2025-11-20 (a day in Vietnam). */
const checked = (path: string, text: string | Buffer) =>
  checkAdditions([{ path, contents: base64(text) }], context, '2025-11-20');
const check = async (path: string, text: string | Buffer) => (await checked(path, text)).problems;

const news = (lines: string[]) => ['---', ...lines, '---', '', 'Nội dung bài.', ''].join('\n');

describe('the editor refuses a save the build would refuse', () => {
  it('a news cover without its description, naming the field by the form’s label', async () => {
    const text = news([
      'title: Tập huấn ở nhà văn hóa',
      'date: 2025-11-12',
      'summary: Đoàn viên hướng dẫn bà con.',
      'cover: ./tap-huan.jpg',
    ]);
    // No file, no line, no key: the form shows none of them.
    expect(await check('content/news/tap-huan.md', text)).toEqual([
      'Mô tả ảnh: Có ảnh thì phải mô tả ảnh cho người không nhìn thấy. Ví dụ: "Đoàn viên hướng dẫn bà con cài ứng dụng"',
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
    expect(await checked('content/news/tap-huan.md', text)).toEqual({
      problems: [],
      hidden: [],
      renames: [],
    });
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
    expect(problems[0]).toMatch(/^Tổ dân phố: .*to-9/);
    expect(problems[0]).not.toMatch(/dòng|content\/|"group"/);
  });

  it('a participation table with more households joined than there are (150 in to-3 of 100)', async () => {
    const problems = await check(
      'content/participation.csv',
      readFileSync('tests/fixtures/bad/participation-bad-rows.csv'),
    );
    // Worked out from the file: row 3 "một trăm" households, row 4 150 joined of 100, row 5 no
    // date, row 6 -3 households, row 7 a second count for to-1 on the same day.
    expect(problems.map((line) => /dòng (\d+)/.exec(line)?.[1])).toEqual(['3', '4', '5', '6', '7']);
    // An upload: the file as the library names it, and the row as the spreadsheet shows it.
    expect(problems[1]).toMatch(/^participation\.csv, dòng 4/);
    expect(problems[1]).toContain('150');
  });

  it('site.yaml whose contest closes before it opens', async () => {
    const problems = await check(
      'content/site.yaml',
      readFileSync('tests/fixtures/bad/site-impossible-date.yaml'),
    );
    // November has 30 days: "closes: 2025-11-31", under the settings' section and field labels.
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Cuộc thi › Ngày kết thúc cuộc thi: .*2025-11-31/);
  });

  it('leaves pictures and files it does not know to the build', async () => {
    expect(await check('content/news/tap-huan.jpg', Buffer.from([0xff, 0xd8, 0xff]))).toEqual([]);
  });
});

describe('a file uploaded under a name the site does not read', () => {
  it('is refused; a table known by its columns is offered the name the site reads', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Tháng 11');
    sheet.addRow(['date', 'group', 'households', 'joined']);
    sheet.addRow(['2025-11-05', 'to-1', 150, 105]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const result = await checked('content/so-lieu-thang-11.xlsx', bytes);
    expect(result.renames).toEqual([
      { from: 'content/so-lieu-thang-11.xlsx', to: 'content/participation.xlsx' },
    ]);
    expect(result.problems).toEqual([
      'so-lieu-thang-11.xlsx: Tệp này có vẻ là bảng tham gia, nhưng trang web chỉ đọc bảng tham gia tên participation.xlsx. Ở đây trang web chỉ đọc các tệp tên: site.yaml, groups.csv, groups.xlsx, participation.csv, participation.xlsx, officials.csv, officials.xlsx. Tệp tên khác làm trang web dừng đăng cho tới khi tệp được đổi tên hoặc xóa. Bấm “Lưu với tên participation.xlsx”.',
    ]);
    // Under the name offered, the same file passes.
    expect(await check('content/participation.xlsx', bytes)).toEqual([]);
  });

  it('is refused when it is no table, with no name to offer', async () => {
    const result = await checked('content/ghi-chu.docx', Buffer.from('PK'));
    expect(result.renames).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^ghi-chu\.docx: Trang web không dùng tệp này\./);
  });
});

describe('an entry that would be saved but not shown', () => {
  const story = (flags: string[]) =>
    news([
      'title: Bà tôi học gọi video',
      'author:',
      '  name: Nguyễn Thị Lan',
      '  display: first',
      'group: to-1',
      'category: thanh-nien-so',
      'date: 2025-11-01',
      'summary: Bà đã tự gọi cho cháu.',
      ...flags,
    ]);

  it('says why: a story approved without consent, a draft, news dated later', async () => {
    expect(
      (await checked('content/stories/ba-toi.md', story(['consent: false', 'published: true'])))
        .hidden,
    ).toEqual([
      'Câu chuyện đã chọn “Đã duyệt” nhưng chưa chọn “Đồng ý đăng”: câu chuyện không hiện trên trang web khi chưa có đồng ý bằng văn bản của người kể. Có đồng ý rồi thì chọn ô “Đồng ý đăng”.',
    ]);
    const draft = news(['title: Tin nháp', 'date: 2025-11-12', 'summary: Tóm tắt.', 'draft: true']);
    expect((await checked('content/news/tin-nhap.md', draft)).hidden).toEqual([
      'Ô “Bản nháp” đang được chọn: bài được lưu nhưng không hiện trên trang web. Muốn đăng thì bỏ chọn ô này.',
    ]);
    // Saved on 20/11: dated the 21st, it waits a day.
    const later = news(['title: Tin sắp tới', 'date: 2025-11-21', 'summary: Tóm tắt.']);
    expect((await checked('content/news/tin-sap-toi.md', later)).hidden).toEqual([
      'Ngày đăng 21/11/2025 chưa tới: tin được lưu nhưng chỉ hiện trên trang web từ ngày đó. Muốn đăng ngay thì sửa thành ngày hôm nay.',
    ]);
  });

  it('says nothing of an entry that will be shown, or a story still waiting for both', async () => {
    const today = news(['title: Tin hôm nay', 'date: 2025-11-20', 'summary: Tóm tắt.']);
    expect((await checked('content/news/tin.md', today)).hidden).toEqual([]);
    expect((await checked('content/stories/ba-toi.md', story([]))).hidden).toEqual([]);
    expect(
      (await checked('content/stories/ba-toi.md', story(['consent: true', 'published: true'])))
        .hidden,
    ).toEqual([]);
  });
});
