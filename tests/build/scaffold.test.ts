/**
 * `npm run new` on a copy of the Việt Hòa fixture: each kind gives a file named after the folded
 * title that `astro sync` accepts as it is; asking again refuses, in Vietnamese, and keeps the file.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarDateIn, formatDate } from '../../src/lib/site/dates.ts';
import { astro, copyContent } from './astro.ts';

const TITLE = 'Đường đến Đồng Hòa – Ngày hội số!';
const FILE = 'duong-den-dong-hoa-ngay-hoi-so.md';

function runNew(content: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/new.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, SITE_CONTENT: content },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run new', () => {
  it('scaffolds a draft of each kind that builds as it is, and never overwrites', () => {
    const content = copyContent('tests/fixtures/viet-hoa');
    const folders = {
      news: 'news',
      letter: 'announcements',
      story: 'stories',
      bulletin: 'bulletins',
    };
    for (const [kind, folder] of Object.entries(folders)) {
      const run = runNew(content, kind, TITLE);
      expect(run.status, run.output).toBe(0);
      expect(run.output).toContain(`Đã tạo ${content}/${folder}/${FILE} (bản nháp).`);
      const text = readFileSync(path.join(content, folder, FILE), 'utf8');
      expect(text).toContain(`date: ${formatDate(calendarDateIn(new Date()))}\n`);
      expect(text).toContain('\ndraft: true\n');
    }
    const sync = astro(['sync'], { SITE_CONTENT: content });
    expect(sync.status, sync.output).toBe(0);

    const existing = path.join(content, 'news', FILE);
    writeFileSync(existing, 'Bài đang viết dở.\n');
    const again = runNew(content, 'news', TITLE);
    expect(again.status).toBe(1);
    expect(again.output).toBe(
      `Đã có tệp ${existing}: lệnh này không ghi đè. Mở tệp đó để sửa, hoặc đặt một tiêu đề khác.\n`,
    );
    expect(readFileSync(existing, 'utf8')).toBe('Bài đang viết dở.\n');
  });

  it('explains how to use it when the kind is unknown or the title is missing', () => {
    const content = copyContent('tests/fixtures/viet-hoa');
    const unknown = runNew(content, 'tin-tuc', TITLE);
    expect(unknown.status).toBe(1);
    expect(unknown.output).toContain('Không có loại nội dung "tin-tuc".');
    const untitled = runNew(content, 'news');
    expect(untitled.status).toBe(1);
    expect(untitled.output).toContain('Thiếu tiêu đề.\nCách dùng: npm run new -- <loại> "Tiêu đề"');
  });
});
