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
} from '../../schemas/tables.ts';
import { throwIfProblems } from '../content-rules/content-errors.ts';
import { readCsv, type CsvRow, type CsvTable } from './csv.ts';
import { contentDir } from '../site/paths.ts';
import { bytesParsedOnce } from '../content-rules/read-once.ts';
import { lateCounts } from './table-dates.ts';
import { readXlsx } from './xlsx.ts';
import { groupsProblems, officialsProblems, participationProblems } from './rules.ts';

export { unitKey, unitSpellingProblems } from './rules.ts';

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
 * per version of the file (src/lib/content-rules/read-once.ts), however many parts of the build ask for it.
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
  throwIfProblems([...table.problems, ...groupsProblems(file, table)]);
  return table.rows;
}

/**
 * Household participation; a missing file means no figures yet. `groupCodes` undefined: the groups
 * table could not be read, so the groups the rows name are not checked.
 */
export async function readParticipation(
  groupCodes: readonly string[] | undefined,
  file = tableFile(PARTICIPATION_TABLE),
): Promise<CsvRow<ParticipationRow>[]> {
  if (!existsSync(file)) return [];
  const table = await readTable(file, participationRowSchema);
  const groups = path.basename(tableFile(GROUPS_TABLE, path.dirname(file)));
  throwIfProblems([
    ...table.problems,
    ...participationProblems(file, table, groupCodes, groups),
    // Needs the campaign's dates from site.yaml: checked by the build, not the browser's checker.
    ...lateCounts(file, table.rows).map((problem) => ({ ...problem, sheet: table.sheet })),
  ]);
  return table.rows;
}

/** Officials' participation; a missing file means no figures yet. */
export async function readOfficials(
  file = tableFile(OFFICIALS_TABLE),
): Promise<CsvRow<OfficialsRow>[]> {
  if (!existsSync(file)) return [];
  const table = await readTable(file, officialsRowSchema);
  throwIfProblems([
    ...table.problems,
    ...officialsProblems(file, table),
    ...lateCounts(file, table.rows).map((problem) => ({ ...problem, sheet: table.sheet })),
  ]);
  return table.rows;
}
