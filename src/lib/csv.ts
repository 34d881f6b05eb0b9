/**
 * Tables exported from a spreadsheet (UTF-8 CSV, with or without the BOM Excel writes), read with
 * csv-parse and checked row by row. A bad row is named by its line in the file, and every bad row
 * is reported at once, so an editor fixes the whole file in one pass.
 */
import { readFileSync } from 'node:fs';
import { parse, CsvError } from 'csv-parse/sync';
import type { z } from 'astro/zod';
import type { Problem } from './content-errors.ts';
import { validate } from './validate.ts';

export interface CsvRow<T> {
  /** 1-based line of the row in the file (the header is line 1). */
  line: number;
  data: T;
}

export interface CsvTable<T> {
  rows: CsvRow<T>[];
  problems: Problem[];
  /** The worksheet the rows come from, for a spreadsheet (.xlsx). */
  sheet?: string;
}

interface Record {
  record: string[];
  info: { lines: number };
}

/**
 * Parses CSV text whose first line names the columns, and validates each row with `rowSchema`.
 * Cells are trimmed and NFC-normalised; an empty cell is absent, so optional columns may be blank.
 * Columns the schema does not know are refused, which catches a misspelt header.
 */
export function parseCsv<S extends z.ZodObject>(
  text: string,
  file: string,
  rowSchema: S,
): CsvTable<z.output<S>> {
  let records: Record[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as Record[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    return {
      rows: [],
      problems: [
        {
          file,
          line,
          message: `Tệp CSV bị lỗi định dạng (${error.code}). Mở lại bằng bảng tính và lưu dưới dạng "CSV UTF-8".`,
        },
      ],
    };
  }

  const [header, ...body] = records;
  return checkTable(
    file,
    header && { line: header.info.lines, cells: header.record },
    body.map(({ record, info }) => ({ line: info.lines, cells: record })),
    rowSchema,
    (cells, columns) =>
      `Dòng có ${cells} ô nhưng tiêu đề chỉ có ${columns} cột. Kiểm tra dấu phẩy thừa; ô có dấu phẩy phải đặt trong ngoặc kép.`,
  );
}

/** One row of a table as read from its file, before it is checked: its 1-based line and its cells. */
export interface RawRow {
  line: number;
  cells: string[];
}

/**
 * Checks a table read from any kind of file (CSV or a spreadsheet's sheet) against `rowSchema`:
 * the header names the columns, each row is validated. Cells are trimmed and NFC-normalised; an
 * empty cell is absent, so optional columns may be blank. Columns the schema does not know are
 * refused, which catches a misspelt header. `tooManyCells` says, for the kind of file, what to do
 * about a row with cells beyond the header; `sheet` names the worksheet in every problem.
 */
export function checkTable<S extends z.ZodObject>(
  file: string,
  header: RawRow | undefined,
  body: RawRow[],
  rowSchema: S,
  tooManyCells: (cells: number, columns: number) => string,
  sheet?: string,
): CsvTable<z.output<S>> {
  const named = sheet === undefined ? {} : { sheet };
  const at = { file, ...named };
  if (!header) {
    return {
      rows: [],
      ...named,
      problems: [{ ...at, line: 1, message: 'Tệp trống: dòng đầu phải là tên các cột.' }],
    };
  }

  const known = Object.keys(rowSchema.shape);
  const columns = header.cells.map((name) => name.normalize('NFC').trim());
  const problems: Problem[] = [];
  for (const name of columns) {
    if (!known.includes(name)) {
      problems.push({
        ...at,
        line: header.line,
        field: name,
        kind: 'column',
        message: `Cột lạ. Các cột được dùng: ${known.join(', ')}.`,
      });
    }
  }
  for (const name of known) {
    if (!columns.includes(name) && !rowSchema.shape[name]!.safeParse(undefined).success) {
      problems.push({
        ...at,
        line: header.line,
        field: name,
        kind: 'column',
        message: `Thiếu cột này ở dòng tiêu đề. Dòng đầu cần có: ${known.join(', ')}.`,
      });
    }
  }
  if (problems.length) return { ...named, rows: [], problems };

  const rows: CsvRow<z.output<S>>[] = [];
  for (const { cells, line } of body) {
    if (cells.length > columns.length && cells.slice(columns.length).some((cell) => cell !== '')) {
      problems.push({ ...at, line, message: tooManyCells(cells.length, columns.length) });
      continue;
    }
    const input: { [column: string]: string } = {};
    columns.forEach((column, index) => {
      const cell = cells[index]?.normalize('NFC').trim();
      if (cell) input[column] = cell;
    });
    const result = validate(rowSchema, input, { file, lineOf: () => line, kind: 'column' });
    if (result.ok) rows.push({ line, data: result.data });
    else problems.push(...result.problems.map((problem) => ({ ...problem, ...at })));
  }
  return { ...named, rows, problems };
}

export function readCsv<S extends z.ZodObject>(file: string, rowSchema: S): CsvTable<z.output<S>> {
  return parseCsv(readFileSync(file, 'utf8'), file, rowSchema);
}

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
