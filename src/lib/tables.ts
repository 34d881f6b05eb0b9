/**
 * Reads the three spreadsheet tables and checks what a single row cannot: repeated keys and
 * references to groups that do not exist. Every problem in a file is reported together.
 */
import { existsSync } from 'node:fs';
import {
  groupRowSchema,
  officialsRowSchema,
  participationRowSchema,
  type GroupRow,
  type OfficialsRow,
  type ParticipationRow,
} from '../schemas/tables.ts';
import { throwIfProblems, type Problem } from './content-errors.ts';
import { duplicateRows, readCsv, type CsvRow } from './csv.ts';
import { contentPath } from './paths.ts';
import { foldVietnamese } from './fold.ts';

export const GROUPS_FILE = 'groups.csv';
export const PARTICIPATION_FILE = 'participation.csv';
export const OFFICIALS_FILE = 'officials.csv';

export function readGroups(file = contentPath(GROUPS_FILE)): CsvRow<GroupRow>[] {
  if (!existsSync(file)) {
    throwIfProblems([
      {
        file,
        message:
          'Không tìm thấy tệp danh sách tổ dân phố. Tạo tệp với dòng đầu: code,name,leader,leader_phone,hall,help_hours,sample',
      },
    ]);
  }
  const { rows, problems } = readCsv(file, groupRowSchema);
  problems.push(...duplicateRows(file, rows, (row) => row.code, 'mã tổ', 'code'));
  throwIfProblems(problems);
  return rows;
}

/** Problems for rows that name a group missing from groups.csv. */
function unknownGroups(
  file: string,
  rows: CsvRow<{ group: string }>[],
  groupCodes: readonly string[],
): Problem[] {
  return rows
    .filter((row) => !groupCodes.includes(row.data.group))
    .map((row) => ({
      file,
      line: row.line,
      field: 'group',
      kind: 'column' as const,
      message: `Không có tổ mã "${row.data.group}" trong ${GROUPS_FILE}. Dùng một mã có trong ${GROUPS_FILE}: ${groupCodes.join(', ')}.`,
    }));
}

/** Household participation; a missing file means no figures yet. */
export function readParticipation(
  groupCodes: readonly string[],
  file = contentPath(PARTICIPATION_FILE),
): CsvRow<ParticipationRow>[] {
  if (!existsSync(file)) return [];
  const { rows, problems } = readCsv(file, participationRowSchema);
  problems.push(...unknownGroups(file, rows, groupCodes));
  problems.push(
    ...duplicateRows(
      file,
      rows,
      (row) => `${row.group} ${row.date}`,
      'tổ và ngày thống kê',
      'group',
    ),
  );
  throwIfProblems(problems);
  return rows;
}

/** Officials' participation; a missing file means no figures yet. */
export function readOfficials(file = contentPath(OFFICIALS_FILE)): CsvRow<OfficialsRow>[] {
  if (!existsSync(file)) return [];
  const { rows, problems } = readCsv(file, officialsRowSchema);
  const nearDuplicates = unitSpellingProblems(file, rows);
  problems.push(...nearDuplicates);
  if (!nearDuplicates.length)
    problems.push(
      ...duplicateRows(
        file,
        rows,
        (row) => `${row.unit} ${row.date}`,
        'đơn vị và ngày thống kê',
        'unit',
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
