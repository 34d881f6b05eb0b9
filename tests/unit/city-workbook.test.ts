/**
 * The city's spreadsheet is read by people in Excel: the hub page's headings, the share as a
 * percentage cell and the date as a date cell; the CSV keeps the machine keys. Figures by hand.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cityRollup } from '../../src/lib/city/rollup.ts';
import { cityCsv, cityWorkbook } from '../../src/lib/city/table.ts';
import { FEED_FORMAT, type ProgressFeed } from '../../src/lib/tables/progress-feed.ts';

// 761 of 1000 households: 76,1 %; 9 of 10 officials; 461/500 met 70 %, 300/500 did not.
const feed: ProgressFeed = {
  format: FEED_FORMAT,
  ward: 'Phường Ngô Quyền',
  site: 'https://ngo-quyen.example/',
  asOf: '2025-11-10',
  targets: { householdsPercent: 70, officialsPercent: 100 },
  households: { total: 1000, joined: 761 },
  officials: { total: 10, joined: 9 },
  groups: [
    { code: 'to-1', name: 'Tổ 1', households: 500, joined: 461, asOf: '2025-11-10' },
    { code: 'to-2', name: 'Tổ 2', households: 500, joined: 300, asOf: '2025-11-10' },
  ],
};
const { rollup } = cityRollup(
  [{ ward: { name: feed.ward, feed: `${feed.site}tien-do/so-lieu.json` }, feed }],
  new Map(),
  { staleDays: 7, targetPercent: 70, now: new Date('2025-11-11T00:00:00Z') },
);

async function sheet() {
  const book = new ExcelJS.Workbook();
  const bytes = await cityWorkbook(rollup, 'Thành phố Thử', 70);
  // The workbook's bytes alone, as ExcelJS reads them (an ArrayBuffer).
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return book.worksheets[0]!;
}

describe("the city's spreadsheet", () => {
  it('has the hub page’s headings in Vietnamese', async () => {
    expect((await sheet()).getRow(1).values).toEqual([
      undefined,
      'Phường, xã',
      'Trang web',
      'Số hộ',
      'Số hộ tham gia',
      'Tỷ lệ',
      'Số tổ dân phố',
      'Tổ đạt 70%',
      'Số cán bộ',
      'Cán bộ tham gia',
      'Ngày số liệu',
      'Ghi chú',
    ]);
  });

  it('holds the share as a percentage cell and the date as a day-first date cell', async () => {
    const ward = (await sheet()).getRow(2);
    expect(ward.getCell(5).value).toBe(0.761);
    expect(ward.getCell(5).numFmt).toBe('0.0%');
    expect(ward.getCell(10).value).toEqual(new Date(Date.UTC(2025, 10, 10)));
    expect(ward.getCell(10).numFmt).toBe('dd/mm/yyyy');
  });

  it('ends with the city’s total, named in words', async () => {
    const total = (await sheet()).getRow(3);
    expect([total.getCell(1).value, total.getCell(3).value, total.getCell(11).value]).toEqual([
      'Thành phố Thử',
      1000,
      'Toàn thành phố',
    ]);
  });

  it('leaves the CSV as the documented machine format', () => {
    expect(cityCsv(rollup, 'Thành phố Thử').split('\r\n').slice(0, 2)).toEqual([
      '\uFEFFward,site,households,joined,percent,groups,groups_met,officials,officials_joined,as_of,note',
      'Phường Ngô Quyền,https://ngo-quyen.example/,1000,761,76.1,2,1,10,9,2025-11-10,',
    ]);
  });
});
