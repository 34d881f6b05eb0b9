/**
 * Stories through the real build: a story without consent or not yet reviewed appears nowhere,
 * and a story that gives a phone number, names an unknown group or has a photo without alt text
 * stops the build, saying which file and what to fix.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astro, copyContent } from './astro.ts';
import { SAMPLE_WARD } from '../sample-ward.ts';

const FIXTURE = 'tests/fixtures/viet-hoa';
const PHOTO = `${SAMPLE_WARD}/stories/anh/ba-chau-goi-video.jpg`;

function story(fields: string, body = 'Tôi dạy bà gọi video qua Zalo.') {
  return `---\ntitle: Bà tôi học số\nauthor:\n  name: Nguyễn Thị Lan\ngroup: khu-1\ncategory: thanh-nien-so\ndate: 2025-10-20\nsummary: Tóm tắt câu chuyện.\n${fields}\n---\n\n${body}\n`;
}

/** A copy of the Việt Hòa fixture with the given story files. */
function contentWith(stories: Record<string, string>): string {
  const dir = copyContent(FIXTURE);
  mkdirSync(path.join(dir, 'stories/anh'), { recursive: true });
  copyFileSync(PHOTO, path.join(dir, 'stories/anh/anh.jpg'));
  for (const [name, text] of Object.entries(stories)) {
    writeFileSync(path.join(dir, 'stories', name), text);
  }
  return dir;
}

describe('stories in the build', () => {
  it('publishes a story with consent and review, and nothing of one without either', () => {
    const dir = contentWith({
      'da-dong-y.md': story('consent: true\npublished: true'),
      'chua-dong-y.md': story('published: true', 'Câu chuyện CHƯA ĐỒNG Ý ĐĂNG.'),
      'chua-duyet.md': story('consent: true', 'Câu chuyện CHƯA DUYỆT.'),
    });
    const outDir = mkdtempSync(path.join(tmpdir(), 'stories-build-'));
    // NODE_ENV as a developer's shell may have it: it once made the build keep drafts.
    const run = astro(['build', '--outDir', outDir], {
      SITE_CONTENT: dir,
      NODE_ENV: 'development',
    });
    expect(run.status, run.output).toBe(0);

    const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
    expect(files).toContain('cau-chuyen/da-dong-y/index.html');
    expect(files.filter((file) => /chua-(dong-y|duyet)/.test(file))).toEqual([]);
    for (const file of files.filter((name) => /\.(html|xml|json|txt)$/.test(name))) {
      const text = readFileSync(path.join(outDir, file), 'utf8');
      expect(text, file).not.toMatch(/chua-dong-y|chua-duyet|CHƯA ĐỒNG Ý|CHƯA DUYỆT/);
    }
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/cau-chuyen/da-dong-y/');
    const gallery = readFileSync(path.join(outDir, 'cau-chuyen/index.html'), 'utf8');
    expect(gallery).toContain('1 câu chuyện');
  });

  it('stops at a phone number, an unknown group and a photo without alt text, all at once', () => {
    const dir = contentWith({
      'co-so-dien-thoai.md': story(
        'consent: true\npublished: true',
        'Năm 2025, ai cần hướng dẫn thì gọi tôi 090.123.4567 nhé.',
      ),
      'to-khong-co.md': story('consent: true\npublished: true').replace(
        'group: khu-1',
        'group: khu-9',
      ),
      'anh-khong-mo-ta.md': story('photo: ./anh/anh.jpg\nconsent: true\npublished: true'),
    });
    const run = astro(['sync'], { SITE_CONTENT: dir });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      `${dir}/stories/co-so-dien-thoai.md, dòng 13: Câu chuyện sắp đăng có số điện thoại "090.123.4567".`,
    );
    expect(run.output).toContain(
      `${dir}/stories/to-khong-co.md, dòng 5, trường "group": Không có tổ "khu-9" trong groups.csv. Dùng một trong các mã: khu-1, khu-2`,
    );
    expect(run.output).toContain(
      `${dir}/stories/anh-khong-mo-ta.md, dòng 2, trường "photoAlt": Có ảnh (photo) thì phải mô tả ảnh cho người không nhìn thấy.`,
    );
  });
});
