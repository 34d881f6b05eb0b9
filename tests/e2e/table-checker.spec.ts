/**
 * The table checker (/quan-tri/kiem-tra-bang/): a staff member picks a participation workbook and
 * sees, before uploading it, what the build would say: a bad sheet's row named in Vietnamese, a
 * good sheet's figures per group. The file never leaves the browser.
 */
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readGroups } from '../../src/lib/tables/read.ts';

const groups = (await readGroups()).map((row) => row.data);
const [first, second] = groups;

async function participation(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Tháng 11');
  [['date', 'group', 'households', 'joined'], ...rows].forEach((row, index) => {
    sheet.getRow(index + 1).values = row;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

test('refuses a bad participation sheet naming its sheet and row, and shows a good one’s figures', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/quan-tri/kiem-tra-bang/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const input = page.getByLabel('Chọn tệp bảng');
  const status = page.getByRole('status');

  // 163 households joined out of 150: the case the staff member met.
  await input.setInputFiles({
    name: 'participation.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await participation([['2025-11-05', first!.code, 150, 163]]),
  });
  await expect(status).toContainText('Bảng chưa hợp lệ');
  await expect(status).toContainText(
    'participation.xlsx, trang tính "Tháng 11", dòng 2, cột "joined": Số hộ đã tham gia (163) lớn hơn tổng số hộ (150). Kiểm tra lại hai số này.',
  );

  // 105 of 150 is exactly 70 %; 104 of 150 is 69.33… %, shown as 69,3 % and short of the target.
  await input.setInputFiles({
    name: 'participation.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await participation([
      ['2025-11-05', first!.code, 150, 105],
      ['2025-11-05', second!.code, 150, 104],
    ]),
  });
  await expect(status).toContainText('Bảng hợp lệ');
  const rows = status.getByRole('row');
  await expect(rows.nth(1)).toHaveText(
    [first!.name, '2025-11-05', '150', '105', '70%', 'Đạt'].join(''),
  );
  await expect(rows.nth(2)).toHaveText(
    [second!.name, '2025-11-05', '150', '104', '69,3%', 'Chưa đạt'].join(''),
  );
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  expect(errors).toEqual([]);
});
