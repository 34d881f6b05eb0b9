/**
 * `npm run check:content` on a ward's content, as the deploy workflow runs it: a refused build is
 * reported in the one Vietnamese form, in the console, the Markdown report and the JSON list, with
 * nothing in English from the MDX compiler; and every problem of the content is listed in one run,
 * not one round per save.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { SAMPLE_WARD } from '../sample-ward.ts';
import { copyContent } from './astro.ts';

it('refuses a picture without a description, naming the file and line in every form of the report', () => {
  const dir = copyContent('tests/fixtures/viet-hoa');
  const out = mkdtempSync(path.join(tmpdir(), 'check-content-'));
  // The ward's letter, with a picture added two lines below its last line.
  const letter = path.join(dir, 'announcements/khuyen-khich-tham-gia-cuoc-thi.md');
  const text = readFileSync(letter, 'utf8').trimEnd();
  writeFileSync(letter, `${text}\n\nẢnh: <img src="./a.jpg">\n`);
  copyFileSync(`${SAMPLE_WARD}/news/mo-cuoc-thi.jpg`, path.join(dir, 'announcements/a.jpg'));
  const pictureLine = text.split('\n').length + 2;
  const run = spawnSync(
    process.execPath,
    [
      'scripts/check-content.ts',
      '--allow-sample',
      '--report',
      path.join(out, 'report.md'),
      '--json',
      path.join(out, 'report.json'),
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, SITE_CONTENT: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    },
  );
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status, output).toBe(1);
  const line = `announcements/khuyen-khich-tham-gia-cuoc-thi.md, dòng ${pictureLine}: Ảnh "./a.jpg" chưa có mô tả cho người không nhìn thấy.`;
  expect(output).toContain(`Nội dung chưa thể đăng: 1 lỗi.`);
  expect(output).toContain(line);
  const problems = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ line: pictureLine });
  expect(problems[0].file).toMatch(/announcements\/khuyen-khich-tham-gia-cuoc-thi\.md$/);
  const report = readFileSync(path.join(out, 'report.md'), 'utf8');
  expect(report).toContain('## Trang web chưa được cập nhật');
  expect(report).toContain('chưa có mô tả cho người không nhìn thấy');
});

/** The content check on `dir`, as the deploy runs it but accepting the fixture's sample data. */
function checkContent(dir: string) {
  const out = mkdtempSync(path.join(tmpdir(), 'check-content-'));
  // Vitest's own variables (BASE_URL, NODE_ENV …) must not reach the build.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(name),
    ),
  );
  const run = spawnSync(
    process.execPath,
    ['scripts/check-content.ts', '--allow-sample', '--json', path.join(out, 'report.json')],
    {
      encoding: 'utf8',
      env: { ...env, SITE_CONTENT: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    },
  );
  const output = `${run.stdout}\n${run.stderr}`;
  const problems = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as {
    file: string;
    line?: number;
    field?: string;
    message: string;
  }[];
  // Each problem as "file, line, field", the file relative to the content folder.
  const where = problems.map((problem) =>
    [path.relative(dir, path.resolve(problem.file)), problem.line, problem.field]
      .filter((part) => part !== undefined)
      .join(', '),
  );
  return { status: run.status, output, problems, where };
}

/** The content check on `dir`, refusing it with problems at exactly `where`, in that order. */
function refused(dir: string, where: string[]) {
  const run = checkContent(dir);
  expect(run.status, run.output).toBe(1);
  expect(run.where).toEqual(where);
  return run;
}

/** Writes `lines` to `file` inside `dir`, its folder made if need be. */
function write(dir: string, file: string, lines: string[]): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), `${lines.join('\n')}\n`);
}

const STORY = [
  '---',
  'title: Bà tôi đã biết gọi video cho cháu',
  'author:',
  '  name: Trần Minh Đức',
  'group: khu-1',
  'category: khong-co', // line 6: no such category in site.yaml
  'date: 2025-10-20',
  'summary: Nhờ cháu hướng dẫn, bà đã tự học xong khóa học.',
  'consent: true',
  'published: true',
  '---',
  '',
  'Bà tôi đã biết gọi video.',
];

const GUIDE = [
  '---',
  'title: Xem video hướng dẫn',
  'summary: Video hướng dẫn từng bước.',
  'order: 1',
  'updated: 2025-10-13',
  '---',
  '',
  'Xem <SiteLink to="video" /> trước khi bắt đầu.', // line 8: site.yaml has no help.videoUrl
  '',
  '![](./khong-co.jpg)', // line 10: no description, no such picture
];

const PAGE = [
  '---',
  'title: Tài liệu',
  'summary: Tài liệu của cuộc thi.',
  'updated: 2025-10-13',
  '---',
  '',
  'Video: <SiteLink to="video">video hướng dẫn</SiteLink>.', // line 7: no help.videoUrl either
];

it('lists every problem of the content in one run: site.yaml, the folder, frontmatter, stories, pictures, links', () => {
  const dir = copyContent('tests/fixtures/viet-hoa');
  const site = path.join(dir, 'site.yaml');
  // (a) a bad field in site.yaml, on line 28
  writeFileSync(site, readFileSync(site, 'utf8').replace('questions: 20', 'questions: hai mươi'));
  // (b) a file at the top of the folder that the build does not read
  writeFileSync(path.join(dir, 'participation (1).csv'), 'group,date,joined\n');
  // (c) a news item with a date that does not exist, on line 3
  write(dir, 'news/tin-moi.md', [
    '---',
    'title: Tin mới',
    'date: 2025-13-45',
    'summary: Tóm tắt.',
    '---',
    '',
    'Nội dung.',
  ]);
  // (d) a story with a category site.yaml does not list
  write(dir, 'stories/ba-toi.md', STORY);
  // (e) a guide with a picture that has no description and does not exist, and a link to the
  // video that site.yaml does not give; a page with the same link.
  write(dir, 'guides/xem-video.mdx', GUIDE);
  write(dir, 'pages/tai-lieu.mdx', PAGE);

  const run = refused(dir, [
    'guides/xem-video.mdx, 8',
    'guides/xem-video.mdx, 10',
    'guides/xem-video.mdx, 10',
    'news/tin-moi.md, 3, date',
    'pages/tai-lieu.mdx, 7',
    'participation (1).csv',
    'site.yaml, 28, campaign.questions',
    'stories/ba-toi.md, 6, category',
  ]);
  const messages = run.problems.map((problem) => problem.message).join('\n');
  expect(messages).toContain('Đổi tên thành participation.csv');
  expect(messages).toContain('Không có nhóm câu chuyện "khong-co" trong site.yaml');
  expect(messages).toContain('Ảnh "./khong-co.jpg" không có trong thư mục guides/');
  expect(messages).toContain('chưa có mô tả');
  // The link names the guide's line and the field site.yaml lacks.
  expect(run.problems[0]!.message).toMatch(
    /^Thẻ <SiteLink to="video"> cần địa chỉ help\.videoUrl trong .*site\.yaml/,
  );
  expect(run.output).toContain(`Nội dung chưa thể đăng: 8 lỗi.`);
  expect(run.output).toContain('chưa dựng trang');
});

it('says in one line what it could not check when site.yaml is not YAML, and lists the rest', () => {
  const dir = copyContent('tests/fixtures/viet-hoa');
  writeFileSync(path.join(dir, 'site.yaml'), 'site: [chưa đóng ngoặc\n');
  write(dir, 'stories/ba-toi.md', STORY);
  write(dir, 'guides/xem-video.mdx', GUIDE);
  // A count with more households joined than there are, on line 2: the table's dates need
  // site.yaml, its rows do not.
  write(dir, 'participation.csv', [
    'date,group,group_name,households,joined,sample',
    '2025-10-25,khu-1,Khu dân cư số 1,50,80,x',
  ]);

  const run = refused(dir, [
    'guides/xem-video.mdx, 10',
    'guides/xem-video.mdx, 10',
    'participation.csv, 2, joined',
    'site.yaml',
    'site.yaml, 2',
  ]);
  expect(run.problems[3]!.message).toBe(
    'Vì tệp này còn lỗi, chưa kiểm tra được nhóm (category) của các câu chuyện và các thẻ <SiteLink> trong hướng dẫn và trang. Sửa các lỗi của tệp này rồi kiểm tra lại.',
  );
});

it('names every guide and page that links the video site.yaml leaves out, with the field, in one run', () => {
  const dir = copyContent('tests/fixtures/viet-hoa');
  // The fixture's site.yaml gives no help.videoUrl.
  expect(readFileSync(path.join(dir, 'site.yaml'), 'utf8')).not.toContain('videoUrl');
  write(dir, 'guides/xem-video.mdx', GUIDE.slice(0, -2));
  write(dir, 'pages/tai-lieu.mdx', PAGE);
  const run = refused(dir, ['guides/xem-video.mdx, 8', 'pages/tai-lieu.mdx, 7']);
  for (const problem of run.problems)
    expect(problem.message).toBe(
      `Thẻ <SiteLink to="video"> cần địa chỉ help.videoUrl trong ${path.join(dir, 'site.yaml')}, nhưng ${path.join(dir, 'site.yaml')} chưa có mục đó. Thêm help.videoUrl vào ${path.join(dir, 'site.yaml')}, hoặc xóa liên kết này khỏi bài.`,
    );
});

it('logs a broken guide once, in Vietnamese, with the parser’s English only as the maintainer’s detail', () => {
  const dir = copyContent(SAMPLE_WARD);
  const out = mkdtempSync(path.join(tmpdir(), 'check-content-'));
  // The sample guide's last line closes <Steps> as </Step>, the mistake staff made.
  const guide = path.join(dir, 'guides/tao-tai-khoan.mdx');
  const lines = readFileSync(guide, 'utf8').split('\n');
  expect(lines[56]).toBe('</Steps>');
  lines[56] = '</Step>';
  writeFileSync(guide, lines.join('\n'));
  const run = spawnSync(
    process.execPath,
    ['scripts/check-content.ts', '--allow-sample', '--report', path.join(out, 'report.md')],
    {
      encoding: 'utf8',
      env: { ...process.env, SITE_CONTENT: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    },
  );
  const output = `${run.stdout}\n${run.stderr}`;
  expect(run.status, output).toBe(1);
  const message = 'guides/tao-tai-khoan.mdx, dòng 57: Đổi </Step> thành </Steps>';
  expect(output.split(message)).toHaveLength(2);
  expect(output).toMatch(
    /Chi tiết kỹ thuật, cho người phụ trách kỹ thuật \(cán bộ không cần đọc\):\n {2}- \S+guides\/tao-tai-khoan\.mdx: Unexpected closing tag/,
  );
  const report = readFileSync(path.join(out, 'report.md'), 'utf8');
  expect(report).toContain('dòng 57: Đổi &lt;/Step&gt; thành &lt;/Steps&gt;');
  expect(report).not.toMatch(/Unexpected|Chi tiết kỹ thuật/);
});
