/**
 * The table checker (/quan-tri/kiem-tra-bang/): a staff member picks a participation workbook and
 * sees, before uploading it, what the build would say: a bad sheet's row named in Vietnamese, a
 * good sheet's figures per group. The file never leaves the browser.
 */
import { expect, test, type Locator } from '@playwright/test';
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
  const cells = (index: number) => rows.nth(index).getByRole('cell').allInnerTexts();
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText(first!.name);
  expect(await cells(1)).toEqual(['05/11/2025', '150', '105', '70%', 'Đạt']);
  expect(await cells(2)).toEqual(['05/11/2025', '150', '104', '69,3%', 'Chưa đạt']);
  // Styled as on /tien-do/ (on a phone, as its rows become blocks): the same padding, rule and
  // alignment as a figure of the progress page's table, its tabular figures; never "69,3%Chưa đạt"
  // run together in unstyled cells.
  const look = (cell: Locator) =>
    cell.evaluate((node) => {
      const style = getComputedStyle(node);
      return [
        style.paddingRight,
        style.borderBottomStyle,
        style.textAlign,
        style.fontVariantNumeric,
      ];
    });
  const checker = await look(rows.nth(2).getByRole('cell').nth(3));
  expect(checker[3]).toBe('tabular-nums');
  const status2 = rows.nth(2).getByRole('cell').nth(4);
  const progress = await page.context().newPage();
  await progress.goto('/tien-do/');
  const figure = progress.locator('.progress-table tbody td.number').first();
  expect(await look(figure)).toEqual(checker);
  await progress.close();
  expect(await status2.evaluate((cell) => getComputedStyle(cell).fontWeight)).toBe('700');

  // A groups table chosen as participation: one hint, not a message for every column.
  await input.setInputFiles({
    name: 'So lieu thang 11.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`code,name\n${first!.code},${first!.name}\n`),
  });
  await expect(status).toContainText(
    'Tệp này có vẻ là bảng tổ dân phố, không phải bảng tham gia. Chọn đúng loại bảng, hoặc chọn đúng tệp.',
  );
  await expect(status.getByRole('listitem')).toHaveCount(1);

  // A slow file, then at once a quick one: the result shown is the quick one's, the file chosen
  // last, even though the slow one finishes reading later.
  const many = Array.from({ length: 20_000 }, () => ['2025-11-05', first!.code, 150, 105]);
  const [slow, quick] = await Promise.all([
    participation(many),
    participation([['2025-11-05', first!.code, 150, 163]]),
  ]);
  const workbook = (buffer: Buffer) => ({
    name: 'participation.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  // The big file's bytes arrive two seconds late, as from a slow disk or a network share.
  await page.evaluate(() => {
    const read = Blob.prototype.arrayBuffer;
    Blob.prototype.arrayBuffer = async function (this: Blob) {
      const bytes = await read.call(this);
      if (this.size > 100_000) await new Promise((resolve) => setTimeout(resolve, 2000));
      return bytes;
    };
  });
  await input.setInputFiles(workbook(slow));
  await input.setInputFiles(workbook(quick));
  await expect(status).toContainText('lớn hơn tổng số hộ (150)');
  // Long enough for the slow file to finish reading: it must not replace the result.
  await page.waitForTimeout(4000);
  await expect(status).toContainText('lớn hơn tổng số hộ (150)');
  await expect(status.getByRole('table')).toHaveCount(0);

  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  expect(errors).toEqual([]);
});
