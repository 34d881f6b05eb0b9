/**
 * The content contract: each schema with good content (the real files and the Việt Hòa fixture)
 * and bad fixtures, with the messages editors will read pinned, since the editor's guide quotes them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { refuseSamples } from '../../src/lib/content-rules/build-mode.ts';
import { findSamples } from '../../src/lib/content-rules/samples.ts';
import {
  ContentError,
  formatProblem,
  type Problem,
} from '../../src/lib/content-rules/content-errors.ts';
import { parseCsv, readCsv } from '../../src/lib/tables/csv.ts';
import { parseSite, readSite } from '../../src/lib/content-rules/site-file.ts';
import { readGroups, readOfficials, readParticipation } from '../../src/lib/tables/read.ts';
import { validateFrontmatter } from '../../src/lib/content-rules/validate.ts';
import { announcementSchema } from '../../src/schemas/announcements.ts';
import { guideSchema } from '../../src/schemas/guides.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { storySchema } from '../../src/schemas/stories.ts';
import { groupRowSchema, participationRowSchema } from '../../src/schemas/tables.ts';
import { participationProblems } from '../../src/lib/tables/rules.ts';
import { SAMPLE_WARD } from '../sample-ward.ts';

const BAD = 'tests/fixtures/bad';
const VIET_HOA = 'tests/fixtures/viet-hoa';
const plainImage = () => z.string();

/** The messages an editor would see, one line each. */
function messages(problems: Problem[]): string[] {
  return problems.map(formatProblem);
}

async function thrown(run: () => unknown): Promise<string[]> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ContentError) return messages(error.problems);
    throw error;
  }
  throw new Error('expected a ContentError');
}

function frontmatterProblems(schema: z.ZodType, source: string, file = 'content/x.md'): string[] {
  const { result } = validateFrontmatter(schema, source, file);
  return result.ok ? [] : messages(result.problems);
}

describe('site.yaml', () => {
  it('reads the real site and the Việt Hòa fixture', () => {
    const site = readSite();
    expect(site.campaign.opens).toBe('2025-10-11');
    expect(site.campaign.closes).toBe('2025-11-11');
    expect(site.targets).toEqual({ officials: 100, households: 70 });
    expect(site.site.url.endsWith('/')).toBe(true);
    expect(readSite(`${VIET_HOA}/site.yaml`).ward.name).toBe('Phường Việt Hòa');
  });

  it('refuses a date that is not on the calendar, naming the line and the field', async () => {
    expect(await thrown(() => readSite(`${BAD}/site-impossible-date.yaml`))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/site-impossible-date.yaml, dòng 18, trường "campaign.closes": Ngày "2025-11-31" không có trên lịch. Kiểm tra lại ngày và tháng (ngày/tháng/năm), ví dụ: 11/11/2025",
      ]
    `);
  });

  it('reads the campaign’s days written day-first', () => {
    const source = readFileSync(`${VIET_HOA}/site.yaml`, 'utf8')
      .replace(/opens: .*/, 'opens: 1/10/2025')
      .replace(/closes: .*/, 'closes: 11/11/2025');
    expect(parseSite(source, 'content/site.yaml').campaign).toMatchObject({
      opens: '2025-10-01',
      closes: '2025-11-11',
    });
  });

  it('refuses a campaign that closes before it opens', async () => {
    const source = readFileSync(`${SAMPLE_WARD}/site.yaml`, 'utf8').replace(
      'closes: 2025-11-11',
      'closes: 2025-10-01',
    );
    expect(await thrown(() => parseSite(source, 'content/site.yaml'))).toMatchInlineSnapshot(`
      [
        "content/site.yaml, dòng 32, trường "campaign.closes": Ngày kết thúc (01/10/2025) đứng trước ngày mở (11/10/2025). Kiểm tra lại hai ngày này.",
      ]
    `);
  });

  it('names a misspelt field and a missing one', async () => {
    const source = readFileSync(`${SAMPLE_WARD}/site.yaml`, 'utf8')
      .replace('  questions: 20', '  qestions: 20')
      .replace(/ {2}courseUrl: .*\n/, '');
    expect(await thrown(() => parseSite(source, 'content/site.yaml'))).toMatchInlineSnapshot(`
      [
        "content/site.yaml, dòng 24, trường "campaign.courseUrl": Thiếu đường link khóa học trên One Touch. Ví dụ: https://onetouch.mic.gov.vn/khoa-hoc/...",
        "content/site.yaml, dòng 24, trường "campaign.questions": Thiếu số câu hỏi. Ví dụ: questions: 20",
        "content/site.yaml, dòng 34, trường "campaign.qestions": Trường lạ, có thể viết sai chính tả. Các trường được dùng ở đây: name, shortName, organizer, platform, audience, courseUrl, opens, closes, reportDeadline, timeZone, questions, storyName, rulesUrl.",
      ]
    `);
  });

  it('refuses a link that is not a full https address', async () => {
    const source = readFileSync(`${SAMPLE_WARD}/site.yaml`, 'utf8').replace(
      'url: https://zalo.me/g/motzcq639',
      'url: zalo.me/g/motzcq639',
    );
    expect(await thrown(() => parseSite(source, 'content/site.yaml'))).toMatchInlineSnapshot(`
      [
        "content/site.yaml, dòng 63, trường "help.zalo.url": "zalo.me/g/motzcq639" không phải địa chỉ web đầy đủ. Chép nguyên địa chỉ, bắt đầu bằng https://, ví dụ: https://zalo.me/g/...",
      ]
    `);
  });

  it('reports YAML syntax errors with their line', async () => {
    const problems = await thrown(() =>
      parseSite('site:\n  url: "https://x.example/\nward: [', 'content/site.yaml'),
    );
    expect(problems[0]).toMatch(/^content\/site\.yaml, dòng \d+: YAML sai cú pháp/);
  });
});

describe('announcements', () => {
  it('accepts the ward letter as published', () => {
    const file = `${SAMPLE_WARD}/announcements/trien-khai-cuoc-thi-cong-dan-so-hai-phong-2025.md`;
    const { result } = validateFrontmatter(announcementSchema, readFileSync(file, 'utf8'), file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.number).toBe('/UBND-VHXH');
    expect(result.data.signer.name).toBe('Nguyễn Văn Dân');
    expect(result.data.recipients).toHaveLength(14);
  });

  it('lists every missing field of an empty frontmatter, with what to write', () => {
    const file = `${BAD}/announcement-empty-frontmatter.md`;
    expect(frontmatterProblems(announcementSchema, readFileSync(file, 'utf8'), file))
      .toMatchInlineSnapshot(`
        [
          "tests/fixtures/bad/announcement-empty-frontmatter.md, dòng 2, trường "title": Thiếu trích yếu (tiêu đề, phần sau "V/v"). Ví dụ: title: "Triển khai cuộc thi ..."",
          "tests/fixtures/bad/announcement-empty-frontmatter.md, dòng 2, trường "number": Thiếu số văn bản. Ví dụ: number: "123/UBND-VHXH"",
          "tests/fixtures/bad/announcement-empty-frontmatter.md, dòng 2, trường "issuer": Thiếu cơ quan ban hành: viết mỗi dòng một mục, bắt đầu bằng "- ", ví dụ: - "ỦY BAN NHÂN DÂN"",
          "tests/fixtures/bad/announcement-empty-frontmatter.md, dòng 2, trường "place": Thiếu địa danh. Ví dụ: place: "Quang Trung"",
          "tests/fixtures/bad/announcement-empty-frontmatter.md, dòng 2, trường "date": Thiếu ngày văn bản. Viết ngày theo dạng ngày/tháng/năm, ví dụ: 11/10/2025",
          "tests/fixtures/bad/announcement-empty-frontmatter.md, dòng 2, trường "recipients": Thiếu nơi gửi (Kính gửi): viết mỗi dòng một mục, bắt đầu bằng "- ", ví dụ: - "Tổ trưởng các tổ dân phố"",
          "tests/fixtures/bad/announcement-empty-frontmatter.md, dòng 2, trường "signer": Thiếu người ký (signer): gồm các trường authority, name, mỗi trường một dòng dạng "tên: giá trị", thụt vào hai dấu cách.",
          "tests/fixtures/bad/announcement-empty-frontmatter.md, dòng 2, trường "summary": Thiếu tóm tắt. Ví dụ: summary: "UBND phường triển khai cuộc thi ..."",
        ]
      `);
  });

  it('refuses an impossible date that js-yaml would roll over to March', () => {
    const source = '---\ntitle: Tin\ndate: 2025-02-30\nsummary: Tóm tắt.\n---\n';
    expect(frontmatterProblems(newsSchema(plainImage), source)).toMatchInlineSnapshot(`
      [
        "content/x.md, dòng 3, trường "date": Ngày "2025-02-30" không có trên lịch. Kiểm tra lại ngày và tháng (ngày/tháng/năm), ví dụ: 11/10/2025",
      ]
    `);
  });

  it('names a misspelt field', () => {
    const source =
      '---\ntitle: Tạo tài khoản\nsumary: Tóm tắt.\norder: 1\nupdated: 2025-10-12\n---\n';
    expect(frontmatterProblems(guideSchema, source)).toMatchInlineSnapshot(`
      [
        "content/x.md, dòng 2, trường "summary": Thiếu tóm tắt. Ví dụ: summary: "Đăng ký tài khoản bằng số điện thoại trong 5 phút."",
        "content/x.md, dòng 3, trường "sumary": Trường lạ, có thể viết sai chính tả. Các trường được dùng ở đây: title, summary, order, updated, draft.",
      ]
    `);
  });

  it('normalises decomposed Vietnamese (NFD) to NFC', () => {
    const decomposed = 'Hướng dẫn'.normalize('NFD');
    const source = `---\ntitle: ${decomposed}\nsummary: Tóm tắt.\norder: 1\nupdated: 2025-10-12\n---\n`;
    const { result } = validateFrontmatter(guideSchema, source, 'content/guides/x.md');
    expect(result.ok && result.data.title).toBe('Hướng dẫn'.normalize('NFC'));
  });
});

describe('stories', () => {
  const schema = storySchema(plainImage, ['to-1', 'to-2'], ['thanh-nien-so']);
  const story = (fields: string) =>
    `---\ntitle: Bà tôi học số\nauthor:\n  name: Nguyễn Thị Lan\ndate: 2025-10-20\nsummary: Tóm tắt.\n${fields}\n---\nCâu chuyện.\n`;

  it('keeps a story unpublished unless consent and review are both given', () => {
    const { result } = validateFrontmatter(
      schema,
      story('group: to-1\ncategory: thanh-nien-so'),
      'x.md',
    );
    expect(
      result.ok && [result.data.consent, result.data.published, result.data.author.display],
    ).toEqual([false, false, 'first']);
  });

  it('refuses an unknown group or category, listing the known codes', () => {
    expect(frontmatterProblems(schema, story('group: to-9\ncategory: thanh-nien')))
      .toMatchInlineSnapshot(`
      [
        "content/x.md, dòng 7, trường "group": Không có tổ "to-9" trong groups.csv. Dùng một trong các mã: to-1, to-2",
        "content/x.md, dòng 8, trường "category": Không có nhóm câu chuyện "thanh-nien" trong site.yaml (stories.categories). Dùng một trong các mã: thanh-nien-so",
      ]
    `);
  });

  it('requires alt text with a photo', () => {
    expect(
      frontmatterProblems(schema, story('group: to-1\ncategory: thanh-nien-so\nphoto: ./anh.jpg')),
    ).toMatchInlineSnapshot(`
      [
        "content/x.md, dòng 2, trường "photoAlt": Có ảnh (photo) thì phải mô tả ảnh cho người không nhìn thấy. Ví dụ: photoAlt: "Bà Lan cầm điện thoại, cháu ngồi bên cạnh"",
      ]
    `);
  });
});

describe('groups.csv', () => {
  it('reads the real groups and the Việt Hòa fixture', async () => {
    expect((await readGroups()).map((row) => row.data.code)).toContain('to-1');
    expect((await readGroups(`${VIET_HOA}/groups.csv`)).map((row) => row.data.code)).toEqual([
      'khu-1',
      'khu-2',
    ]);
  });

  it('names each bad row by its line: unsafe code, repeated code, missing or too long name', async () => {
    expect(await thrown(() => readGroups(`${BAD}/groups-bad.csv`))).toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/groups-bad.csv, dòng 3, cột "code": Mã tổ "Tổ 2" không dùng được trong địa chỉ trang. Chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ: to-1",
        "tests/fixtures/bad/groups-bad.csv, dòng 4, cột "code": Trùng mã tổ với dòng 2. Mỗi mã tổ chỉ được có một dòng: xóa hoặc gộp một trong hai dòng.",
        "tests/fixtures/bad/groups-bad.csv, dòng 5, cột "name": Thiếu tên tổ. Ví dụ: Tổ dân phố số 1",
        "tests/fixtures/bad/groups-bad.csv, dòng 6, cột "name": Tên tổ dài 81 ký tự, nhiều nhất là 80 ký tự để vừa áp phích: viết gọn lại, ví dụ: Tổ dân phố số 1",
      ]
    `);
  });

  it('refuses a misspelt column header', () => {
    const file = `${BAD}/groups-misspelt-header.csv`;
    expect(messages(readCsv(readFileSync(file), file, groupRowSchema).problems))
      .toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/groups-misspelt-header.csv, dòng 1, cột "ten": Cột lạ. Các cột được dùng: code, name, leader, leader_phone, hall, help_hours, sample.",
        "tests/fixtures/bad/groups-misspelt-header.csv, dòng 1, cột "name": Thiếu cột này ở dòng tiêu đề. Dòng đầu cần có: code, name, leader, leader_phone, hall, help_hours, sample.",
      ]
    `);
  });

  it('reads the BOM and line endings a spreadsheet writes, and quoted commas', () => {
    const text =
      '\uFEFFcode,name,help_hours\r\nto-1,Tổ 1,"Tối thứ Bảy, 19:30"\r\n\r\nto-2,Tổ 2,\r\n';
    const table = parseCsv(text, 'groups.csv', groupRowSchema);
    expect(table.problems).toEqual([]);
    expect(table.rows.map((row) => [row.line, row.data.code, row.data.help_hours])).toEqual([
      [2, 'to-1', 'Tối thứ Bảy, 19:30'],
      [4, 'to-2', undefined],
    ]);
  });
});

describe('participation.csv', () => {
  const codes = ['to-1', 'to-2', 'to-3', 'to-4', 'to-5'];

  it('refuses a row naming an unknown group, by its line', async () => {
    expect(await thrown(() => readParticipation(codes, `${BAD}/participation-unknown-group.csv`)))
      .toMatchInlineSnapshot(`
      [
        "tests/fixtures/bad/participation-unknown-group.csv, dòng 3, cột "group": Không có tổ mã "to-99" trong groups.csv. Dùng một mã có trong groups.csv: to-1, to-2, to-3, to-4, to-5.",
      ]
    `);
  });

  it('reads a day written day-first as the same day written year-month-day', () => {
    const text =
      'date,group,households,joined\n5/11/2025,to-1,120,85\n2025-11-05,to-1,120,85\n31/02/2025,to-2,100,40\n';
    const table = parseCsv(text, 'participation.csv', participationRowSchema);
    expect(table.rows.map((row) => row.data.date)).toEqual(['2025-11-05', '2025-11-05']);
    expect(messages(table.problems)).toEqual([
      'participation.csv, dòng 4, cột "date": Ngày "31/02/2025" không có trên lịch. Kiểm tra lại ngày và tháng (ngày/tháng/năm), ví dụ: 05/11/2025',
    ]);
    // One day, two ways of writing it: the same group counted twice that day.
    expect(
      messages(participationProblems('participation.csv', table, codes, 'groups.csv')),
    ).toEqual([
      'participation.csv, dòng 3, cột "group": Trùng tổ và ngày thống kê với dòng 2. Mỗi tổ và ngày thống kê chỉ được có một dòng: xóa hoặc gộp một trong hai dòng.',
    ]);
  });

  it('names every bad row: not a number, more joined than households, no date, negative, repeated', async () => {
    expect(await thrown(() => readParticipation(codes, `${BAD}/participation-bad-rows.csv`)))
      .toMatchInlineSnapshot(`
        [
          "tests/fixtures/bad/participation-bad-rows.csv, dòng 3, cột "households": Số hộ "một trăm" không hợp lệ: viết số nguyên không âm, chỉ gồm chữ số (không dấu chấm, dấu phẩy, chữ), ví dụ: 120",
          "tests/fixtures/bad/participation-bad-rows.csv, dòng 4, cột "joined": Số hộ đã tham gia (150) lớn hơn tổng số hộ (100). Kiểm tra lại hai số này.",
          "tests/fixtures/bad/participation-bad-rows.csv, dòng 5, cột "date": Thiếu ngày thống kê. Viết ngày theo dạng ngày/tháng/năm, ví dụ: 05/11/2025",
          "tests/fixtures/bad/participation-bad-rows.csv, dòng 6, cột "households": Số hộ "-3" không hợp lệ: viết số nguyên không âm, chỉ gồm chữ số (không dấu chấm, dấu phẩy, chữ), ví dụ: 120",
          "tests/fixtures/bad/participation-bad-rows.csv, dòng 7, cột "group": Trùng tổ và ngày thống kê với dòng 2. Mỗi tổ và ngày thống kê chỉ được có một dòng: xóa hoặc gộp một trong hai dòng.",
        ]
      `);
  });
});

describe('officials.csv', () => {
  it('names every bad row: not a number, more joined than officials, no date, none at all, repeated, negative', async () => {
    expect(await thrown(() => readOfficials(`${BAD}/officials-bad-rows.csv`)))
      .toMatchInlineSnapshot(`
        [
          "tests/fixtures/bad/officials-bad-rows.csv, dòng 3, cột "officials": Số cán bộ "chín" không hợp lệ: viết số nguyên không âm, chỉ gồm chữ số (không dấu chấm, dấu phẩy, chữ), ví dụ: 25",
          "tests/fixtures/bad/officials-bad-rows.csv, dòng 4, cột "joined": Số cán bộ đã tham gia (13) lớn hơn tổng số cán bộ (12). Kiểm tra lại hai số này.",
          "tests/fixtures/bad/officials-bad-rows.csv, dòng 5, cột "date": Thiếu ngày thống kê. Viết ngày theo dạng ngày/tháng/năm, ví dụ: 05/11/2025",
          "tests/fixtures/bad/officials-bad-rows.csv, dòng 6, cột "officials": Tổng số cán bộ bằng 0: không tính được tỷ lệ. Ghi số cán bộ của đơn vị, hoặc xóa dòng này.",
          "tests/fixtures/bad/officials-bad-rows.csv, dòng 7, cột "unit": Trùng đơn vị và ngày thống kê với dòng 2. Mỗi đơn vị và ngày thống kê chỉ được có một dòng: xóa hoặc gộp một trong hai dòng.",
          "tests/fixtures/bad/officials-bad-rows.csv, dòng 8, cột "officials": Số cán bộ "-2" không hợp lệ: viết số nguyên không âm, chỉ gồm chữ số (không dấu chấm, dấu phẩy, chữ), ví dụ: 25",
        ]
      `);
  });
});

describe('sample content', () => {
  afterEach(() => {
    delete process.env.SITE_ENV;
  });

  it('is accepted by default and refused by a production build', () => {
    const items = [{ file: 'content/groups.csv', line: 2 }];
    expect(refuseSamples(items)).toEqual([]);
    process.env.SITE_ENV = 'production';
    expect(messages(refuseSamples(items))).toMatchInlineSnapshot(`
      [
        "content/groups.csv, dòng 2, trường "sample": Đây là dữ liệu mẫu, bản chính thức (SITE_ENV=production) không đăng dữ liệu mẫu. Thay bằng nội dung thật rồi bỏ đánh dấu mẫu, hoặc xóa mục này.",
      ]
    `);
  });
});

describe('findSamples', () => {
  it('lists every piece of sample content in a content folder, with its line', async () => {
    expect((await findSamples(VIET_HOA)).map((item) => [item.file, item.line, item.field])).toEqual(
      [
        [`${VIET_HOA}/site.yaml`, undefined, 'site.urlIsSample'],
        [`${VIET_HOA}/groups.csv`, 2, undefined],
        [`${VIET_HOA}/groups.csv`, 3, undefined],
      ],
    );
  });
});

describe('the sample ward', () => {
  // Guides and pages are the campaign's own text, written with <Fact> from site.yaml: they hold
  // nothing invented about a ward. Every other kind of entry in the sample ward is invented.
  const INVENTED = ['announcements', 'news', 'stories', 'bulletins', 'self-check'];

  it('marks every invented entry `sample`, letters included', () => {
    const unmarked = INVENTED.flatMap((folder) =>
      readdirSync(path.join(SAMPLE_WARD, folder))
        .filter((name) => name.endsWith('.md'))
        .map((name) => path.join(SAMPLE_WARD, folder, name))
        .filter((file) => !/^sample: true$/m.test(readFileSync(file, 'utf8').split('---')[1]!)),
    );
    expect(unmarked).toEqual([]);
  });

  it('has sample content of every kind that a production build refuses', async () => {
    const kinds = new Set(
      (await findSamples(SAMPLE_WARD)).map((item) => {
        const relative = path.relative(SAMPLE_WARD, item.file);
        return relative.includes('/') ? relative.split('/')[0] : relative;
      }),
    );
    expect([...kinds].sort()).toEqual(
      [
        'site.yaml',
        'groups.csv',
        'participation.csv',
        'officials.csv',
        'announcements',
        'news',
        'stories',
        'bulletins',
        'self-check',
      ].sort(),
    );
  });
});
