/**
 * Editor mistakes that once passed silently, each refused with one Vietnamese message naming the
 * file, the line, the field and the fix (the editor's guide quotes these messages).
 */
import { mkdirSync, mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '../../src/lib/content-rules/content-errors.ts';
import { readCsv, SAVE_AS_UTF8 } from '../../src/lib/tables/csv.ts';
import { fileNameProblems } from '../../src/lib/content-rules/file-names.ts';
import { placeholderProblems } from '../../src/lib/content-rules/placeholders.ts';
import { findSamples } from '../../src/lib/content-rules/samples.ts';
import { readOfficials } from '../../src/lib/tables/read.ts';
import { isPublicEntry } from '../../src/lib/content-rules/visibility.ts';
import { parseFrontmatter } from '../../src/lib/content-rules/yaml-source.ts';
import { validate, validateFrontmatter } from '../../src/lib/content-rules/validate.ts';
import { bulletinSchema } from '../../src/schemas/bulletins.ts';
import { groupRowSchema } from '../../src/schemas/tables.ts';

const VIET_HOA = 'tests/fixtures/viet-hoa';
const bulletin = (fields: string) =>
  `---\ntitle: Bản tin\ndate: 2025-10-20\nsummary: Tóm tắt.\n${fields}\n---\n\nBài đọc.\n`;

function problems(source: string): string[] {
  const { result } = validateFrontmatter(bulletinSchema, source, 'content/bulletins/x.md');
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('yes/no fields', () => {
  it('take only true or false: a word is refused, never read as yes or no', () => {
    for (const word of ['đúng', 'có', 'yes', 'không', '"true"'])
      expect(problems(bulletin(`draft: ${word}`))).toEqual([
        `content/bulletins/x.md, dòng 5, trường "draft": Draft (bản nháp) chỉ nhận true (có) hoặc false (không), viết liền không dấu ngoặc kép; "${word.replaceAll('"', '')}" không được hiểu.`,
      ]);
    expect(problems(bulletin('draft: false\nsample: true'))).toEqual([]);
  });

  it('in a spreadsheet, take "x" or an empty cell, and refuse any other word', () => {
    const row = { code: 'to-1', name: 'Tổ 1', hall: 'Nhà văn hóa' };
    const read = (sample: string) =>
      validate(groupRowSchema, { ...row, sample }, { file: 'g.csv' });
    expect(read('x')).toMatchObject({ ok: true, data: { sample: true } });
    expect(read('')).toMatchObject({ ok: true, data: { sample: false } });
    expect(read('có')).toMatchObject({
      ok: false,
      problems: [
        {
          field: 'sample',
          message:
            'Sample (dữ liệu mẫu) chỉ nhận "x" (có) hoặc để trống (không); "có" không được hiểu.',
        },
      ],
    });
  });
});

describe('sample content in production', () => {
  it('counts every value the schema does not read as "no", with one shared reading', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'samples-'));
    cpSync(VIET_HOA, dir, { recursive: true });
    mkdirSync(path.join(dir, 'bulletins'));
    writeFileSync(path.join(dir, 'bulletins/a.md'), bulletin('sample: "có"'));
    writeFileSync(path.join(dir, 'bulletins/b.md'), bulletin('sample: yes'));
    writeFileSync(path.join(dir, 'bulletins/c.md'), bulletin('sample: false'));
    const found = (await findSamples(dir)).filter((item) => item.file.includes('bulletins'));
    expect(found.map((item) => [path.basename(item.file), item.line])).toEqual([
      ['a.md', 5],
      ['b.md', 5],
    ]);
  });
});

describe('dates and indentation', () => {
  it('reads a date written day/month/year as that day, and names one not on the calendar', () => {
    const bulletin = (date: string) =>
      validateFrontmatter(
        bulletinSchema,
        `---\ntitle: Bản tin\ndate: ${date}\nsummary: Tóm tắt.\n---\n`,
        'content/bulletins/x.md',
      ).result;
    for (const [written, day] of [
      ['11/10/2025', '2025-10-11'],
      ['5/9/2025', '2025-09-05'],
      ['2025-10-11', '2025-10-11'],
    ] as const)
      expect(bulletin(written)).toMatchObject({ ok: true, data: { date: day } });
    expect(problems('---\ntitle: Bản tin\ndate: 31/02/2025\nsummary: Tóm tắt.\n---\n')).toEqual([
      'content/bulletins/x.md, dòng 3, trường "date": Ngày "31/02/2025" không có trên lịch. Kiểm tra lại ngày và tháng (ngày/tháng/năm), ví dụ: 11/10/2025',
    ]);
    expect(problems('---\ntitle: Bản tin\ndate: 20.10.2025\nsummary: Tóm tắt.\n---\n')).toEqual([
      'content/bulletins/x.md, dòng 3, trường "date": "20.10.2025" chưa đúng dạng ngày. Viết ngày/tháng/năm bằng số, ví dụ: 11/10/2025',
    ]);
  });

  it('names YAML indented with a tab, once per line', () => {
    expect(
      problems('---\ntitle: Bản tin\ndate: 2025-10-20\nsummary: >-\n\tTóm tắt\n\tdài.\n---\n'),
    ).toEqual([
      'content/bulletins/x.md, dòng 5: Dòng này thụt lề bằng phím Tab. YAML chỉ nhận dấu cách: xóa Tab ở đầu dòng và thụt vào bằng dấu cách (hai dấu cách mỗi bậc).',
      'content/bulletins/x.md, dòng 6: Dòng này thụt lề bằng phím Tab. YAML chỉ nhận dấu cách: xóa Tab ở đầu dòng và thụt vào bằng dấu cách (hai dấu cách mỗi bậc).',
    ]);
  });
});

describe('placeholder lines of npm run new', () => {
  const source = (fields: string, body: string) =>
    parseFrontmatter(
      `---\ntitle: Bản tin\ndate: 2025-10-20\n${fields}\n---\n\n${body}\n`,
      'content/bulletins/x.md',
    );

  it('are refused in an entry to be published, by line and field', () => {
    const found = placeholderProblems(
      'content/bulletins/x.md',
      source(
        'summary: "(Viết một câu tóm tắt bản tin.)"',
        'Mở đầu.\n\n(Viết bài đọc trên loa ở đây: câu ngắn, dễ nghe, đọc số bằng chữ khi cần.)',
      ),
    );
    expect(found.map(formatProblem)).toEqual([
      'content/bulletins/x.md, dòng 4, trường "summary": Còn dòng mẫu "(Viết một câu tóm tắt bản tin.)" do lệnh tạo bài viết sẵn. Thay bằng nội dung thật, hoặc để draft: true nếu bài chưa xong.',
      'content/bulletins/x.md, dòng 9: Còn dòng mẫu "(Viết bài đọc trên loa ở đây: câu ngắn, dễ nghe, đọc số bằng chữ khi cần.)" do lệnh tạo bài viết sẵn. Thay bằng nội dung thật, hoặc để draft: true nếu bài chưa xong.',
    ]);
    expect(placeholderProblems('x.md', source('summary: Tóm tắt thật.', 'Bài thật.'))).toEqual([]);
  });
});

describe('news dated in the future', () => {
  it('is held back until the build on its day', () => {
    const item = { date: '2025-10-21' };
    expect(isPublicEntry('news', item, '2025-10-20')).toBe(false);
    expect(isPublicEntry('news', item, '2025-10-21')).toBe(true);
    expect(isPublicEntry('news', item, '2025-10-22')).toBe(true);
    // A file's date written day-first, read before the schema (the sample-content check): the
    // day, not the text, decides.
    expect(isPublicEntry('news', { date: '05/01/2027' }, '2026-12-06')).toBe(false);
    expect(isPublicEntry('news', { date: '31/12/2025' }, '2026-12-06')).toBe(true);
    // Letters and bulletins keep the date they were issued or read out.
    expect(isPublicEntry('bulletins', item, '2025-10-20')).toBe(true);
  });
});

describe('one file-name rule for every collection', () => {
  it('refuses a name that is not an address, with the name to use, and two files of one address', () => {
    const found = fileNameProblems([
      'content/news/Tin Ngày hội Đoàn.md',
      'content/guides/Huong_dan.mdx',
      'content/pages/the-le.md',
      'content/pages/the-le.mdx',
      'content/stories/ba-lan.md',
    ]);
    expect(found.map(formatProblem)).toEqual([
      'content/guides/Huong_dan.mdx: Tên tệp "Huong_dan.mdx" không dùng được làm địa chỉ trang. Chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang: đổi tên thành huong-dan.mdx',
      'content/news/Tin Ngày hội Đoàn.md: Tên tệp "Tin Ngày hội Đoàn.md" không dùng được làm địa chỉ trang. Chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang: đổi tên thành tin-ngay-hoi-doan.md',
      'content/pages/the-le.mdx: Tệp này và the-le.md cùng làm ra một địa chỉ trang (the-le). Giữ một tệp, xóa hoặc đổi tên tệp kia.',
    ]);
  });
});

describe('tables that are not UTF-8', () => {
  const TEXT = 'code,name,hall\nto-1,Tổ dân phố số 1,Nhà văn hóa tổ 1\n';
  const read = (bytes: Uint8Array) => {
    const table = readCsv(bytes, 'groups.csv', groupRowSchema);
    return {
      names: table.rows.map((row) => row.data.name),
      problems: table.problems.map((problem) => problem.message),
    };
  };
  const utf16le = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf16le');

  it('are decoded when a byte-order mark makes the encoding certain', () => {
    const good = { names: ['Tổ dân phố số 1'], problems: [] };
    expect(read(Buffer.from(TEXT))).toEqual(good);
    expect(read(Buffer.from(`\uFEFF${TEXT}`))).toEqual(good);
    expect(read(utf16le(TEXT))).toEqual(good);
    expect(read(Buffer.from(utf16le(TEXT)).swap16())).toEqual(good);
  });

  it('are refused otherwise, with how to save them as "CSV UTF-8"', () => {
    // "Hòa" in Latin-1 (ò = F2); "Tổ" in the Windows Vietnamese code page (ô = F4, then the
    // combining hook above, D2): neither is valid UTF-8.
    const latin1 = Buffer.from('code,name,hall\nto-1,Hòa,Nhà\n', 'latin1');
    const cp1258 = Buffer.from([...Buffer.from('code,name,hall\nto-1,T'), 0xf4, 0xd2, 0x0a]);
    const notUtf8 =
      'Tệp không lưu bằng bảng mã UTF-8 (có thể là kiểu "CSV" thường của Excel, bảng mã Windows tiếng Việt hoặc Latin-1), đọc ra sẽ sai dấu tiếng Việt. ' +
      SAVE_AS_UTF8;
    expect(read(latin1)).toEqual({ names: [], problems: [notUtf8] });
    expect(read(cp1258)).toEqual({ names: [], problems: [notUtf8] });
    expect(read(Buffer.from(TEXT, 'utf16le')).problems).toEqual([
      `Tệp có vẻ lưu dạng UTF-16 mà không có dấu nhận biết (BOM), đọc ra sẽ sai dấu tiếng Việt. ${SAVE_AS_UTF8}`,
    ]);
    expect(SAVE_AS_UTF8).toContain('"CSV UTF-8 (Comma delimited) (*.csv)"');
  });

  it('names a semicolon-separated export as such', () => {
    expect(read(Buffer.from('code;name;hall\nto-1;Tổ 1;Nhà văn hóa\n')).problems).toEqual([
      `Tệp này phân cách các ô bằng dấu chấm phẩy (;), trang chỉ đọc tệp phân cách bằng dấu phẩy (,). ${SAVE_AS_UTF8}`,
    ]);
  });
});

describe('an officials unit written two ways', () => {
  it('is refused as a near-duplicate, naming the spelling to copy, never counted twice', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'officials-')), 'officials.csv');
    writeFileSync(
      file,
      [
        'date,unit,officials,joined',
        '2025-11-01,Phòng Văn hóa – Xã hội,9,5',
        '2025-11-01,Văn phòng HĐND và UBND,18,10',
        '2025-11-05,Phòng Văn hóa - Xã hội,9,9',
        '2025-11-05,văn phòng  HĐND và UBND,18,18',
        '',
      ].join('\n'),
    );
    expect(await thrownMessages(() => readOfficials(file))).toEqual([
      `${file}, dòng 4, cột "unit": "Phòng Văn hóa - Xã hội" gần giống "Phòng Văn hóa – Xã hội" ở dòng 2 (khác dấu gạch, dấu cách, chữ hoa hoặc dấu thanh), nên sẽ bị đếm thành hai đơn vị. Nếu là một đơn vị, chép đúng tên "Phòng Văn hóa – Xã hội" vào dòng này.`,
      `${file}, dòng 5, cột "unit": "văn phòng  HĐND và UBND" gần giống "Văn phòng HĐND và UBND" ở dòng 3 (khác dấu gạch, dấu cách, chữ hoa hoặc dấu thanh), nên sẽ bị đếm thành hai đơn vị. Nếu là một đơn vị, chép đúng tên "Văn phòng HĐND và UBND" vào dòng này.`,
    ]);
  });
});

async function thrownMessages(run: () => Promise<unknown>): Promise<string[]> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected a ContentError');
}
