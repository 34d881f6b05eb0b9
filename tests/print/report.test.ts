/**
 * The ward's report for the city, read back from the PDF the print step made: every group's and
 * unit's figures, the totals, the date and the signature block, as worked out from the CSV files.
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { readSite } from '../../src/lib/content-rules/site-file.ts';
import {
  SAMPLE_AS_OF,
  SAMPLE_GROUPS,
  SAMPLE_HOUSEHOLDS,
  SAMPLE_OFFICIALS,
  SAMPLE_UNITS,
  type Figures,
} from '../sample-progress.ts';
import { pdfFonts, pdfInfo, pdfText } from '../../scripts/checks/pdf.ts';

const REPORT = path.join('dist', 'in-an/tai-ve/bao-cao-tien-do.pdf');
const site = readSite();
const lines = pdfText(REPORT, undefined, { layout: true }).split('\n');
const flat = pdfText(REPORT).replace(/\s+/g, ' ');

const status = (figures: Figures) => (figures.met ? 'Đạt' : 'Chưa');

/** The line of row `n` of a table: its number, then (on the same line) its figures and status. */
function rowLine(n: number, row: Figures | undefined): string | undefined {
  const figures = row
    ? `${row.total}\\s+${row.joined}\\s+${row.percent}\\s+${status(row)}`
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
  expect(flat).toContain(`số liệu đến ngày ${SAMPLE_AS_OF}`);
});

it('lists every group with its households, those who took part, the percentage and whether it met the target', () => {
  SAMPLE_GROUPS.forEach((group, index) => {
    const line = rowLine(index + 1, group.figures);
    expect(line, `${group.name}: ${JSON.stringify(group.figures)}`).toBeDefined();
    expect(line).toContain(group.name);
  });
});

it('lists every unit of officials against 100 %, and the totals', () => {
  SAMPLE_UNITS.forEach((unit, index) => {
    expect(rowLine(index + 1, unit), unit.unit).toBeDefined();
    expect(flat).toContain(unit.unit);
  });
  const totals = lines.filter((line) => /^\s*Tổng cộng\s/.test(line));
  const households = SAMPLE_HOUSEHOLDS;
  const officials = SAMPLE_OFFICIALS;
  expect(totals).toEqual([
    expect.stringMatching(
      new RegExp(
        `${households.total}\\s+${households.joined}\\s+${households.percent}\\s+${households.met}/${households.groups} tổ đạt`,
      ),
    ),
    expect.stringMatching(
      new RegExp(`${officials.total}\\s+${officials.joined}\\s+${officials.percent}`),
    ),
  ]);
});
