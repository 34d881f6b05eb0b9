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
import { formatPercent, type Progress } from '../../src/lib/participation.ts';
import { expectedProgress, expectedStatus } from '../expected-progress.ts';
import { astro, copyContent, pageText } from './astro.ts';

const content = copyContent('content');
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
const expected = await expectedProgress(content);
const outDir = mkdtempSync(path.join(tmpdir(), 'progress-'));
const run = astro(['build', '--outDir', outDir], { SITE_CONTENT: content });

const text = (page: string) => pageText(outDir, page);

// Counts of a thousand and more are written with the Vietnamese separator: 2.500, 1.749.
const count = (value: number) => new Intl.NumberFormat('vi-VN').format(value);
const row = (name: string, progress: Progress) =>
  `${name} ${count(progress.total)} ${count(progress.joined)} ${formatPercent(progress)} ${expectedStatus(progress)}`;

it('builds with the new figures', () => {
  expect(run.status, run.output).toBe(0);
  const edge = expected.groups.find((group) => group.code === 'to-1')!.progress!;
  expect([formatPercent(edge), edge.met]).toEqual(['69,9%', false]);
});

it('the progress page, the report and every group page show the same new figures', () => {
  const progressPage = text('tien-do');
  const report = text('in-an/bao-cao-tien-do');
  expect(progressPage).toContain('Số liệu đến ngày 07/11/2025.');
  expect(report).toContain('số liệu đến ngày 07/11/2025');
  expected.groups.forEach(({ code, name, progress }, index) => {
    expect(progressPage).toContain(row(name, progress!));
    expect(report).toContain(`${index + 1} ${row(name, progress!)}`);
    expect(text(`to-dan-pho/${code}`)).toContain(
      `${count(progress!.joined)} trên ${count(progress!.total)} hộ đã có người tham gia: ${formatPercent(progress!)}.`,
    );
  });
  for (const unit of expected.units) {
    expect(progressPage).toContain(row(unit.unit, unit));
    expect(report).toContain(row(unit.unit, unit));
  }
  // Group 4 counted a day earlier: the tables say so in a date column.
  expect(progressPage).toContain(
    `${row('Tổ dân phố số 4', expected.groups[3]!.progress!)} 06/11/2025`,
  );
});
