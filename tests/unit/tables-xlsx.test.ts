/**
 * Tables kept in Excel: the workbooks are made here with exceljs, cell by cell as a staff member's
 * Excel would store them (dates as date cells, figures as numbers, a formula, rich text), and read
 * through the same schemas as the CSV. Expected rows and messages are written out by hand.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '../../src/lib/content-rules/content-errors.ts';
import {
  householdsWorkbook,
  officialsWorkbook,
} from '../../src/lib/tables/participation-templates.ts';
import {
  readGroups,
  readOfficials,
  readParticipation,
  tableFile,
} from '../../src/lib/tables/read.ts';
import { checkTableFile, kindOfColumns } from '../../src/lib/tables/check.ts';
import { cellText, columnLetters } from '../../src/lib/tables/xlsx.ts';
import JSZip from 'jszip';

const dir = mkdtempSync(path.join(tmpdir(), 'xlsx-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a workbook whose sheets are given as rows of cell values (row 1 first). */
async function workbook(
  name: string,
  sheets: { name: string; rows: ExcelJS.CellValue[][]; hidden?: boolean | 'veryHidden' }[],
): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const state =
      sheet.hidden === 'veryHidden' ? 'veryHidden' : sheet.hidden ? 'hidden' : undefined;
    const worksheet = book.addWorksheet(sheet.name, state ? { state } : {});
    sheet.rows.forEach((row, index) => {
      worksheet.getRow(index + 1).values = row;
    });
  }
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

async function thrown(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected a ContentError');
}

/** Removes the folder part of the temporary files from messages, to pin them. */
const short = (messages: string[]) => messages.map((message) => message.replaceAll(`${dir}/`, ''));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('an .xlsx table', () => {
  it('reads cells as Excel stores them: date cells, numbers, a formula, rich text, an empty hidden sheet skipped', async () => {
    const file = await workbook('participation.xlsx', [
      { name: 'Cũ', hidden: true, rows: [] },
      {
        name: 'Số hộ',
        rows: [
          ['date', 'group', 'group_name', 'households', 'joined'],
          [day('2025-11-05'), 'to-1', 'Tổ dân phố số 1', 120, 85],
          [],
          [
            '2025-11-05',
            'to-2',
            { richText: [{ text: 'Tổ ' }, { text: 'số 2', font: { bold: true } }] },
            { formula: '50+50', result: 100 },
            70,
          ],
        ],
      },
    ]);
    expect(
      (await readParticipation(['to-1', 'to-2'], file)).map((row) => [row.line, row.data]),
    ).toEqual([
      [
        2,
        {
          date: '2025-11-05',
          group: 'to-1',
          group_name: 'Tổ dân phố số 1',
          households: 120,
          joined: 85,
          sample: false,
        },
      ],
      [
        4,
        {
          date: '2025-11-05',
          group: 'to-2',
          group_name: 'Tổ số 2',
          households: 100,
          joined: 70,
          sample: false,
        },
      ],
    ]);
  });

  it('names each bad row by its sheet and row, in the same words as the CSV', async () => {
    const file = await workbook('participation.xlsx', [
      {
        name: 'Tháng 11',
        rows: [
          ['date', 'group', 'households', 'joined'],
          [day('2025-11-05'), 'to-1', 100, 40],
          [day('2025-11-05'), 'to-2', 'một trăm', 40],
          [day('2025-11-05'), 'to-3', 100, 150],
          [null, 'to-4', 100, 40],
          [day('2025-11-05'), 'to-99', 100, 40],
          [day('2025-11-05'), 'to-1', 100, 45],
          [day('2025-11-05'), 'to-5', 100, 45, null, 'thừa'],
        ],
      },
    ]);
    const codes = ['to-1', 'to-2', 'to-3', 'to-4', 'to-5'];
    expect(short(await thrown(() => readParticipation(codes, file)))).toEqual([
      'participation.xlsx, trang tính "Tháng 11", dòng 3, cột "households": Số hộ "một trăm" không hợp lệ: viết số nguyên không âm, chỉ gồm chữ số (không dấu chấm, dấu phẩy, chữ), ví dụ: 120',
      'participation.xlsx, trang tính "Tháng 11", dòng 4, cột "joined": Số hộ đã tham gia (150) lớn hơn tổng số hộ (100). Kiểm tra lại hai số này.',
      'participation.xlsx, trang tính "Tháng 11", dòng 5, cột "date": Thiếu ngày thống kê. Viết ngày theo dạng ngày/tháng/năm, ví dụ: 05/11/2025',
      'participation.xlsx, trang tính "Tháng 11", dòng 6, cột "group": Không có tổ mã "to-99" trong groups.csv. Dùng một mã có trong groups.csv: to-1, to-2, to-3, to-4, to-5.',
      'participation.xlsx, trang tính "Tháng 11", dòng 7, cột "group": Trùng tổ và ngày thống kê với dòng 2. Mỗi tổ và ngày thống kê chỉ được có một dòng: xóa hoặc gộp một trong hai dòng.',
      'participation.xlsx, trang tính "Tháng 11", dòng 8: Dòng có dữ liệu ở cột F nhưng dòng tiêu đề chỉ có 4 cột (đến cột D). Xóa ô thừa, hoặc thêm tên cột ở dòng đầu.',
    ]);
    // The table checker in the browser says exactly what the build says, on the same bytes.
    const groups = codes.map((code) => ({ code, name: code }));
    const checked = await checkTableFile(readFileSync(file), file, 'participation', {
      groups,
      groupsFile: 'groups.csv',
      target: 70,
    });
    expect(short(checked.problems.map(formatProblem))).toEqual(
      short(await thrown(() => readParticipation(codes, file))),
    );
    expect(checked.figures).toBeUndefined();
  });

  it("gives the table checker each group's figures from a good participation sheet", async () => {
    const file = await workbook('participation.xlsx', [
      {
        name: 'Tháng 11',
        rows: [
          ['date', 'group', 'households', 'joined'],
          [day('2025-11-05'), 'to-1', 150, 105],
          [day('2025-11-05'), 'to-2', 150, 104],
        ],
      },
    ]);
    const checked = await checkTableFile(readFileSync(file), file, 'participation', {
      groups: [
        { code: 'to-1', name: 'Tổ 1' },
        { code: 'to-2', name: 'Tổ 2' },
      ],
      groupsFile: 'groups.csv',
      target: 70,
    });
    expect(checked.problems).toEqual([]);
    // 105/150 is exactly 70 %, the target; 104/150 is 69.33… %, one household short.
    expect(checked.figures).toEqual([
      {
        code: 'to-1',
        name: 'Tổ 1',
        date: '2025-11-05',
        households: 150,
        joined: 105,
        percent: '70%',
        met: true,
      },
      {
        code: 'to-2',
        name: 'Tổ 2',
        date: '2025-11-05',
        households: 150,
        joined: 104,
        percent: '69,3%',
        met: false,
      },
    ]);
  });

  it('refuses a misspelt header and a file that is not a workbook', async () => {
    const misspelt = await workbook('groups.xlsx', [
      {
        name: 'Tổ',
        rows: [
          ['code', 'ten'],
          ['to-1', 'Tổ 1'],
        ],
      },
    ]);
    expect(short(await thrown(() => readGroups(misspelt)))).toEqual([
      'groups.xlsx, trang tính "Tổ", dòng 1, cột "ten": Cột lạ. Các cột được dùng: code, name, leader, leader_phone, hall, help_hours, sample.',
      'groups.xlsx, trang tính "Tổ", dòng 1, cột "name": Thiếu cột này ở dòng tiêu đề. Dòng đầu cần có: code, name, leader, leader_phone, hall, help_hours, sample.',
    ]);
    const notAWorkbook = path.join(dir, 'officials.xlsx');
    writeFileSync(notAWorkbook, 'date,unit,officials,joined\n');
    expect(short(await thrown(() => readOfficials(notAWorkbook)))).toEqual([
      'officials.xlsx: Không đọc được tệp bảng tính. Mở tệp bằng Excel rồi lưu lại dưới dạng "Sổ làm việc Excel (*.xlsx)".',
    ]);
  });

  it('says a table of another kind in one hint, and knows a table by its columns whatever its name', async () => {
    const groups = await workbook('So lieu thang 11.xlsx', [
      {
        name: 'Tổ',
        rows: [
          ['code', 'name'],
          ['to-1', 'Tổ 1'],
        ],
      },
    ]);
    const bytes = readFileSync(groups);
    const context = {
      groups: [{ code: 'to-1', name: 'Tổ 1' }],
      groupsFile: 'groups.csv',
      target: 70,
    };
    const chosen = await checkTableFile(bytes, 'So lieu thang 11.xlsx', 'participation', context);
    expect(chosen.problems.map(formatProblem)).toEqual([
      'So lieu thang 11.xlsx, trang tính "Tổ", dòng 1: Tệp này có vẻ là bảng tổ dân phố, không phải bảng tham gia. Chọn đúng loại bảng, hoặc chọn đúng tệp.',
    ]);
    const named = await checkTableFile(bytes, 'participation.xlsx', 'participation', context);
    expect(named.problems.map((problem) => problem.message)).toEqual([
      'Tệp này có vẻ là bảng tổ dân phố, không phải bảng tham gia. participation.xlsx phải là bảng tham gia: chọn đúng tệp, hoặc đặt tên tệp này là groups.xlsx.',
    ]);
    expect(await kindOfColumns(bytes, 'So lieu thang 11.xlsx')).toBe('groups');
    expect(await kindOfColumns(Buffer.from('date,group,households,joined\n'), 'x.csv')).toBe(
      'participation',
    );
    expect(await kindOfColumns(Buffer.from('a,b\n'), 'x.csv')).toBeUndefined();
    // A misspelt column of the kind chosen is still named column by column.
    const misspelt = await checkTableFile(
      Buffer.from('code,ten\nto-1,Tổ 1\n'),
      'groups.csv',
      'groups',
      context,
    );
    expect(misspelt.problems).toHaveLength(2);
  });

  it('refuses a table kept both as .csv and as .xlsx', async () => {
    const both = mkdtempSync(path.join(dir, 'both-'));
    writeFileSync(path.join(both, 'groups.csv'), 'code,name\nto-1,Tổ 1\n');
    writeFileSync(path.join(both, 'groups.xlsx'), '');
    expect(short(await thrown(async () => tableFile('groups', both)))).toEqual([
      `${path.basename(both)}/groups.xlsx: Có cả groups.csv và groups.xlsx cho cùng một bảng. Giữ một tệp: xóa (hoặc chuyển ra khỏi thư mục nội dung) tệp cũ hơn.`,
    ]);
    rmSync(path.join(both, 'groups.csv'));
    expect(tableFile('groups', both)).toBe(path.join(both, 'groups.xlsx'));
    expect(tableFile('officials', both)).toBe(path.join(both, 'officials.csv'));
  });

  it('turns cells into the text a CSV would hold', () => {
    expect(cellText(day('2025-11-05'))).toBe('2025-11-05');
    expect(cellText(120)).toBe('120');
    expect(cellText({ error: '#DIV/0!' })).toBe('#DIV/0!');
    expect(cellText({ text: 'Zalo', hyperlink: 'https://zalo.me/g/x' })).toBe('Zalo');
    expect(cellText(null)).toBe('');
    expect([1, 4, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'D', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('the .xlsx templates', () => {
  it('list the groups with the columns to fill in, and read back once filled in', async () => {
    const groups = [
      { code: 'to-1', name: 'Tổ dân phố số 1' },
      { code: 'to-2', name: 'Tổ dân phố Đông Hải' },
    ];
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await householdsWorkbook(groups));
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'date',
      'group',
      'group_name',
      'households',
      'joined',
    ]);
    expect(sheet.getRow(3).values).toEqual([undefined, undefined, 'to-2', 'Tổ dân phố Đông Hải']);

    // A staff member fills in the figures and saves it as participation.xlsx.
    for (const [row, households, joined] of [
      [2, 120, 84],
      [3, 95, 50],
    ] as const) {
      sheet.getRow(row).getCell(1).value = day('2025-11-05');
      sheet.getRow(row).getCell(4).value = households;
      sheet.getRow(row).getCell(5).value = joined;
    }
    const file = path.join(dir, 'filled.xlsx');
    await book.xlsx.writeFile(file);
    expect(
      (await readParticipation(['to-1', 'to-2'], file)).map((row) => [
        row.line,
        row.data.group,
        row.data.households,
        row.data.joined,
      ]),
    ).toEqual([
      [2, 'to-1', 120, 84],
      [3, 'to-2', 95, 50],
    ]);
  });

  it('offers the officials units to fill in', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await officialsWorkbook(['Văn phòng HĐND và UBND']));
    expect(book.worksheets[0]!.getRow(2).values).toEqual([
      undefined,
      undefined,
      'Văn phòng HĐND và UBND',
    ]);
  });
});

describe('workbooks whose figures would be read wrong', () => {
  const header = ['date', 'group', 'households', 'joined'];
  const read = (file: string) => thrown(() => readParticipation(['to-1', 'to-2'], file));
  const shown = (messages: string[]) => messages.map((line) => line.replace(dir, '…'));

  it('refuses figures on a second visible sheet, naming both sheets', async () => {
    const file = await workbook('hai-trang.xlsx', [
      { name: 'Tháng 10', rows: [header, [new Date(Date.UTC(2025, 9, 25)), 'to-1', 120, 52]] },
      { name: 'Tháng 11', rows: [header, [new Date(Date.UTC(2025, 10, 5)), 'to-1', 120, 85]] },
      { name: 'Cũ', hidden: true, rows: [header, ['2025-10-01', 'to-1', 120, 10]] },
    ]);
    expect(shown(await read(file))).toMatchInlineSnapshot(`
      [
        "…/hai-trang.xlsx: Tệp có số liệu ở 2 trang tính ("Tháng 10", "Tháng 11"), nhưng trang web chỉ đọc một. Chuyển hết số liệu vào một trang tính, rồi xóa các trang còn lại.",
      ]
    `);
  });

  it('refuses figures on a hidden or very hidden sheet, as a second sheet is', async () => {
    const file = await workbook('trang-an.xlsx', [
      { name: 'Số liệu', rows: [header, [new Date(Date.UTC(2025, 10, 5)), 'to-1', 120, 85]] },
      {
        name: 'Ẩn',
        hidden: true,
        rows: [header, [new Date(Date.UTC(2025, 10, 5)), 'to-2', 90, 80]],
      },
      { name: 'Ẩn sâu', hidden: 'veryHidden', rows: [['ghi chú']] },
    ]);
    expect(shown(await read(file))).toMatchInlineSnapshot(`
      [
        "…/trang-an.xlsx: Tệp có số liệu ở trang tính đang bị ẩn ("Ẩn", "Ẩn sâu"), nhưng trang web chỉ đọc một trang tính đang hiện. Hiện trang tính đó (bấm chuột phải vào tên một trang tính → Unhide), chuyển hết số liệu vào một trang tính, rồi xóa các trang còn lại.",
      ]
    `);
  });

  it('refuses a zip bomb and a sheet of 5,001 groups before parsing them, quickly', async () => {
    // 6 MB of spaces inside one part, a few kB once compressed.
    const bomb = path.join(dir, 'bom.xlsx');
    const zip = await JSZip.loadAsync(
      readFileSync(await workbook('nho.xlsx', [{ name: 'A', rows: [header] }])),
    );
    zip.file('xl/media/anh.bin', ' '.repeat(6_000_000));
    writeFileSync(bomb, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(statSync(bomb).size).toBeLessThan(50_000);
    // 5,002 rows with a value (a header and 5,001 groups): one more than a table may have.
    const rows = [
      header,
      ...Array.from({ length: 5_001 }, (_, index) => [
        new Date(Date.UTC(2025, 10, 5)),
        `to-${index}`,
        1,
        1,
      ]),
    ];
    const long = await workbook('dai.xlsx', [{ name: 'Số liệu', rows }]);
    const started = performance.now();
    expect(shown([...(await read(bomb)), ...(await read(long))])).toMatchInlineSnapshot(`
      [
        "…/bom.xlsx: Tệp bảng tính quá lớn: giải nén ra hơn 5 MB, trong khi bảng của phường chỉ cần vài trăm dòng. Mở tệp bằng Excel, xóa các trang tính, dòng, cột và hình ảnh thừa, rồi lưu lại.",
        "…/dai.xlsx: Tệp bảng tính có 5.002 dòng có số liệu trong một trang tính, nhiều hơn 5.000 dòng mà bảng của một phường có thể có. Kiểm tra lại tệp: xóa các dòng thừa (kể cả dòng chỉ có dấu cách hay số 0), rồi lưu lại.",
      ]
    `);
    expect(performance.now() - started).toBeLessThan(5_000);
  }, 60_000);

  it('refuses a merged cell across two groups, naming the range', async () => {
    // 98 households typed once for to-1 and to-2: each group would count 98.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Số liệu');
    sheet.addRow(header);
    sheet.addRow([new Date(Date.UTC(2025, 10, 5)), 'to-1', 98, 40]);
    sheet.addRow([new Date(Date.UTC(2025, 10, 5)), 'to-2', null, 30]);
    sheet.mergeCells('C2:C3');
    const file = path.join(dir, 'gop-o.xlsx');
    await book.xlsx.writeFile(file);
    expect(shown(await read(file))).toMatchInlineSnapshot(`
      [
        "…/gop-o.xlsx, trang tính "Số liệu", dòng 2: Các ô C2:C3 được gộp lại, nên cùng một giá trị bị tính cho mỗi dòng, mỗi cột mà ô gộp phủ lên. Bỏ gộp ô (Merge & Center → Unmerge Cells) rồi ghi giá trị riêng cho từng ô.",
      ]
    `);
  });

  it('says a formula never calculated is a formula, not an empty cell', async () => {
    const file = await workbook('cong-thuc.xlsx', [
      {
        name: 'Số liệu',
        rows: [header, [new Date(Date.UTC(2025, 10, 5)), 'to-1', 120, { formula: 'SUM(E2:F2)' }]],
      },
    ]);
    expect(shown(await read(file))).toMatchInlineSnapshot(`
      [
        "…/cong-thuc.xlsx, trang tính "Số liệu", dòng 2: Ô D2 là công thức chưa được tính nên không có số. Mở tệp bằng Excel (để Excel tính lại các công thức) rồi lưu lại; hoặc ghi thẳng số vào ô.",
      ]
    `);
  });
});
