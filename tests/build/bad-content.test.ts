/**
 * Bad content fails the build, and the message names the file (and line) and the field. Each case
 * breaks a copy of the real content and runs `astro sync`, the step of the build that loads and
 * checks content.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astro, copyContent } from './astro.ts';
import { SAMPLE_WARD } from '../sample-ward.ts';

function syncFails(edit: (dir: string) => void, env: Record<string, string> = {}) {
  const dir = copyContent(SAMPLE_WARD);
  edit(dir);
  const run = astro(['sync'], { SITE_CONTENT: dir, ...env });
  return { ...run, dir };
}

describe('a build with bad content fails and says where', () => {
  it('an announcement with empty frontmatter', () => {
    const run = syncFails((dir) =>
      writeFileSync(path.join(dir, 'announcements/thong-bao-moi.md'), '---\n---\n\nNội dung.\n'),
    );
    expect(run.status).not.toBe(0);
    const file = `${run.dir}/announcements/thong-bao-moi.md, dòng 2`;
    expect(run.output).toContain(`${file}, trường "title": Thiếu trích yếu`);
    expect(run.output).toContain(`${file}, trường "date": Thiếu ngày văn bản`);
    expect(run.output).toContain(`${file}, trường "signer": Thiếu người ký`);
  });

  it('site.yaml with a date that is not on the calendar', () => {
    const run = syncFails((dir) => {
      const file = path.join(dir, 'site.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('opens: 2025-10-11', 'opens: 2025-09-31'),
      );
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(
      /site\.yaml, dòng \d+, trường "campaign\.opens": Ngày "2025-09-31" không có trên lịch/,
    );
  });

  it('a participation row naming a group that does not exist', () => {
    const run = syncFails((dir) =>
      writeFileSync(
        path.join(dir, 'participation.csv'),
        'date,group,households,joined\n2025-11-05,to-1,120,85\n2025-11-05,to-99,90,40\n',
      ),
    );
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      `${run.dir}/participation.csv, dòng 3, cột "group": Không có tổ mã "to-99" trong groups.csv.`,
    );
  });

  it('sample content in a production build: every piece, before anything is built', () => {
    const run = syncFails(() => {}, { SITE_ENV: 'production' });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      `${run.dir}/site.yaml, trường "site.urlIsSample": Đây là dữ liệu mẫu`,
    );
    for (const line of [2, 3, 4, 5, 6, 7]) {
      expect(run.output).toContain(
        `${run.dir}/groups.csv, dòng ${line}, trường "sample": Đây là dữ liệu mẫu`,
      );
    }
    // One of each other kind, the ward's letter included.
    for (const file of [
      'participation.csv, dòng 2',
      'officials.csv, dòng 2',
      'announcements/trien-khai-cuoc-thi-cong-dan-so-hai-phong-2025.md, dòng 39',
      'news/phuong-tan-hung-phat-dong-cuoc-thi-cong-dan-so.md, dòng 12',
      'bulletins/moi-ba-con-tham-gia-cuoc-thi.md',
      'stories/hoc-so-cung-con-gai.md',
      'self-check/tao-tai-khoan-1.md',
    ]) {
      expect(run.output).toContain(`${run.dir}/${file}`);
    }
    expect(run.output).not.toContain('Syncing content');
  });
});
