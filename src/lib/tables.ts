/**
 * Reads the three spreadsheet tables and checks what a single row cannot: repeated keys and
 * references to groups that do not exist. Every problem in a file is reported together.
 *
 * Each table is one file in the content folder, `<name>.csv` or `<name>.xlsx` (kept in Excel);
 * both read into the same rows through the same schemas. Both at once is refused: the build would
 * otherwise have to guess which one the staff last updated.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import {
  groupRowSchema,
  officialsRowSchema,
  participationRowSchema,
  type GroupRow,
  type OfficialsRow,
  type ParticipationRow,
} from '../schemas/tables.ts';
import { throwIfProblems, type Problem } from './content-errors.ts';
import { readCsv, type CsvRow, type CsvTable } from './csv.ts';
import { foldVietnamese } from './fold.ts';
import { contentDir } from './paths.ts';
import { bytesParsedOnce } from './read-once.ts';
import { lateCounts } from './table-dates.ts';
import { readXlsx } from './xlsx.ts';

export const GROUPS_TABLE = 'groups';
export const PARTICIPATION_TABLE = 'participation';
export const OFFICIALS_TABLE = 'officials';
export const TABLE_EXTENSIONS = ['.csv', '.xlsx'] as const;

/**
 * The file that holds a table in `dir`: `<name>.csv` or `<name>.xlsx`, whichever exists
 * (`<name>.csv`, missing, when neither does). Throws when both exist.
 */
export function tableFile(name: string, dir = contentDir()): string {
  const [csv, xlsx] = TABLE_EXTENSIONS.map((extension) => path.join(dir, name + extension));
  if (existsSync(csv!) && existsSync(xlsx!)) {
    throwIfProblems([
      {
        file: xlsx!,
        message: `Có cả ${name}.csv và ${name}.xlsx cho cùng một bảng. Giữ một tệp: xóa (hoặc chuyển ra khỏi thư mục nội dung) tệp cũ hơn.`,
      },
    ]);
  }
  return existsSync(xlsx!) ? xlsx! : csv!;
}

/**
 * Reads a table file, .csv or .xlsx by its extension, and checks each row with `rowSchema`: once
 * per version of the file (src/lib/read-once.ts), however many parts of the build ask for it.
 * The table is shared: callers must not change it.
 */
export async function readTable<S extends z.ZodObject>(
  file: string,
  rowSchema: S,
): Promise<CsvTable<z.output<S>>> {
  // Named by the schema's columns, the same in every module instance that reads the table.
  const kind = `table:${Object.keys(rowSchema.shape).join(',')}`;
  return bytesParsedOnce(file, kind, async (bytes) =>
    file.toLowerCase().endsWith('.xlsx')
      ? readXlsx(bytes, file, rowSchema)
      : readCsv(bytes, file, rowSchema),
  );
}

export async function readGroups(file = tableFile(GROUPS_TABLE)): Promise<CsvRow<GroupRow>[]> {
  if (!existsSync(file)) {
    throwIfProblems([
      {
        file,
        message:
          'Không tìm thấy tệp danh sách tổ dân phố. Tạo tệp groups.csv (hoặc groups.xlsx) với dòng đầu: code,name,leader,leader_phone,hall,help_hours,sample',
      },
    ]);
  }
  const table = await readTable(file, groupRowSchema);
  const { rows } = table;
  throwIfProblems([
    ...table.problems,
    ...inSheet(
      table,
      duplicateRows(file, rows, (row) => row.code, 'mã tổ', 'code'),
    ),
  ]);
  return rows;
}

/**
 * Problems for rows whose key repeats an earlier row's; `describe` says what the key is
 * ("mã tổ", "tổ và ngày") for the message.
 */
function duplicateRows<T>(
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
function inSheet(table: CsvTable<unknown>, found: Problem[]): Problem[] {
  const { sheet } = table;
  return sheet === undefined ? found : found.map((problem) => ({ ...problem, sheet }));
}

/** Problems for rows that name a group missing from the groups table. */
function unknownGroups(
  file: string,
  rows: CsvRow<{ group: string }>[],
  groupCodes: readonly string[],
): Problem[] {
  const groups = path.basename(tableFile(GROUPS_TABLE, path.dirname(file)));
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

/** Household participation; a missing file means no figures yet. */
export async function readParticipation(
  groupCodes: readonly string[],
  file = tableFile(PARTICIPATION_TABLE),
): Promise<CsvRow<ParticipationRow>[]> {
  if (!existsSync(file)) return [];
  const table = await readTable(file, participationRowSchema);
  const { rows } = table;
  throwIfProblems([
    ...table.problems,
    ...inSheet(table, [
      ...unknownGroups(file, rows, groupCodes),
      ...lateCounts(file, rows),
      ...duplicateRows(
        file,
        rows,
        (row) => `${row.group} ${row.date}`,
        'tổ và ngày thống kê',
        'group',
      ),
    ]),
  ]);
  return rows;
}

/** Officials' participation; a missing file means no figures yet. */
export async function readOfficials(
  file = tableFile(OFFICIALS_TABLE),
): Promise<CsvRow<OfficialsRow>[]> {
  if (!existsSync(file)) return [];
  const table = await readTable(file, officialsRowSchema);
  const { rows } = table;
  const problems = [...table.problems, ...inSheet(table, lateCounts(file, rows))];
  const nearDuplicates = unitSpellingProblems(file, rows);
  problems.push(...inSheet(table, nearDuplicates));
  // A near-duplicate is also a repeat of its unit and date: say it once, as the spelling.
  if (!nearDuplicates.length)
    problems.push(
      ...inSheet(
        table,
        duplicateRows(
          file,
          rows,
          (row) => `${row.unit} ${row.date}`,
          'đơn vị và ngày thống kê',
          'unit',
        ),
      ),
    );
  throwIfProblems(problems);
  return rows;
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
