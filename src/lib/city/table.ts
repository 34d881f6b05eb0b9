/**
 * The city's table as files: one row per ward and the city's total, as CSV (UTF-8 with a BOM; the
 * machine format, keyed by CITY_COLUMNS) and as an Excel workbook for people (the page's headings,
 * a percentage cell, date cells). Percentages as the pages show them (rounded down).
 */
import ExcelJS from 'exceljs';
import { writeCsv } from '../tables/csv-write.ts';
import { percentTenths, type Ratio } from '../tables/participation.ts';
import type { CityRollup } from './rollup.ts';
import { t } from '../../i18n/index.ts';
import { formatDate } from '../site/dates.ts';

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

/** A day "YYYY-MM-DD" as the date Excel stores (midnight UTC: ExcelJS counts days in UTC). */
function excelDate(day: string | null): Date | null {
  if (!day) return null;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date));
}

/** What the note column says to a person, in the hub page's words. */
function noteText(row: CityRollup['rows'][number]): string {
  return [
    row.cachedAt && t('city.row.cached', { date: formatDate(row.cachedAt.slice(0, 10)) }),
    row.stale && t('city.row.stale'),
    row.feed.sample && t('city.row.sample'),
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * The workbook the city's officials open in Excel: the hub page's column headings, the share as a
 * percentage cell (rounded down to a tenth, as the pages show it), dates as date cells shown
 * day-first. The CSV keeps the machine keys (CITY_COLUMNS) and plain values.
 */
export async function cityWorkbook(
  rollup: CityRollup,
  city: string,
  targetPercent: number,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.created = book.modified = new Date(Date.UTC(2025, 0, 1));
  const sheet = book.addWorksheet('Số liệu', { views: [{ state: 'frozen', ySplit: 1 }] });
  const headings: Record<(typeof CITY_COLUMNS)[number], string> = {
    ward: t('city.table.ward'),
    site: t('city.sheet.site'),
    households: t('city.table.households'),
    joined: t('city.table.joined'),
    percent: t('city.table.percent'),
    groups: t('city.sheet.groups'),
    groups_met: t('city.table.groupsMet', { target: targetPercent }),
    officials: t('city.sheet.officials'),
    officials_joined: t('city.table.officials'),
    as_of: t('city.table.date'),
    note: t('city.sheet.note'),
  };
  const formats: Partial<Record<(typeof CITY_COLUMNS)[number], string>> = {
    households: '#,##0',
    joined: '#,##0',
    percent: '0.0%',
    as_of: 'dd/mm/yyyy',
  };
  sheet.columns = CITY_COLUMNS.map((key) => ({
    key,
    width: key === 'ward' || key === 'site' || key === 'note' ? 32 : 14,
    style: { numFmt: formats[key] ?? 'General' },
  }));
  sheet.addRow(CITY_COLUMNS.map((key) => headings[key])).font = { bold: true };
  // The plain cells, with the share as a fraction (76.1 % is 0.761), the date as a date.
  const people = (cells: Cell[], note: string): (Cell | Date)[] => {
    const row: (Cell | Date)[] = [...cells];
    row[4] = percentTenths({ joined: Number(cells[3]), total: Number(cells[2]) }) / 1000;
    row[9] = excelDate(cells[9] as string | null);
    row[10] = note;
    return row;
  };
  const cells = cityCells(rollup, city);
  rollup.rows.forEach((row, index) => sheet.addRow(people(cells[index]!, noteText(row))));
  sheet.addRow(people(cells.at(-1)!, t('city.table.total')));
  sheet.lastRow!.font = { bold: true };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
