/**
 * The service worker step on a small built site: it keeps the help pages and what they load,
 * and a rebuild that changes a page gives a new revision, so the old cache is replaced. The
 * worker's code is bundled once and reused until what it is made from changes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_WARD } from '../sample-ward.ts';

function page(dist: string, file: string, html: string): void {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), html);
}

function worker(
  dist: string,
  env: Record<string, string> = {},
): { revisions: Map<string, string>; source: string; bundled: boolean } {
  const run = spawnSync(process.execPath, ['scripts/service-worker.ts', '--dist', dist], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/\(code (bundled|from the cache)\)/);
  const source = readFileSync(path.join(dist, 'sw.js'), 'utf8');
  const revisions = new Map(
    [...source.matchAll(/url:"([^"]+)",revision:(?:"([^"]+)"|null)/g)].map((match) => [
      match[1]!,
      match[2] ?? 'null',
    ]),
  );
  return { revisions, source, bundled: run.stdout.includes('(code bundled)') };
}

/**
 * A content folder holding only the sample's site.yaml, with the site at `url`: all the step reads.
 * Given explicitly, so the step never reads content/, which a ward replaces.
 */
function siteAt(url: string): string {
  const content = mkdtempSync(path.join(tmpdir(), 'sw-content-'));
  const sample = readFileSync(`${SAMPLE_WARD}/site.yaml`, 'utf8');
  expect(sample).toContain(`url: ${SAMPLE_URL}\n`);
  writeFileSync(path.join(content, 'site.yaml'), sample.replace(SAMPLE_URL, url));
  return content;
}

const SAMPLE_URL = 'https://congdanso.tanhung.example/';

describe('the service worker', () => {
  it.each([
    ['at the root of its domain', SAMPLE_URL, ''],
    ['under a path', 'https://example.gov.vn/congdanso/', '/congdanso'],
  ])(
    'keeps the help pages and their pictures of a site %s, and a rebuild replaces what changed',
    (_where, url, base) => {
      const env = { SITE_CONTENT: siteAt(url) };
      // Astro writes a site under a path at the root of dist/; its pages name files with the path.
      const dist = mkdtempSync(path.join(tmpdir(), 'sw-dist-'));
      page(
        dist,
        'index.html',
        `<img src="${base}/_astro/anh.abc.webp" alt=""><a href="${base}/tin-tuc/">Tin</a>`,
      );
      page(dist, '_astro/anh.abc.webp', 'webp');
      page(dist, '_astro/buoc-1.def.webp', 'webp');
      page(
        dist,
        'huong-dan/tao-tai-khoan/index.html',
        `<h1>Tạo tài khoản</h1><img src="${base}/_astro/buoc-1.def.webp" alt="Bước 1">`,
      );
      page(dist, 'hoi-dap/index.html', '<h1>Hỏi đáp</h1>');
      page(dist, 'ngoai-tuyen/index.html', '<h1>Không có mạng</h1>');
      page(dist, 'tin-tuc/index.html', '<h1>Tin tức</h1>');

      const first = worker(dist, env);
      expect([...first.revisions.keys()].sort()).toEqual([
        `${base}/_astro/anh.abc.webp`,
        `${base}/_astro/buoc-1.def.webp`,
        `${base}/hoi-dap/index.html`,
        `${base}/huong-dan/tao-tai-khoan/index.html`,
        `${base}/index.html`,
        `${base}/ngoai-tuyen/index.html`,
      ]);
      // A hashed file's name changes with its content: it needs no revision.
      expect(first.source).toContain(`url:"${base}/_astro/buoc-1.def.webp",revision:null`);
      // Pages outside the help (news) are not kept; other pages fall back to the offline page.
      expect(first.source).toContain(`"${base}/ngoai-tuyen/index.html"`);
      expect(first.source).toContain('to-dan-pho');

      page(dist, 'hoi-dap/index.html', '<h1>Hỏi đáp, sửa lại</h1>');
      const second = worker(dist, env);
      expect(second.revisions.get(`${base}/hoi-dap/index.html`)).not.toBe(
        first.revisions.get(`${base}/hoi-dap/index.html`),
      );
      expect(second.revisions.get(`${base}/index.html`)).toBe(
        first.revisions.get(`${base}/index.html`),
      );
    },
  );

  it('keeps what the scripts of a kept page load later by address (the "Nghe" player)', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'sw-dist-'));
    page(
      dist,
      'huong-dan/tim-khoa-hoc/index.html',
      '<script type="module" src="/_astro/nghe.a1.js"></script>',
    );
    page(dist, '_astro/nghe.a1.js', 'addEventListener("click",()=>import(`/_astro/player-b2.js`))');
    page(dist, '_astro/player-b2.js', 'speechSynthesis.cancel()');
    // Named by a script on a page that is not kept: not kept either.
    page(dist, 'tin-tuc/index.html', '<script type="module" src="/_astro/other.c3.js"></script>');
    page(dist, '_astro/other.c3.js', 'import("/_astro/other-player-d4.js")');
    page(dist, '_astro/other-player-d4.js', '');
    page(dist, 'ngoai-tuyen/index.html', '<h1>Không có mạng</h1>');

    expect([...worker(dist).revisions.keys()].sort()).toEqual([
      '/_astro/nghe.a1.js',
      '/_astro/player-b2.js',
      '/huong-dan/tim-khoa-hoc/index.html',
      '/ngoai-tuyen/index.html',
    ]);
  });

  it('bundles the code once, and again when an input or the base path changes', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'sw-dist-'));
    page(dist, 'index.html', '<h1>Trang chủ</h1>');
    page(dist, 'ngoai-tuyen/index.html', '<h1>Không có mạng</h1>');
    const env = {
      SITE_CONTENT: siteAt(SAMPLE_URL),
      SW_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'sw-cache-')),
    };
    const cached = path.join(env.SW_CACHE_DIR, 'worker.json');

    const first = worker(dist, env);
    expect(first.bundled).toBe(true);
    // Self-contained: Workbox is inside, nothing is fetched from elsewhere.
    expect(first.source).not.toMatch(/importScripts|__WB_MANIFEST/);
    expect(first.source.length).toBeLessThan(40_000);

    const again = worker(dist, env);
    expect(again.bundled).toBe(false);
    expect(again.source).toBe(first.source);

    // The worker's source as it was bundled no longer matches: bundled anew.
    const entry = JSON.parse(readFileSync(cached, 'utf8'));
    expect(Object.keys(entry.inputs)).toContain('src/sw/service-worker.ts');
    expect(Object.keys(entry.inputs)).toContainEqual(expect.stringMatching(/workbox-precaching/));
    entry.inputs['src/sw/service-worker.ts'] = 'edited';
    writeFileSync(cached, JSON.stringify(entry));
    expect(worker(dist, env).bundled).toBe(true);

    // A site under a sub-path: its offline page and its files have that path.
    const moved = worker(dist, { ...env, SITE_CONTENT: siteAt(`${SAMPLE_URL}phuong/`) });
    expect(moved.bundled).toBe(true);
    expect(moved.source).toContain('"/phuong/ngoai-tuyen/index.html"');
    expect([...moved.revisions.keys()]).toEqual([
      '/phuong/index.html',
      '/phuong/ngoai-tuyen/index.html',
    ]);
  });
});
