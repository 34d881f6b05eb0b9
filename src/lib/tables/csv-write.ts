/**
 * The one CSV writer for every CSV the site publishes (the templates staff download, the figures
 * as data): UTF-8 with a byte-order mark, so Excel opens Vietnamese names correctly, and Windows
 * line ends. A cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or
 * a carriage return, also behind spaces or line breaks, or their full-width and small forms ＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫, which a
 * spreadsheet in an East Asian locale reads as = + - @) is written with a leading apostrophe,
 * OWASP's rule against CSV injection: Excel shows it as text, and a group named `=HYPERLINK(…)`
 * cannot send anyone anywhere. Leading spaces do not hide a starter: ` =1+2` is one too.
 */
import { stringify } from 'csv-stringify/sync';

const BOM = '\uFEFF';

/** Would a spreadsheet read this cell as a formula? */
export function isFormulaLike(cell: string): boolean {
  return /^[\s\u3000]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B]/.test(cell);
}

/** The cell as a spreadsheet must read it: as text. Numbers are left as they are. */
export function safeCell(cell: string | number | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  return isFormulaLike(cell) ? `'${cell}` : cell;
}

export function writeCsv(
  columns: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return (
    BOM +
    stringify([columns.map(safeCell), ...rows.map((row) => row.map(safeCell))], {
      record_delimiter: 'windows',
      // A lone line break inside a cell is quoted too (the default quotes only a whole \r\n).
      quoted_match: /[\r\n]/,
    })
  );
}
