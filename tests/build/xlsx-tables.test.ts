/**
 * A ward that keeps its three tables in Excel: groups.xlsx, participation.xlsx and officials.xlsx
 * (made here with exceljs, dates as date cells and figures as numbers, as Excel stores them) build
 * into the same pages as the CSV would. The figures below are worked out by hand:
 *   Khu Đông Hải 105 of 150 households = 70 %, met; Khu Tây Sơn 55 of 80 = 68.75 %, shown 68,7 %,
 *   not met; the ward 160 of 230 = 69.56 %, shown 69,5 %; officials 12 of 12 = 100 %.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { astro, copyContent, pageText } from './astro.ts';

const content = copyContent('tests/fixtures/viet-hoa');
rmSync(path.join(content, 'groups.csv'));

async function save(name: string, rows: ExcelJS.CellValue[][]): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Trang 1');
  rows.forEach((row, index) => {
    sheet.getRow(index + 1).values = row;
  });
  await book.xlsx.writeFile(path.join(content, name));
}

const day = new Date('2025-11-07T00:00:00Z');
await save('groups.xlsx', [
  ['code', 'name', 'leader', 'sample'],
  ['khu-1', 'Khu Đông Hải', 'Trần Thị Hoa', 'x'],
  ['khu-2', 'Khu Tây Sơn', null, 'x'],
]);
await save('participation.xlsx', [
  ['date', 'group', 'households', 'joined'],
  [day, 'khu-1', 150, 105],
  [day, 'khu-2', 80, 55],
]);
await save('officials.xlsx', [
  ['date', 'unit', 'officials', 'joined'],
  [day, 'Văn phòng HĐND và UBND', 12, 12],
]);

const outDir = mkdtempSync(path.join(tmpdir(), 'xlsx-ward-'));
const run = astro(['build', '--outDir', outDir], { SITE_CONTENT: content });

const text = (page: string) => pageText(outDir, page);

it('builds a ward whose tables are all .xlsx, with the figures worked out by hand', () => {
  expect(run.status, run.output).toBe(0);
  const progress = text('tien-do');
  expect(progress).toContain('Số liệu đến ngày 07/11/2025.');
  expect(progress).toContain('160 trên 230 hộ gia đình đã có người tham gia (69,5%).');
  expect(progress).toContain('1 trên 2 tổ dân phố đã đạt chỉ tiêu 70%.');
  expect(progress).toContain('Khu Đông Hải 150 105 70% Đạt');
  expect(progress).toContain('Khu Tây Sơn 80 55 68,7% Chưa đạt');
  expect(progress).toContain('Văn phòng HĐND và UBND 12 12 100% Đạt');
  expect(text('to-dan-pho/khu-1')).toContain('Trần Thị Hoa');
  expect(text('to-dan-pho/khu-2')).toContain('55 trên 80 hộ đã có người tham gia: 68,7%.');
});

it('refuses a table kept both as .csv and as .xlsx, naming both', () => {
  const both = copyContent(content);
  const csv = 'date,unit,officials,joined\n2025-11-07,Văn phòng HĐND và UBND,12,11\n';
  writeFileSync(path.join(both, 'officials.csv'), csv);
  const refused = astro(['sync'], { SITE_CONTENT: both });
  expect(refused.status).not.toBe(0);
  expect(refused.output).toContain(
    'officials.xlsx: Có cả officials.csv và officials.xlsx cho cùng một bảng. Giữ một tệp: xóa (hoặc chuyển ra khỏi thư mục nội dung) tệp cũ hơn.',
  );
});
