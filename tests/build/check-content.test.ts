/**
 * `npm run check:content` on a ward's content, as the deploy workflow runs it: a refused build is
 * reported in the one Vietnamese form, in the console, the Markdown report and the JSON list, with
 * nothing in English from the MDX compiler.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
