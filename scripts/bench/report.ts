/**
 * The benchmark's findings and how it prints them: figures over budget (failures) and things it
 * could not measure (notes), and plain-text tables.
 */

/** What a benchmark run found: figures over budget fail it, notes are printed beside. */
export interface Findings {
  failures: string[];
  notes: string[];
}

/** Kilobytes of 1,000 bytes, as browsers show them, to one decimal. */
export const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** A titled table: the first column aligned left, the others right. */
export function formatTable(title: string, header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  return [
    '',
    title,
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

export function table(title: string, header: string[], rows: (string | number)[][]): void {
  console.log(formatTable(title, header, rows));
}
