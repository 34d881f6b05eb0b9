/**
 * The day a count was made has come, and is not long after the campaign closed (the sample
 * ward's site.yaml: closes 2025-11-11): a year typed wrong is refused, not shown as the newest.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { ContentError, formatProblem } from '../../src/lib/content-rules/content-errors.ts';
import { readParticipation } from '../../src/lib/tables/read.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'counted-'));
async function problems(rows: string): Promise<string[]> {
  const file = path.join(dir, 'participation.csv');
  writeFileSync(file, `date,group,households,joined\n${rows}\n`);
  try {
    await readParticipation(['to-1', 'to-2'], file);
  } catch (error) {
    if (error instanceof ContentError)
      return error.problems.map((problem) => formatProblem(problem).replace(dir, '…'));
    throw error;
  }
  return [];
}

// 2026-12-04 at 01:00 in Hanoi is still 2026-12-03 in UTC: the day is Vietnam's.
beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-03T18:00:00Z'), toFake: ['Date'] }));
afterEach(() => vi.useRealTimers());

it('refuses a count dated after today in Vietnam, and one long after the close', async () => {
  expect(
    await problems(
      [
        '2025-11-05,to-1,120,85',
        '2099-12-31,to-1,120,90',
        '2026-12-05,to-2,150,100',
        '2026-11-05,to-2,150,104',
      ].join('\n'),
    ),
  ).toMatchInlineSnapshot(`
    [
      "…/participation.csv, dòng 3, cột "date": Ngày thống kê 31/12/2099 chưa đến (hôm nay là 04/12/2026). Ghi ngày đã đếm số liệu, ngày/tháng/năm, ví dụ: 05/11/2025",
      "…/participation.csv, dòng 4, cột "date": Ngày thống kê 05/12/2026 chưa đến (hôm nay là 04/12/2026). Ghi ngày đã đếm số liệu, ngày/tháng/năm, ví dụ: 05/11/2025",
      "…/participation.csv, dòng 5, cột "date": Ngày thống kê 05/11/2026 sau ngày kết thúc cuộc thi (11/11/2025) hơn 31 ngày: có thể gõ nhầm năm. Sửa lại ngày đã đếm số liệu, ngày/tháng/năm.",
    ]
  `);
});

it('accepts a last count within a month of the close, and today', async () => {
  // 2025-11-11 + 31 days = 2025-12-12.
  expect(await problems('2025-12-12,to-1,120,85\n2025-11-11,to-2,150,104')).toEqual([]);
});
