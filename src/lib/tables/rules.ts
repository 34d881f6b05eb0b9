/**
 * The checks across a table's rows (repeated keys, unknown groups, one unit spelt two ways), with
 * no file access: the build (src/lib/tables/read.ts) and the table checker in the browser
 * (src/lib/tables/check.ts) run the same ones.
 */
import type { OfficialsRow } from '../../schemas/tables.ts';
import type { Problem } from '../content-rules/content-errors.ts';
import type { CsvRow, CsvTable } from './csv.ts';
import { foldVietnamese } from '../search/fold.ts';

/**
 * Problems for rows whose key repeats an earlier row's; `describe` says what the key is
 * ("mã tổ", "tổ và ngày") for the message.
 */
export function duplicateRows<T>(
  file: string,
  rows: CsvRow<T>[],
  key: (row: T) => string,
  describe: string,
  field?: string,
): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  for (const row of rows) {
    const value = key(row.data);
    const first = seen.get(value);
    if (first === undefined) seen.set(value, row.line);
    else
      problems.push({
        file,
        line: row.line,
        field,
        kind: 'column',
        message: `Trùng ${describe} với dòng ${first}. Mỗi ${describe} chỉ được có một dòng: xóa hoặc gộp một trong hai dòng.`,
      });
  }
  return problems;
}

/** Problems found across rows, named by the table's sheet too when it is a spreadsheet. */
export function inSheet(table: CsvTable<unknown>, found: Problem[]): Problem[] {
  const { sheet } = table;
  return sheet === undefined ? found : found.map((problem) => ({ ...problem, sheet }));
}

/** Problems for rows that name a group missing from the groups table, whose file name is `groups`. */
export function unknownGroups(
  file: string,
  rows: CsvRow<{ group: string }>[],
  groupCodes: readonly string[],
  groups: string,
): Problem[] {
  return rows
    .filter((row) => !groupCodes.includes(row.data.group))
    .map((row) => ({
      file,
      line: row.line,
      field: 'group',
      kind: 'column' as const,
      message: `Không có tổ mã "${row.data.group}" trong ${groups}. Dùng một mã có trong ${groups}: ${groupCodes.join(', ')}.`,
    }));
}

/**
 * What makes two unit names one unit: case, spacing, the kind of dash and the accents ("Phòng Văn
 * hóa – Xã hội", "phòng văn hoá - xã hội").
 */
export function unitKey(unit: string): string {
  return foldVietnamese(unit)
    .replace(/[\u2010-\u2015\u2212-]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A unit written two ways would be counted as two units: each row that spells a unit otherwise
 * than its first row is refused, naming that row and the spelling to copy.
 */
export function unitSpellingProblems(file: string, rows: CsvRow<OfficialsRow>[]): Problem[] {
  const first = new Map<string, CsvRow<OfficialsRow>>();
  const problems: Problem[] = [];
  for (const row of rows) {
    const key = unitKey(row.data.unit);
    const earlier = first.get(key);
    if (!earlier) first.set(key, row);
    else if (earlier.data.unit !== row.data.unit)
      problems.push({
        file,
        line: row.line,
        field: 'unit',
        kind: 'column',
        message: `"${row.data.unit}" gần giống "${earlier.data.unit}" ở dòng ${earlier.line} (khác dấu gạch, dấu cách, chữ hoa hoặc dấu thanh), nên sẽ bị đếm thành hai đơn vị. Nếu là một đơn vị, chép đúng tên "${earlier.data.unit}" vào dòng này.`,
      });
  }
  return problems;
}

/** What the build finds across the rows of the groups table. */
export function groupsProblems(file: string, table: CsvTable<{ code: string }>): Problem[] {
  return inSheet(
    table,
    duplicateRows(file, table.rows, (row) => row.code, 'mã tổ', 'code'),
  );
}

/** What the build finds across the rows of a participation table; `groups` names the groups' file. */
export function participationProblems(
  file: string,
  table: CsvTable<{ group: string; date: string }>,
  groupCodes: readonly string[] | undefined,
  groups: string,
): Problem[] {
  return inSheet(table, [
    // Unknown when the groups table could not be read: the content check says so, once.
    ...(groupCodes ? unknownGroups(file, table.rows, groupCodes, groups) : []),
    ...duplicateRows(
      file,
      table.rows,
      (row) => `${row.group} ${row.date}`,
      'tổ và ngày thống kê',
      'group',
    ),
  ]);
}

/** What the build finds across the rows of the officials table. */
export function officialsProblems(file: string, table: CsvTable<OfficialsRow>): Problem[] {
  const nearDuplicates = inSheet(table, unitSpellingProblems(file, table.rows));
  // A near-duplicate is also a repeat of its unit and date: say it once, as the spelling.
  if (nearDuplicates.length) return nearDuplicates;
  return inSheet(
    table,
    duplicateRows(
      file,
      table.rows,
      (row) => `${row.unit} ${row.date}`,
      'đơn vị và ngày thống kê',
      'unit',
    ),
  );
}
