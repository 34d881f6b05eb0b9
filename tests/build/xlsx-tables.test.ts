/**
 * A ward that keeps its three tables in Excel and publishes under a path: the second fixture ward,
 * tests/fixtures/dong-hoa (groups.xlsx, participation.xlsx and officials.xlsx made by
 * tests/fixtures/dong-hoa-tables.ts with exceljs, dates as date cells and figures as numbers, as
 * Excel stores them; site at https://example.gov.vn/congdanso/). `.ci/run` also puts it in place
 * of content/ to show that no test reads content/; this build keeps it a ward that builds.
 * The figures below are worked out by hand (70 % is met; a share is cut, not rounded, to 0.1 %):
 *   Khu phố 1 70 of 100 = 70 %, met; Khu phố 4 100 of 150 = 66.66 %, shown 66,6 %, not met;
 *   Khu phố 9 80 of 110 = 72.72 %, shown 72,7 %, met; Khu phố 10 27 of 40 = 67.5 %, not met.
 *   Met: groups 1, 2, 3, 5, 7, 9 and 11, so 7 of 11. The ward: households 100 + 80 + 120 + 150 +
 *   60 + 90 + 200 + 75 + 110 + 40 + 130 = 1155, joined 70 + 56 + 90 + 100 + 60 + 45 + 150 + 50 +
 *   80 + 27 + 91 = 819; 819 / 1155 = 70.90 %, shown 70,9 %. Officials: Phòng Kinh tế 7 of 8 = 87.5 %;
 *   the ward 15 + 7 = 22 of 15 + 8 = 23 = 95.65 %, shown 95,6 %.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { astro, copyContent, pageText } from './astro.ts';

const WARD = 'tests/fixtures/dong-hoa';
const outDir = mkdtempSync(path.join(tmpdir(), 'xlsx-ward-'));
const run = astro(['build', '--outDir', outDir], { SITE_CONTENT: WARD });

const text = (page: string) => pageText(outDir, page);

it('builds a ward whose tables are all .xlsx, with the figures worked out by hand', () => {
  expect(run.status, run.output).toBe(0);
  const progress = text('tien-do');
  expect(progress).toContain('Số liệu đến ngày 06/11/2025.');
  expect(progress).toContain('819 trên 1.155 hộ gia đình đã có người tham gia (70,9%).');
  expect(progress).toContain('7 trên 11 tổ dân phố đã đạt chỉ tiêu 70%.');
  expect(progress).toContain('Khu phố 1 100 70 70% Đạt');
  expect(progress).toContain('Khu phố 4 150 100 66,6% Chưa đạt');
  expect(progress).toContain('Khu phố 9 110 80 72,7% Đạt');
  expect(progress).toContain('Khu phố 10 40 27 67,5% Chưa đạt');
  expect(progress).toContain('Phòng Kinh tế 8 7 87,5% Chưa đạt');
  expect(progress).toContain('22 trên 23 cán bộ, công chức, viên chức đã tham gia (95,6%)');
  expect(text('to-dan-pho/kp-01')).toContain('Trưởng khu phố 1');
  expect(text('to-dan-pho/kp-04')).toContain('100 trên 150 hộ đã có người tham gia: 66,6%.');
  // Published under its path: pages are written at the root of the output, and link with the path.
  expect(text('to-dan-pho/kp-11')).toContain('https://example.gov.vn/congdanso/to-dan-pho/kp-11/');
});

it('refuses a table kept both as .csv and as .xlsx, naming both', () => {
  const both = copyContent(WARD);
  const csv = 'date,unit,officials,joined\n2025-11-07,Văn phòng HĐND và UBND,12,11\n';
  writeFileSync(path.join(both, 'officials.csv'), csv);
  const refused = astro(['sync'], { SITE_CONTENT: both });
  expect(refused.status).not.toBe(0);
  expect(refused.output).toContain(
    'officials.xlsx: Có cả officials.csv và officials.xlsx cho cùng một bảng. Giữ một tệp: xóa (hoặc chuyển ra khỏi thư mục nội dung) tệp cũ hơn.',
  );
});
