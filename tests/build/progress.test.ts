/**
 * New figures in the CSV files, rebuilt: the progress page, every group page and the report all
 * show the new figures, the same ones. The edge of the rounding rule is in the data: 1,749 of
 * 2,500 households is 69.96 %, shown as 69,9 % and not met.
 */
import { writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { astro, copyContent, pageText } from './astro.ts';
import { SAMPLE_WARD } from '../sample-ward.ts';

const content = copyContent(SAMPLE_WARD);
writeFileSync(
  path.join(content, 'participation.csv'),
  [
    'date,group,households,joined',
    '2025-11-07,to-1,2500,1749',
    '2025-11-07,to-2,140,98',
    '2025-11-07,to-3,90,90',
    '2025-11-06,to-4,120,30',
    '2025-11-07,to-5,101,70',
    '2025-11-07,to-6,80,57',
  ].join('\n'),
);
writeFileSync(
  path.join(content, 'officials.csv'),
  'date,unit,officials,joined\n2025-11-07,Văn phòng,20,20\n2025-11-07,Phòng Văn hóa – Xã hội,10,9\n',
);
/**
 * What the pages must say, worked out by hand from the tables above (70 % target for households,
 * 100 % for officials; met when joined × 100 ≥ target × total; shown rounded down to one decimal).
 * Counts of a thousand and more are written with the Vietnamese separator: 2.500, 1.749.
 */
const GROUPS = [
  // 1 749 000 / 2 500 = 699.6 tenths → 69,9 %; 174 900 < 175 000: not met.
  {
    code: 'to-1',
    row: 'Tổ dân phố số 1 2.500 1.749 69,9% Chưa đạt',
    counts: '1.749 trên 2.500',
    percent: '69,9%',
  },
  // 98 000 / 140 = 700 tenths → 70 %; 9 800 ≥ 9 800: met.
  { code: 'to-2', row: 'Tổ dân phố số 2 140 98 70% Đạt', counts: '98 trên 140', percent: '70%' },
  { code: 'to-3', row: 'Tổ dân phố số 3 90 90 100% Đạt', counts: '90 trên 90', percent: '100%' },
  // 30 000 / 120 = 250 tenths → 25 %, counted on 06/11.
  {
    code: 'to-4',
    row: 'Tổ dân phố số 4 120 30 25% Chưa đạt',
    counts: '30 trên 120',
    percent: '25%',
  },
  // 70 000 / 101 = 693.07 tenths → 69,3 %; 7 000 < 7 070: not met.
  {
    code: 'to-5',
    row: 'Tổ dân phố số 5 101 70 69,3% Chưa đạt',
    counts: '70 trên 101',
    percent: '69,3%',
  },
  // 57 000 / 80 = 712.5 tenths → 71,2 %; 5 700 ≥ 5 600: met.
  { code: 'to-6', row: 'Tổ dân phố số 6 80 57 71,2% Đạt', counts: '57 trên 80', percent: '71,2%' },
];
const UNITS = ['Văn phòng 20 20 100% Đạt', 'Phòng Văn hóa – Xã hội 10 9 90% Chưa đạt'];

const outDir = mkdtempSync(path.join(tmpdir(), 'progress-'));
const run = astro(['build', '--outDir', outDir], { SITE_CONTENT: content });

const text = (page: string) => pageText(outDir, page);

it('builds with the new figures', () => {
  expect(run.status, run.output).toBe(0);
});

it('the progress page, the report and every group page show the same new figures', () => {
  const progressPage = text('tien-do');
  const report = text('in-an/bao-cao-tien-do');
  expect(progressPage).toContain('Số liệu đến ngày 07/11/2025.');
  expect(report).toContain('số liệu đến ngày 07/11/2025');
  GROUPS.forEach(({ code, row, counts, percent }, index) => {
    expect(progressPage).toContain(row);
    expect(report).toContain(`${index + 1} ${row}`);
    expect(text(`to-dan-pho/${code}`)).toContain(`${counts} hộ đã có người tham gia: ${percent}.`);
  });
  for (const row of UNITS) {
    expect(progressPage).toContain(row);
    expect(report).toContain(row);
  }
  // Group 4 counted a day earlier: the tables say so in a date column.
  expect(progressPage).toContain('Tổ dân phố số 4 120 30 25% Chưa đạt 06/11/2025');
});
