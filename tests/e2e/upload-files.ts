/**
 * Files a staff member uploads in the editor's browser tests, made by the test: a real picture
 * from a camera and the participation table the office keeps in Excel.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { SAMPLE_WARD } from '../sample-ward.ts';

/** A real small JPEG (a warm gradient), written to `file`; returns `file`. */
export async function coverPicture(file: string): Promise<string> {
  const width = 64;
  const height = 48;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) pixels.set([200, 80 + x * 2, 40 + y * 3], (y * width + x) * 3);
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .toFile(file);
  return file;
}

/**
 * The fixture's participation table as an Excel workbook, with `extra` rows after its own, written
 * to `file`; returns `file`.
 */
export async function participationWorkbook(
  file: string,
  extra: (string | number)[][] = [],
): Promise<string> {
  const [header, ...rows] = readFileSync(`${SAMPLE_WARD}/participation.csv`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(','));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('participation');
  sheet.addRow(header!);
  // Counts as numbers, as Excel keeps them; the rest as text.
  for (const row of rows)
    sheet.addRow(row.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)));
  for (const row of extra) sheet.addRow(row);
  await book.xlsx.writeFile(file);
  return file;
}
