/**
 * Participation: the progress page, each group's own figure and the home page's summary all show
 * the figures of the sample tables, worked out by hand in tests/sample-progress.ts, and the chart's
 * table says the same to everyone.
 */
import ExcelJS from 'exceljs';
import { expect, test, type Locator } from '@playwright/test';
import {
  pageStatus,
  SAMPLE_AS_OF,
  SAMPLE_FURTHEST_FIRST,
  SAMPLE_GROUPS,
  SAMPLE_HOUSEHOLDS,
  SAMPLE_UNITS,
} from '../sample-progress.ts';

const group = (code: string) => SAMPLE_GROUPS.find((entry) => entry.code === code)!;

/** The body rows of a table as their cells' text. */
async function rows(table: Locator): Promise<string[][]> {
  return table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim())),
    );
}

test('the progress page lists groups furthest from the target first, with the same figures as the CSV', async ({
  page,
}) => {
  await page.goto('/tien-do/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Tiến độ tham gia');
  await expect(main).toContainText(`Số liệu đến ngày ${SAMPLE_AS_OF}.`);

  const table = main.getByRole('table', { name: 'Số hộ tham gia theo tổ dân phố' });
  expect(await rows(table)).toEqual(
    SAMPLE_FURTHEST_FIRST.map(group).map(({ name, figures }) => [
      name,
      String(figures?.total ?? '–'),
      String(figures?.joined ?? '–'),
      figures?.percent ?? '–',
      pageStatus(figures),
    ]),
  );
  await expect(table.locator('tfoot')).toContainText(
    `${SAMPLE_HOUSEHOLDS.met}/${SAMPLE_HOUSEHOLDS.groups} tổ đạt`,
  );

  const officials = main.getByRole('table', { name: 'Số cán bộ tham gia theo đơn vị' });
  expect(await rows(officials)).toEqual(
    SAMPLE_UNITS.map((unit) => [
      unit.unit,
      String(unit.total),
      String(unit.joined),
      unit.percent,
      pageStatus(unit),
    ]),
  );
});

test('the charts are drawn against the target line and hidden from screen readers', async ({
  page,
}) => {
  await page.goto('/tien-do/');
  const bars = page.locator('svg.progress-bar');
  await expect(bars).toHaveCount(SAMPLE_GROUPS.length + SAMPLE_UNITS.length);
  for (const chart of await page.locator('figure > ul').all()) {
    await expect(chart).toHaveAttribute('aria-hidden', 'true');
  }
  await expect(page.locator('figure figcaption').first()).toContainText('Chỉ tiêu 70%');
  // The second bar is group 5's, the first reported one: 61 of 110 is 55.45 % of the width.
  const width = await bars.nth(1).locator('rect.fill').getAttribute('width');
  expect(Number(width)).toBeCloseTo(55.45, 0);
  await expect(bars.nth(1).locator('line.target')).toHaveAttribute('x1', '70');
});

test('every group page shows its own figure, the same as the progress page', async ({ page }) => {
  for (const { code, figures } of SAMPLE_GROUPS) {
    await page.goto(`/to-dan-pho/${code}/`);
    const section = page.getByRole('region', { name: 'Tiến độ của tổ' });
    if (!figures) {
      await expect(section).toContainText('Tổ chưa báo cáo số liệu tham gia.');
      continue;
    }
    await expect(section).toContainText(
      `${figures.joined} trên ${figures.total} hộ đã có người tham gia: ${figures.percent}.`,
    );
    await expect(section).toContainText(
      figures.met
        ? 'Tổ đã đạt chỉ tiêu 70% hộ gia đình.'
        : `Còn ${figures.shortfall} hộ nữa để đạt chỉ tiêu 70%.`,
    );
    await expect(section).toContainText(`Số liệu đến ngày ${figures.date}.`);
  }
});

test("the home page sums up the ward's progress and links to the details", async ({ page }) => {
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Tiến độ tham gia' });
  const households = SAMPLE_HOUSEHOLDS;
  await expect(section).toContainText(
    `${households.joined} trên ${households.total} hộ gia đình đã có người tham gia (${households.percent}).`,
  );
  await expect(section).toContainText(
    `${households.met} trên ${households.groups} tổ dân phố đã đạt chỉ tiêu 70%.`,
  );
  await section.getByRole('link', { name: 'Xem tiến độ từng tổ' }).click();
  await expect(page).toHaveURL(/\/tien-do\/$/);
});

test('staff find the report and the spreadsheet templates', async ({ page, request }) => {
  await page.goto('/tien-do/');
  const report = page.getByRole('link', { name: 'Báo cáo gửi thành phố (PDF, A4)' });
  const pdf = await request.get((await report.getAttribute('href'))!);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  const template = page.getByRole('link', { name: 'Bảng mẫu số hộ theo tổ (CSV)' });
  const csv = await (await request.get((await template.getAttribute('href'))!)).text();
  expect(csv.split(/\r\n/)[0]).toBe('\uFEFFdate,group,group_name,households,joined');
  for (const { code } of SAMPLE_GROUPS) expect(csv).toContain(`,${code},`);

  const workbook = page.getByRole('link', { name: 'Bảng mẫu số hộ theo tổ (Excel)' });
  const xlsx = await request.get((await workbook.getAttribute('href'))!);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(await xlsx.body()).buffer);
  const sheet = book.worksheets[0]!;
  expect(sheet.getRow(1).values).toEqual([
    undefined,
    'date',
    'group',
    'group_name',
    'households',
    'joined',
  ]);
  const listed = sheet.getRows(2, sheet.rowCount - 1)!.map((row) => row.getCell(2).value);
  expect(listed.sort()).toEqual(SAMPLE_GROUPS.map(({ code }) => code));
});
