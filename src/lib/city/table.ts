/**
 * The city's table as files: one row per ward and the city's total, as CSV (UTF-8 with a BOM, for
 * Excel) and as an Excel workbook. Percentages as the pages show them (rounded down).
 */
import ExcelJS from 'exceljs';
import { writeCsv } from '../tables/csv-write.ts';
import { percentTenths, type Ratio } from '../tables/participation.ts';
import type { CityRollup } from './rollup.ts';

export const CITY_COLUMNS = [
  'ward',
  'site',
  'households',
  'joined',
  'percent',
  'groups',
  'groups_met',
  'officials',
  'officials_joined',
  'as_of',
  'note',
] as const;

type Cell = string | number | null;

const percent = (ratio: Ratio) => percentTenths(ratio) / 10;

/** The rows, the wards' then the city's total, as plain cells. */
export function cityCells(rollup: CityRollup, city: string): Cell[][] {
  const rows: Cell[][] = rollup.rows.map((row) => [
    row.name,
    row.site,
    row.households.total,
    row.households.joined,
    percent(row.households),
    row.groups,
    row.groupsMet,
    row.officials?.total ?? null,
    row.officials?.joined ?? null,
    row.feed.asOf,
    [
      row.cachedAt && `cached ${row.cachedAt.slice(0, 10)}`,
      row.stale && 'stale',
      row.feed.sample && 'sample',
    ]
      .filter(Boolean)
      .join(' '),
  ]);
  rows.push([
    city,
    '',
    rollup.households.total,
    rollup.households.joined,
    percent(rollup.households),
    rollup.groups,
    rollup.groupsMet,
    rollup.officials.total,
    rollup.officials.joined,
    rollup.newest ?? null,
    'total',
  ]);
  return rows;
}

export function cityCsv(rollup: CityRollup, city: string): string {
  const rows = cityCells(rollup, city).map((row) =>
    row.map((cell) => (cell === null ? '' : String(cell))),
  );
  // Ward names come from each ward's feed: written as text, never as a formula.
  return writeCsv(CITY_COLUMNS, rows);
}

export async function cityWorkbook(rollup: CityRollup, city: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.created = book.modified = new Date(Date.UTC(2025, 0, 1));
  const sheet = book.addWorksheet('so-lieu', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = CITY_COLUMNS.map((key) => ({
    key,
    width: key === 'ward' || key === 'site' ? 32 : 12,
    style: { numFmt: key === 'percent' ? '0.0' : 'General' },
  }));
  sheet.addRow([...CITY_COLUMNS]).font = { bold: true };
  for (const row of cityCells(rollup, city)) sheet.addRow(row);
  sheet.lastRow!.font = { bold: true };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
