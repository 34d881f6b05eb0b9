/**
 * Tables exported from a spreadsheet (UTF-8 CSV, with or without the BOM Excel writes), read with
 * csv-parse and checked row by row. A bad row is named by its line in the file, and every bad row
 * is reported at once, so an editor fixes the whole file in one pass.
 */
import { parse, CsvError } from 'csv-parse/sync';
import type { z } from 'astro/zod';
import type { Problem } from '../content-rules/content-errors.ts';
import { validate } from '../content-rules/validate.ts';

const EMPTY_TABLE = 'Tệp trống: dòng đầu phải là tên các cột.';

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
  /** The first row is not this table's column names: the file may be another table. */
  headerRefused?: boolean;
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

/** The line a record starts on: csv-parse counts to its end, and a quoted cell may span lines. */
function firstLine({ info, raw }: CsvRecord): number {
  const inner = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
  return info.lines - (inner.match(/\n/g)?.length ?? 0);
}

/**
 * The rows of CSV text as read, before any check: each record's cells (trimmed) and the line it
 * starts on. A file csv-parse cannot read, or one whose cells are separated by semicolons (Excel
 * in a Vietnamese or European locale), gives one problem instead. The one CSV reader of the
 * project: tables and the story import both read through it.
 */
export function csvRows(text: string, file: string): { rows: RawRow[]; problems: Problem[] } {
  let records: CsvRecord[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      raw: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as CsvRecord[];
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
  const header = records[0];
  if (header?.record.length === 1 && header.record[0]!.includes(';')) {
    return {
      rows: [],
      problems: [
        {
          file,
          line: firstLine(header),
          message: `Tệp này phân cách các ô bằng dấu chấm phẩy (;), trang chỉ đọc tệp phân cách bằng dấu phẩy (,). ${SAVE_AS_UTF8}`,
        },
      ],
    };
  }
  return {
    rows: records.map((record) => ({ line: firstLine(record), cells: record.record })),
    problems: [],
  };
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
  const { rows, problems } = csvRows(text, file);
  if (problems.length) return { rows: [], problems };
  const [header, ...body] = rows;
  return checkTable(
    file,
    header,
    body,
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
  if (!header) return { rows: [], ...named, problems: [{ ...at, line: 1, message: EMPTY_TABLE }] };

  const known = Object.keys(rowSchema.shape);
  // Excel's "sep=," line (a hint for Excel itself) stands where the column names should.
  if (/^sep=.?$/i.test(header.cells.join(',').trim()))
    return {
      rows: [],
      ...named,
      problems: [
        {
          ...at,
          line: header.line,
          message: `Dòng ${header.line} "${header.cells.join(',')}" là ghi chú Excel tự thêm, không phải tên cột. Xóa dòng ${header.line}, để dòng đầu là tên các cột: ${known.join(', ')}.`,
        },
      ],
    };
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
  if (problems.length) return { ...named, rows: [], problems, headerRefused: true };

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

/** Reads a CSV file's bytes and checks each row with `rowSchema`; `file` names it in messages. */
export function readCsv<S extends z.ZodObject>(
  bytes: Uint8Array,
  file: string,
  rowSchema: S,
): CsvTable<z.output<S>> {
  const decoded = decodeCsv(bytes, file);
  if ('problem' in decoded) return { rows: [], problems: [decoded.problem] };
  return parseCsv(decoded.text, file, rowSchema);
}

/** How to save a table so that it can be read: Excel's own words, then LibreOffice's and Google's. */
export const SAVE_AS_UTF8 =
  'Mở tệp bằng Excel, chọn Tệp → Lưu thành (File → Save As), chọn kiểu "CSV UTF-8 (Comma delimited) (*.csv)" rồi lưu; với LibreOffice chọn bộ ký tự "Unicode (UTF-8)" và dấu phân cách là dấu phẩy; Google Trang tính: Tệp → Tải xuống → CSV.';

/**
 * The text of a CSV file, decoded only when its encoding is certain: UTF-8 (with or without the
 * byte-order mark Excel writes) or UTF-16 with its byte-order mark. Anything else (Excel's plain
 * "CSV" in the Windows Vietnamese code page, Latin-1, UTF-16 without a mark) would be read as
 * garbled letters, so it is refused with how to save the file as UTF-8.
 */
export function decodeCsv(
  bytes: Uint8Array,
  file: string,
): { text: string } | { problem: Problem } {
  const refuse = (what: string) => ({
    problem: { file, message: `Tệp ${what}, đọc ra sẽ sai dấu tiếng Việt. ${SAVE_AS_UTF8}` },
  });
  const [a, b] = [bytes[0], bytes[1]];
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  const zero = bytes.indexOf(0);
  // UTF-16 without a mark has a zero byte in every other place; a stray NUL is one character.
  if (zero >= 0 && bytes.filter((byte) => byte === 0).length * 4 >= bytes.length)
    return refuse('có vẻ lưu dạng UTF-16 mà không có dấu nhận biết (BOM)');
  if (zero >= 0)
    return {
      problem: {
        file,
        line: bytes.subarray(0, zero).filter((byte) => byte === 0x0a).length + 1,
        message:
          'Dòng này có một ký tự rỗng (NUL) không nhìn thấy, thường do chép từ chương trình khác. Mở tệp, gõ lại dòng này rồi lưu lại.',
      },
    };
  try {
    // The BOM, if any, is dropped by the decoder (ignoreBOM: false).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return refuse(
      'không lưu bằng bảng mã UTF-8 (có thể là kiểu "CSV" thường của Excel, bảng mã Windows tiếng Việt hoặc Latin-1)',
    );
  }
}
