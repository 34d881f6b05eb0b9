/**
 * Tables kept in Excel (.xlsx), read with exceljs once measured (src/lib/tables/xlsx-limits.ts): the one
 * visible worksheet with data (a second one, or a hidden one with data, is refused, as are merged
 * cells and formulas never calculated), its first non-empty
 * row naming the columns, exactly as in the CSV. Every cell is turned into the text a CSV export of
 * it would hold (a date cell as 2025-11-05, a number as its digits), and the rows go through the same
 * check and the same schemas as a CSV file's, so the messages are the same; a bad row is named by its
 * sheet and its row number as Excel shows them.
 */
import ExcelJS from 'exceljs';
import type { z } from 'astro/zod';
import type { Problem } from '../content-rules/content-errors.ts';
import { checkTable, type CsvTable, type RawRow } from './csv.ts';
import { workbookLimitProblem } from './xlsx-limits.ts';

/** A formula whose value Excel never calculated (written by another program): no number to read. */
function isUncalculated(value: ExcelJS.CellValue): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    ('formula' in value || 'sharedFormula' in value) &&
    (value.result === undefined || value.result === null)
  );
}

/** The merged ranges of a sheet, as Excel names them ("D2:D3"), with their first and last rows. */
function sheetMerges(sheet: ExcelJS.Worksheet): { name: string; top: number; bottom: number }[] {
  const merges: string[] = (sheet.model as { merges?: string[] }).merges ?? [];
  return merges.map((name) => {
    const rows = [...name.matchAll(/\d+/g)].map((match) => Number(match[0]));
    return { name, top: Math.min(...rows), bottom: Math.max(...rows) };
  });
}

function refused(file: string, problem: Omit<Problem, 'file'>): CsvTable<never> {
  return { rows: [], problems: [{ file, ...problem }] };
}

/** What a cell shows, as text: the value a CSV export would write. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return cellText(value.text);
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  return '';
}

/** The column's letters as Excel shows them: 1 is A, 27 is AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Reads an .xlsx file's first visible sheet and checks each row with `rowSchema`.
 * @param bytes The file's content; `file` names it in messages.
 */
export async function readXlsx<S extends z.ZodObject>(
  bytes: Buffer,
  file: string,
  rowSchema: S,
): Promise<CsvTable<z.output<S>>> {
  // Measured before it is parsed: a small zip can hold gigabytes (src/lib/tables/xlsx-limits.ts).
  const limit = await workbookLimitProblem(bytes);
  if (limit) return refused(file, { message: limit });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return {
      rows: [],
      problems: [
        {
          file,
          message:
            'Không đọc được tệp bảng tính. Mở tệp bằng Excel rồi lưu lại dưới dạng "Sổ làm việc Excel (*.xlsx)".',
        },
      ],
    };
  }
  const visible = workbook.worksheets.filter((candidate) => candidate.state === 'visible');
  const withData = visible.filter((candidate) => candidate.actualRowCount > 0);
  const sheet = withData[0] ?? visible[0];
  if (!sheet) {
    return {
      rows: [],
      problems: [{ file, line: 1, message: 'Tệp trống: dòng đầu phải là tên các cột.' }],
    };
  }
  // Only one sheet is read: figures on a second one would be silently left out.
  if (withData.length > 1)
    return refused(file, {
      message: `Tệp có số liệu ở ${withData.length} trang tính (${withData.map((other) => `"${other.name}"`).join(', ')}), nhưng trang web chỉ đọc một. Chuyển hết số liệu vào một trang tính, rồi xóa các trang còn lại.`,
    });
  // A hidden sheet's figures would be left out without a word, as a second sheet's would.
  const hidden = workbook.worksheets.filter(
    (candidate) => candidate.state !== 'visible' && candidate.actualRowCount > 0,
  );
  if (hidden.length)
    return refused(file, {
      message: `Tệp có số liệu ở trang tính đang bị ẩn (${hidden.map((other) => `"${other.name}"`).join(', ')}), nhưng trang web chỉ đọc một trang tính đang hiện. Hiện trang tính đó (bấm chuột phải vào tên một trang tính → Unhide), chuyển hết số liệu vào một trang tính, rồi xóa các trang còn lại.`,
    });

  const rows: RawRow[] = [];
  const problems: Problem[] = [];
  sheet.eachRow((row, line) => {
    const values = row.values as ExcelJS.CellValue[];
    // row.values is indexed from 1, as Excel numbers its columns.
    const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, index) => {
      const value = values[index + 1];
      if (isUncalculated(value))
        problems.push({
          file,
          sheet: sheet.name,
          line,
          message: `Ô ${columnLetters(index + 1)}${line} là công thức chưa được tính nên không có số. Mở tệp bằng Excel (để Excel tính lại các công thức) rồi lưu lại; hoặc ghi thẳng số vào ô.`,
        });
      return cellText(value).trim();
    });
    while (cells.length && cells.at(-1) === '') cells.pop();
    if (cells.length) rows.push({ line, cells });
  });
  const [header, ...body] = rows;
  // A merged cell repeats its value in every row it covers: one group's households counted twice.
  for (const range of sheetMerges(sheet)) {
    if (header && range.bottom > header.line)
      problems.push({
        file,
        sheet: sheet.name,
        line: range.top,
        message: `Các ô ${range.name} được gộp lại, nên cùng một giá trị bị tính cho mỗi dòng, mỗi cột mà ô gộp phủ lên. Bỏ gộp ô (Merge & Center → Unmerge Cells) rồi ghi giá trị riêng cho từng ô.`,
      });
  }
  if (problems.length) return { rows: [], sheet: sheet.name, problems };
  return checkTable(
    file,
    header,
    body,
    rowSchema,
    (cells, columns) =>
      `Dòng có dữ liệu ở cột ${columnLetters(cells)} nhưng dòng tiêu đề chỉ có ${columns} cột (đến cột ${columnLetters(columns)}). Xóa ô thừa, hoặc thêm tên cột ở dòng đầu.`,
    sheet.name,
  );
}
