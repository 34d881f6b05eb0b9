/**
 * The ward's report for the city, read back from the PDF the print step made: every group's and
 * unit's figures, the totals, the date and the signature block, as worked out from the CSV files.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates.ts';
import { formatPercent, type Progress } from '../../src/lib/participation.ts';
import { readSite } from '../../src/lib/site-file.ts';
import { expectedProgress } from '../expected-progress.ts';
import { pdfFonts, pdfInfo, pdfText } from './pdf.ts';

const REPORT = path.join('dist', 'in-an/tai-ve/bao-cao-tien-do.pdf');
const expected = await expectedProgress();
const site = readSite();
const lines = pdfText(REPORT, undefined, { layout: true }).split('\n');
const flat = pdfText(REPORT).replace(/\s+/g, ' ');

const status = (progress: Progress | undefined) =>
  progress ? (progress.met ? 'Đạt' : 'Chưa') : 'Chưa có số liệu';

/** The line of row `n` of a table: its number, then (on the same line) its figures and status. */
function rowLine(n: number, progress: Progress | undefined): string | undefined {
  const figures = progress
    ? `${progress.total}\\s+${progress.joined}\\s+${formatPercent(progress)}\\s+${status(progress)}`
    : '–\\s+–\\s+–\\s+Chưa có số liệu';
  return lines.find((line) => new RegExp(`^\\s*${n}\\s.*\\s${figures}`).test(line));
}

it('is one or more A4 pages in the project font', () => {
  const info = pdfInfo(REPORT);
  expect([info.widthMm, info.heightMm]).toEqual([210, 297]);
  for (const font of pdfFonts(REPORT)) expect(font.name).toMatch(/\+BeVietnamPro-/);
});

it('has the form of an official report: heading, motto, recipient, a blank signature block', () => {
  for (const text of [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'BÁO CÁO',
    `Kính gửi: ${site.report?.recipient ?? site.campaign.organizer}`,
    'ngày …… tháng …… năm ……',
    '(Ký, ghi rõ họ tên, đóng dấu)',
    ...(site.report?.signer ?? []),
  ]) {
    expect(flat).toContain(text);
  }
  expect(flat).toContain(`số liệu đến ngày ${formatDate(expected.asOf!)}`);
});

it('lists every group with its households, those who took part, the percentage and whether it met the target', () => {
  expected.groups.forEach((group, index) => {
    const line = rowLine(index + 1, group.progress);
    expect(line, `${group.name}: ${JSON.stringify(group.progress)}`).toBeDefined();
    expect(line).toContain(group.name);
  });
});

it('lists every unit of officials against 100 %, and the totals', () => {
  expected.units.forEach((unit, index) => {
    expect(rowLine(index + 1, unit), unit.unit).toBeDefined();
    expect(flat).toContain(unit.unit);
  });
  const totals = lines.filter((line) => /^\s*Tổng cộng\s/.test(line));
  const households = expected.households!;
  const officials = expected.officials!;
  expect(totals).toEqual([
    expect.stringMatching(
      new RegExp(
        `${households.total}\\s+${households.joined}\\s+${formatPercent(households)}\\s+${expected.groupsMet}/${expected.groups.length} tổ đạt`,
      ),
    ),
    expect.stringMatching(
      new RegExp(`${officials.total}\\s+${officials.joined}\\s+${formatPercent(officials)}`),
    ),
  ]);
});
