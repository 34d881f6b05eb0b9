/**
 * The spreadsheets staff fill in: participation and officials with their columns, one row per
 * group (or per unit already listed), figures left blank. As CSV (src/lib/tables/csv-write.ts) and as an
 * Excel workbook (.xlsx), which staff can fill in
 * and put back in the content folder as it is.
 */
import ExcelJS from 'exceljs';
import { writeCsv } from './csv-write.ts';

export const HOUSEHOLD_COLUMNS = ['date', 'group', 'group_name', 'households', 'joined'] as const;
export const OFFICIALS_COLUMNS = ['date', 'unit', 'officials', 'joined'] as const;

function householdRows(groups: readonly { code: string; name: string }[]): string[][] {
  return groups.map((group) => ['', group.code, group.name, '', '']);
}

function officialRows(units: readonly string[]): string[][] {
  return units.map((unit) => ['', unit, '', '']);
}

export function householdsTemplate(groups: readonly { code: string; name: string }[]): string {
  return writeCsv(HOUSEHOLD_COLUMNS, householdRows(groups));
}

export function officialsTemplate(units: readonly string[]): string {
  return writeCsv(OFFICIALS_COLUMNS, officialRows(units));
}

/**
 * One sheet named `sheet`: the header in bold and frozen, the date column shown as year-month-day,
 * codes and names kept as text so Excel does not turn them into numbers or dates.
 */
async function workbook(
  sheet: string,
  columns: readonly string[],
  rows: string[][],
): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  // Fixed, so the same content always gives the same file (and the same bytes to cache).
  book.created = book.modified = new Date(Date.UTC(2025, 0, 1));
  const worksheet = book.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columns.map((key) => ({
    key,
    width: key === 'date' ? 12 : key.endsWith('name') || key === 'unit' ? 32 : 14,
    style: {
      numFmt:
        key === 'date'
          ? 'yyyy-mm-dd'
          : ['group', 'group_name', 'unit'].includes(key)
            ? '@'
            : 'General',
    },
  }));
  worksheet.addRow([...columns]).font = { bold: true };
  for (const row of rows) worksheet.addRow(row.map((cell) => (cell === '' ? null : cell)));
  return book.xlsx.writeBuffer();
}

export function householdsWorkbook(
  groups: readonly { code: string; name: string }[],
): Promise<ArrayBuffer> {
  return workbook('participation', HOUSEHOLD_COLUMNS, householdRows(groups));
}

export function officialsWorkbook(units: readonly string[]): Promise<ArrayBuffer> {
  return workbook('officials', OFFICIALS_COLUMNS, officialRows(units));
}
