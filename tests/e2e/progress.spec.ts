/**
 * Participation: the progress page, each group's own figure and the home page's summary all show
 * the figures worked out from the CSV files, and the chart's table says the same to everyone.
 */
import ExcelJS from 'exceljs';
import { expect, test, type Locator } from '@playwright/test';
import { formatDate } from '../../src/lib/dates.ts';
import { formatPercent, shortfall } from '../../src/lib/participation.ts';
import { expectedProgress, expectedStatus } from '../expected-progress.ts';

const expected = await expectedProgress();
const { targets } = expected;

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
  await expect(main).toContainText(`Số liệu đến ngày ${formatDate(expected.asOf!)}.`);

  const table = main.getByRole('table', { name: 'Số hộ tham gia theo tổ dân phố' });
  expect(await rows(table)).toEqual(
    expected.furthestFirst.map(({ name, progress }) => [
      name,
      String(progress?.total ?? '–'),
      String(progress?.joined ?? '–'),
      progress ? formatPercent(progress) : '–',
      expectedStatus(progress),
    ]),
  );
  // Under target (or not reported) first: once a group has met it, every later one has too.
  const met = expected.furthestFirst.map((group) => group.progress?.met ?? false);
  expect(met).toEqual([...met].sort((a, b) => Number(a) - Number(b)));
  await expect(table.locator('tfoot')).toContainText(
    `${expected.groupsMet}/${expected.groups.length} tổ đạt`,
  );

  const officials = main.getByRole('table', { name: 'Số cán bộ tham gia theo đơn vị' });
  expect(await rows(officials)).toEqual(
    expected.units.map((unit) => [
      unit.unit,
      String(unit.total),
      String(unit.joined),
      formatPercent(unit),
      expectedStatus(unit),
    ]),
  );
});

test('the charts are drawn against the target line and hidden from screen readers', async ({
  page,
}) => {
  await page.goto('/tien-do/');
  const bars = page.locator('svg.progress-bar');
  await expect(bars).toHaveCount(expected.groups.length + expected.units.length);
  for (const chart of await page.locator('figure > ul').all()) {
    await expect(chart).toHaveAttribute('aria-hidden', 'true');
  }
  await expect(page.locator('figure figcaption').first()).toContainText(
    `Chỉ tiêu ${targets.households}%`,
  );
  const first = expected.furthestFirst.find((group) => group.progress)!;
  const index = expected.furthestFirst.indexOf(first);
  const width = await bars.nth(index).locator('rect.fill').getAttribute('width');
  expect(Number(width)).toBeCloseTo((first.progress!.joined / first.progress!.total) * 100, 0);
  await expect(bars.nth(index).locator('line.target')).toHaveAttribute(
    'x1',
    String(targets.households),
  );
});

test('every group page shows its own figure, the same as the progress page', async ({ page }) => {
  for (const { code, progress } of expected.groups) {
    await page.goto(`/to-dan-pho/${code}/`);
    const section = page.getByRole('region', { name: 'Tiến độ của tổ' });
    if (!progress) {
      await expect(section).toContainText('Tổ chưa báo cáo số liệu tham gia.');
      continue;
    }
    await expect(section).toContainText(
      `${progress.joined} trên ${progress.total} hộ đã có người tham gia: ${formatPercent(progress)}.`,
    );
    await expect(section).toContainText(
      progress.met
        ? `Tổ đã đạt chỉ tiêu ${targets.households}% hộ gia đình.`
        : `Còn ${shortfall(progress, targets.households)} hộ nữa để đạt chỉ tiêu ${targets.households}%.`,
    );
    await expect(section).toContainText(`Số liệu đến ngày ${formatDate(progress.date)}.`);
  }
});

test("the home page sums up the ward's progress and links to the details", async ({ page }) => {
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Tiến độ tham gia' });
  const households = expected.households!;
  await expect(section).toContainText(
    `${households.joined} trên ${households.total} hộ gia đình đã có người tham gia (${formatPercent(households)}).`,
  );
  await expect(section).toContainText(
    `${expected.groupsMet} trên ${expected.groups.length} tổ dân phố đã đạt chỉ tiêu ${targets.households}%.`,
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
  for (const group of expected.groups) expect(csv).toContain(`,${group.code},`);

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
  expect(listed.sort()).toEqual(expected.groups.map((group) => group.code).sort());
});
