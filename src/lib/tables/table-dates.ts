/**
 * Counts dated long after the campaign closed: "2026-11-05" typed for "2025-11-05" has come by the
 * time the site is built, so the schema's "not in the future" rule lets it through, and the site
 * would show a year-old count as the newest. A count more than a month after the close is refused.
 */
import { ContentError, type Problem } from '../content-rules/content-errors.ts';
import type { CsvRow } from './csv.ts';
import { daysBetween, formatDate, isCalendarDate } from '../site/dates.ts';
import { readSite } from '../content-rules/site-file.ts';

/** Days after the campaign's close that a last count may still be dated. */
export const LATE_COUNT_DAYS = 31;

export function lateCounts(file: string, rows: readonly CsvRow<{ date: string }>[]): Problem[] {
  let closes: string;
  try {
    closes = readSite().campaign.closes;
  } catch (error) {
    // site.yaml's own problems are reported with it; the table's are not hidden behind them.
    if (error instanceof ContentError) return [];
    throw error;
  }
  return rows
    .filter(
      (row) =>
        isCalendarDate(row.data.date) && daysBetween(closes, row.data.date) > LATE_COUNT_DAYS,
    )
    .map((row) => ({
      file,
      line: row.line,
      field: 'date',
      kind: 'column' as const,
      message: `Ngày thống kê ${formatDate(row.data.date)} sau ngày kết thúc cuộc thi (${formatDate(closes)}) hơn ${LATE_COUNT_DAYS} ngày: có thể gõ nhầm năm. Sửa lại ngày đã đếm số liệu, ngày/tháng/năm.`,
    }));
}
