/**
 * Tables kept in Excel (.xlsx), read with exceljs: the first visible worksheet, its first non-empty
 * row naming the columns, exactly as in the CSV. Every cell is turned into the text a CSV export of
 * it would hold (a date cell as 2025-11-05, a number as its digits), and the rows go through the same
 * check and the same schemas as a CSV file's, so the messages are the same; a bad row is named by its
 * sheet and its row number as Excel shows them.
 */
import ExcelJS from 'exceljs';
import type { z } from 'astro/zod';
import { checkTable, type CsvTable, type RawRow } from './csv.ts';

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
  const sheet = workbook.worksheets.find((candidate) => candidate.state === 'visible');
  if (!sheet) {
    return {
      rows: [],
      problems: [{ file, line: 1, message: 'Tệp trống: dòng đầu phải là tên các cột.' }],
    };
  }

  const rows: RawRow[] = [];
  sheet.eachRow((row, line) => {
    const values = row.values as ExcelJS.CellValue[];
    // row.values is indexed from 1, as Excel numbers its columns.
    const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, index) =>
      cellText(values[index + 1]).trim(),
    );
    while (cells.length && cells.at(-1) === '') cells.pop();
    if (cells.length) rows.push({ line, cells });
  });
  const [header, ...body] = rows;
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
