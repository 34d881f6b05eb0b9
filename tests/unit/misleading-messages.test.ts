/**
 * Messages that misled: a NUL in a table was reported as UTF-16 with no line, billion-laughs
 * anchors gave an English stack trace, and Excel's "sep=," first line was read as column names.
 */
import { expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-rules/content-errors.ts';
import { readCsv } from '../../src/lib/tables/csv.ts';
import { parseFrontmatter, parseYaml } from '../../src/lib/content-rules/yaml-source.ts';
import { groupRowSchema } from '../../src/schemas/tables.ts';

const csv = (text: string) =>
  readCsv(new TextEncoder().encode(text), 'content/groups.csv', groupRowSchema).problems.map(
    formatProblem,
  );

it('names the line of a NUL in a table, and still knows UTF-16 without its mark', () => {
  expect(csv('code,name\nto-1,Tổ 1\nto-2,Tổ\u0000 2\n')).toMatchInlineSnapshot(`
    [
      "content/groups.csv, dòng 3: Dòng này có một ký tự rỗng (NUL) không nhìn thấy, thường do chép từ chương trình khác. Mở tệp, gõ lại dòng này rồi lưu lại.",
    ]
  `);
  const utf16 = new Uint8Array(Buffer.from('code,name\nto-1,To 1\n', 'utf16le'));
  expect(readCsv(utf16, 'content/groups.csv', groupRowSchema).problems.map(formatProblem))
    .toMatchInlineSnapshot(`
    [
      "content/groups.csv: Tệp có vẻ lưu dạng UTF-16 mà không có dấu nhận biết (BOM), đọc ra sẽ sai dấu tiếng Việt. Mở tệp bằng Excel, chọn Tệp → Lưu thành (File → Save As), chọn kiểu "CSV UTF-8 (Comma delimited) (*.csv)" rồi lưu; với LibreOffice chọn bộ ký tự "Unicode (UTF-8)" và dấu phân cách là dấu phẩy; Google Trang tính: Tệp → Tải xuống → CSV.",
    ]
  `);
});

it('says to delete the "sep=," line Excel adds', () => {
  expect(csv('sep=,\ncode,name\nto-1,Tổ 1\n')).toMatchInlineSnapshot(`
    [
      "content/groups.csv, dòng 1: Dòng 1 "sep=," là ghi chú Excel tự thêm, không phải tên cột. Xóa dòng 1, để dòng đầu là tên các cột: code, name, leader, leader_phone, hall, help_hours, sample.",
    ]
  `);
});

it('names the file of a YAML document of exponential aliases, in Vietnamese', () => {
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const [from, to] of [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['d', 'e'],
    ['e', 'f'],
    ['f', 'g'],
  ])
    laughs.push(
      `${to}: &${to} [*${from},*${from},*${from},*${from},*${from},*${from},*${from},*${from},*${from}]`,
    );
  expect(parseYaml(laughs.join('\n'), 'content/site.yaml').problems.map(formatProblem))
    .toMatchInlineSnapshot(`
    [
      "content/site.yaml: Tệp dùng quá nhiều tham chiếu lặp lại (dấu & và *) nên không đọc được. Viết thẳng giá trị vào từng trường, không dùng & và *.",
    ]
  `);
  expect(
    parseFrontmatter(
      `---\n${laughs.join('\n')}\ntitle: x\n---\nChữ.`,
      'content/news/x.md',
    ).problems.map(formatProblem),
  ).toMatchInlineSnapshot(`
    [
      "content/news/x.md: Tệp dùng quá nhiều tham chiếu lặp lại (dấu & và *) nên không đọc được. Viết thẳng giá trị vào từng trường, không dùng & và *.",
    ]
  `);
});
