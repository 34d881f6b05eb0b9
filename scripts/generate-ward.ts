/**
 * Writes a large invented ward for the benchmark: a copy of content/ (site.yaml, letters,
 * bulletins, guides, pages) with many residential groups, stories and news items, following the
 * schemas in src/schemas/. Everything it writes is marked sample. Build it with SITE_CONTENT.
 *
 *   node scripts/generate-ward.ts --out /tmp/ward [--groups 500] [--stories 2000] [--news 300]
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { markdownFile } from '../src/lib/content-rules/frontmatter.ts';
import { readSite } from '../src/lib/content-rules/site-file.ts';

export interface WardSize {
  groups: number;
  stories: number;
  news: number;
}

const GIVEN = ['Lan', 'Minh', 'Hoa', 'Sơn', 'Mai', 'Hùng', 'Thu', 'Đức', 'Ngọc', 'Tuấn', 'Hằng'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const SENTENCES = [
  'Lúc đầu tôi rất ngại vì chưa bao giờ tự cài một ứng dụng trên điện thoại.',
  'Cháu tôi ngồi bên cạnh, chỉ cho tôi từng bước đăng ký tài khoản One Touch.',
  'Sau ba buổi tối ở nhà văn hóa, tôi đã học xong các bài của khóa học.',
  'Tôi làm bài thi hai mươi câu hỏi và rất vui khi thấy mình trả lời đúng gần hết.',
  'Bây giờ tôi biết nhận ra tin nhắn lừa đảo và không bấm vào đường link lạ.',
  'Tôi đã hướng dẫn lại cho hai người hàng xóm cách gọi video cho con cháu ở xa.',
  'Đoàn viên thanh niên đến tận nhà giúp các cụ cao tuổi trong tổ.',
  'Chị em phụ nữ trong tổ rủ nhau học cùng con vào các buổi tối cuối tuần.',
  'Tôi mong mọi người trong phường cùng tham gia để sống an toàn hơn trên mạng.',
  'Cuộc thi giúp tôi tự tin hơn khi dùng điện thoại để làm thủ tục hành chính.',
];

/** A small deterministic generator, so every run builds the same ward. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function paragraphs(next: () => number, count: number, perParagraph: number): string {
  return Array.from({ length: count }, () =>
    Array.from(
      { length: perParagraph },
      () => SENTENCES[Math.floor(next() * SENTENCES.length)],
    ).join(' '),
  ).join('\n\n');
}

/** A date within the campaign: 2025-10-11 plus up to 31 days. */
function campaignDate(next: () => number): string {
  const day = new Date(Date.UTC(2025, 9, 11 + Math.floor(next() * 31)));
  return day.toISOString().slice(0, 10);
}

export function generateWard(out: string, size: WardSize, from = 'content'): void {
  rmSync(out, { recursive: true, force: true });
  cpSync(from, out, { recursive: true });
  const next = random(2025);
  const site = readSite(path.join(from, 'site.yaml'));
  const categories = site.stories.categories.map((category) => category.code);
  if (categories.length === 0) throw new Error('site.yaml has no stories.categories');

  const rows = ['code,name,leader,leader_phone,hall,help_hours,sample'];
  for (let index = 1; index <= size.groups; index++) {
    const leader = `${FAMILY[index % FAMILY.length]} Văn ${GIVEN[index % GIVEN.length]}`;
    rows.push(
      `to-${index},Tổ dân phố số ${index},${leader},,Nhà văn hóa tổ dân phố số ${index},"Tối thứ Bảy, 19:30–21:00",x`,
    );
  }
  writeFileSync(path.join(out, 'groups.csv'), `${rows.join('\n')}\n`);

  const stories = path.join(out, 'stories');
  mkdirSync(stories, { recursive: true });
  for (let index = 1; index <= size.stories; index++) {
    const name = `${FAMILY[Math.floor(next() * FAMILY.length)]} Thị ${GIVEN[Math.floor(next() * GIVEN.length)]}`;
    const data = {
      title: `Câu chuyện số ${index}: tôi học số và giúp người bên cạnh`,
      author: { name, display: 'first', age: 30 + Math.floor(next() * 50) },
      group: `to-${1 + Math.floor(next() * size.groups)}`,
      category: categories[index % categories.length],
      date: campaignDate(next),
      summary: SENTENCES[index % SENTENCES.length]!,
      consent: true,
      published: true,
      sample: true,
    };
    writeFileSync(
      path.join(stories, `cau-chuyen-${index}.md`),
      markdownFile({ data, body: paragraphs(next, 4, 4) }),
    );
  }

  const news = path.join(out, 'news');
  mkdirSync(news, { recursive: true });
  for (let index = 1; index <= size.news; index++) {
    const data = {
      title: `Tin số ${index}: phường đẩy mạnh hỗ trợ người dân tham gia Cuộc thi`,
      date: campaignDate(next),
      summary: SENTENCES[(index + 3) % SENTENCES.length]!,
      tags: [index % 2 ? 'Thanh niên số' : 'Hỗ trợ người cao tuổi'],
      sample: true,
    };
    writeFileSync(
      path.join(news, `tin-${index}.md`),
      markdownFile({ data, body: paragraphs(next, 5, 3) }),
    );
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      groups: { type: 'string', default: '500' },
      stories: { type: 'string', default: '2000' },
      news: { type: 'string', default: '300' },
    },
  });
  if (!values.out) throw new Error('Give the folder to write: --out /tmp/ward');
  const size = {
    groups: Number(values.groups),
    stories: Number(values.stories),
    news: Number(values.news),
  };
  generateWard(values.out, size);
  console.log(
    `Wrote ${size.groups} groups, ${size.stories} stories and ${size.news} news items to ${values.out}`,
  );
}
